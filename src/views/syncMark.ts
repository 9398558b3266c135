// The 同步冲突 mark: a grid cell whose replicated document has kept versions (two planners
// changed it while apart). Its own colour, beside the 来源不一致 mark, never instead of it.
import { t } from '../i18n';
import type { CellMeta, GridRow } from '../grid/grid';
import { cellKeyOfDoc } from '../model/syncDocs';
import type { SyncConflict } from '../state/syncInfo';

const NONE: ReadonlySet<string> = new Set();
let lastOf: ReadonlyMap<string, SyncConflict> | null = null;
let lastKeys = NONE;

/** The cells (conflictKey) with kept versions; the same set while the conflicts are the same. */
export function syncConflictCells(
  conflicts: ReadonlyMap<string, SyncConflict>,
): ReadonlySet<string> {
  if (conflicts === lastOf) return lastKeys;
  const keys = new Set<string>();
  for (const id of conflicts.keys()) {
    const k = cellKeyOfDoc(id);
    if (k) keys.add(k);
  }
  lastOf = conflicts;
  lastKeys = keys.size ? keys : NONE;
  return lastKeys;
}

function marked(meta: CellMeta | undefined): CellMeta {
  const title = meta?.title;
  return {
    ...meta,
    className: [meta?.className, 'cell-sync-conflict'].filter(Boolean).join(' '),
    title: () =>
      [typeof title === 'function' ? title() : title, t.sync.mark].filter(Boolean).join('\n'),
  };
}

/**
 * Rows with the mark on the cells that have kept versions. `cellOf(i, j)`: the conflict key of
 * what row i shows in columns[j] (null: no observation there). Rows without a marked
 * cell are returned as they are, so the grid repaints only the marked ones.
 */
export function withSyncMarks(
  rows: GridRow[],
  cells: ReadonlySet<string>,
  columns: readonly string[],
  cellOf: (i: number, j: number) => string | null,
): GridRow[] {
  if (!cells.size) return rows;
  return rows.map((row, i) => {
    const hit = columns.filter((_c, j) => {
      const k = cellOf(i, j);
      return k !== null && cells.has(k);
    });
    if (!hit.length) return row;
    const meta = { ...row.meta };
    for (const c of hit) meta[c] = marked(meta[c]);
    return { ...row, meta };
  });
}
