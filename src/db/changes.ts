// What a store change means for storage: the rows it changed (with the row each replaced) and
// the history log's record of it.
import { changedDistricts, type ObsTable } from '../model/table';
import type { AppState } from '../state/state';
import type { HistoryRecord, RowWrite } from './db';

/** Cell changes kept per history record. */
export const HISTORY_ROWS = 2000;

/** The history log's record of one change (stored, or kept in memory without storage). */
export function historyRecordOf({
  patch,
  source,
}: NonNullable<AppState['lastChange']>): HistoryRecord {
  return {
    t: Date.now(),
    source,
    label: patch.label,
    // A 100,000-row import is logged by its first cells and a count; the snapshot taken
    // before it holds the rest, so the log stays small and fast to write.
    rows: patch.rows.length > HISTORY_ROWS ? patch.rows.slice(0, HISTORY_ROWS) : patch.rows,
    omitted: Math.max(0, patch.rows.length - HISTORY_ROWS) || undefined,
    goalSets: patch.goalSets,
  };
}

/** Rows that differ between two tables, by identity, for the districts whose chunk changed. */
export function diffRows(a: ObsTable, b: ObsTable): Map<string, Required<RowWrite>> {
  const out = new Map<string, Required<RowWrite>>();
  for (const d of changedDistricts(a, b)) {
    const before = new Map((a.chunks.get(d) ?? []).map((o) => [o.id, o]));
    const after = b.chunks.get(d) ?? [];
    const seen = new Set<string>();
    for (const o of after) {
      seen.add(o.id);
      const prev = out.get(o.id);
      const base = prev?.base ?? before.get(o.id) ?? null;
      if (before.get(o.id) !== o) out.set(o.id, { row: o, from: prev?.from ?? [], base });
    }
    for (const [id, was] of before) {
      if (seen.has(id)) continue;
      const prev = out.get(id);
      out.set(id, { row: prev?.row ?? null, from: [...(prev?.from ?? []), d], base: was });
    }
  }
  return out;
}
