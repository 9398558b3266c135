// Reset to the seed data as one undoable patch (only rows that differ are touched).
import type { GoalSet } from '../model/goalSets';
import { tableRows, type ObsTable, type RowChange } from '../model/table';
import { commit, say, type AppState } from './state';

export function resetTo(s: AppState, seed: ObsTable, seedSets: GoalSet[]): AppState {
  const current = new Map(tableRows(s.table).map((o) => [o.id, o]));
  const rows: RowChange[] = [];
  for (const o of tableRows(seed)) {
    const before = current.get(o.id) ?? null;
    current.delete(o.id);
    if (!before || JSON.stringify(before) !== JSON.stringify(o)) rows.push({ before, after: o });
  }
  for (const before of current.values()) rows.push({ before, after: null });
  const next = commit(s, {
    label: '恢复初始数据',
    rows,
    goalSets: { before: s.goalSets, after: seedSets },
  });
  return say(next, 'info', `已恢复初始数据（${rows.length} 行有变化，可撤销）`);
}
