// Another tab's stored change, merged into this tab's state. This tab's unsaved rows win;
// everything else is last-write-wins per row, as stored.
import type { GoalSet } from '../model/goalSets';
import type { ObsTable } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import type { AppState } from './state';

export interface StoredChange {
  chunks: ReadonlyMap<string, readonly Observation[]>;
  goalSets?: GoalSet[];
  catalog?: CatalogEntry[];
}

export function applyStoredChange(
  s: AppState,
  change: StoredChange,
  pending: ReadonlyMap<string, Observation | null>,
): AppState {
  const chunks = new Map(s.table.chunks);
  for (const [district, stored] of change.chunks) {
    const map = new Map(stored.map((o) => [o.id, o]));
    for (const [id, row] of pending) {
      if (row && row.district === district) map.set(id, row);
      else if (map.has(id)) map.delete(id);
    }
    // Keep this tab's row objects where nothing changed, so views see no spurious change.
    const mine = new Map((s.table.chunks.get(district) ?? []).map((o) => [o.id, o]));
    const rows = [...map.values()].map((o) => {
      const old = mine.get(o.id);
      return old && JSON.stringify(old) === JSON.stringify(o) ? old : o;
    });
    const same = rows.length === mine.size && rows.every((o) => mine.get(o.id) === o);
    if (same) continue;
    if (rows.length) chunks.set(district, rows);
    else chunks.delete(district);
  }
  const table: ObsTable = { chunks, size: [...chunks.values()].reduce((n, c) => n + c.length, 0) };
  const districts = [...s.districts, ...[...chunks.keys()].filter((d) => !s.districts.includes(d))];
  const catalog: Catalog = change.catalog ? mergeCatalog(s.catalog, change.catalog) : s.catalog;
  return {
    ...s,
    table:
      table.size === s.table.size && [...chunks].every(([d, c]) => s.table.chunks.get(d) === c)
        ? s.table
        : table,
    districts: districts.length === s.districts.length ? s.districts : districts,
    goalSets: change.goalSets ?? s.goalSets,
    catalog,
  };
}

function mergeCatalog(mine: Catalog, stored: readonly CatalogEntry[]): Catalog {
  const extra = stored.filter((e) => !mine.has(e.indicator));
  return extra.length ? new Map([...mine, ...extra.map((e) => [e.indicator, e] as const)]) : mine;
}
