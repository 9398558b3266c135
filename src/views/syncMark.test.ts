import { describe, expect, it } from 'vitest';
import { conflictKey } from '../model/provenance';
import { obsDocId } from '../model/syncDocs';
import type { SyncConflict } from '../state/syncInfo';
import { syncConflictCells, withSyncMarks } from './syncMark';

const cell = {
  district: '荣昌区',
  indicator: '人均预期寿命',
  year: 2024,
  kind: 'actual',
  scope: '',
} as const;
const conflicts = new Map<string, SyncConflict>([
  [obsDocId(cell), { id: obsDocId(cell), versions: [] }],
  ['goalset:g1', { id: 'goalset:g1', versions: [] }],
]);

describe('the 同步冲突 mark', () => {
  it('knows the cells of cell documents only, the same set for the same conflicts', () => {
    const keys = syncConflictCells(conflicts);
    expect([...keys]).toEqual([conflictKey(cell)]);
    expect(syncConflictCells(conflicts)).toBe(keys);
    expect(syncConflictCells(new Map()).size).toBe(0);
  });

  it('marks only the cells in conflict, keeping their own marks and tooltip', () => {
    const rows = [
      {
        key: 'a',
        values: { v: 1, w: 2 },
        meta: { v: { className: 'cell-conflict', title: '来源' } },
      },
      { key: 'b', values: { v: 3, w: 4 } },
    ];
    const out = withSyncMarks(rows, syncConflictCells(conflicts), ['v', 'w'], (i, j) =>
      i === 0 && j === 0 ? conflictKey(cell) : 'other',
    );
    expect(out[1]).toBe(rows[1]);
    expect(out[0]?.meta?.v?.className).toBe('cell-conflict cell-sync-conflict');
    const title = out[0]?.meta?.v?.title;
    expect(typeof title === 'function' ? title() : title).toMatch(/^来源\n同步冲突/);
    expect(out[0]?.meta?.w).toBeUndefined();
  });

  it('leaves the rows alone when nothing is in conflict', () => {
    const rows = [{ key: 'a', values: { v: 1 } }];
    expect(withSyncMarks(rows, new Set(), ['v'], () => 'x')).toBe(rows);
  });
});
