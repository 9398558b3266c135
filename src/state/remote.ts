// Another tab's stored change, merged into this tab's state per field: this tab's unsaved
// changes go over the stored rows, goal sets and slides only where this tab changed them.
import type { GoalSet } from '../model/goalSets';
import {
  catalogOf,
  mergeById,
  mergeCatalogs,
  mergeGoalSets,
  mergeObservation,
  newlyChosen,
  settleChoices,
} from '../model/merge';
import type { Slide } from '../model/slides';
import type { CustomPeerGroup } from '../model/peerGroups';
import type { ObsTable } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import type { AppState } from './state';

export interface StoredChange {
  chunks: ReadonlyMap<string, readonly Observation[]>;
  goalSets?: GoalSet[];
  catalog?: CatalogEntry[];
  deck?: Slide[];
  peerGroups?: CustomPeerGroup[];
}

/** An unsaved row of this tab; `base` is the row as it was before (undefined: overwrite). */
export interface PendingRow {
  row: Observation | null;
  base?: Observation | null;
}

/** Goal sets and deck as this tab had them before its unsaved changes to them. */
export interface PendingBases {
  goalSets?: GoalSet[];
  deck?: readonly { id: string }[];
  peerGroups?: readonly { id: string }[];
  catalog?: readonly CatalogEntry[];
}

export function applyStoredChange(
  s: AppState,
  change: StoredChange,
  pending: ReadonlyMap<string, PendingRow>,
  bases: PendingBases = {},
): AppState {
  const stored = new Map<string, Observation>();
  for (const rows of change.chunks.values()) for (const o of rows) stored.set(o.id, o);
  const read = (d: string | undefined) => d !== undefined && change.chunks.has(d);
  // This tab's unsaved rows, merged over what was stored: null = gone.
  const mine = new Map<string, Observation | null>();
  const chosen: Observation[] = [];
  for (const [id, { row, base }] of pending) {
    if (row && newlyChosen(row, base)) chosen.push(row);
    if (base === undefined || !(read(row?.district) || read(base?.district))) mine.set(id, row);
    else mine.set(id, mergeObservation(base, row, stored.get(id) ?? null).value);
  }
  const chunks = new Map(s.table.chunks);
  for (const [district, rowsStored] of change.chunks) {
    const map = new Map(rowsStored.map((o) => [o.id, o]));
    for (const [id, row] of mine) {
      if (row && row.district === district) map.set(id, row);
      else if (map.has(id)) map.delete(id);
    }
    // This tab's unsaved choice between sources will be stored last, so it wins here too.
    settleChoices(
      map,
      chosen.filter((c) => c.district === district),
    );
    // Keep this tab's row objects where nothing changed, so views see no spurious change, and
    // this tab's row order (the store's may differ): a row edited elsewhere stays in its place
    // under the planner's selection; rows new to this tab come last, in the stored order.
    const local = s.table.chunks.get(district) ?? [];
    const current = new Map(local.map((o) => [o.id, o]));
    const at = new Map(local.map((o, i) => [o.id, i]));
    const rows = [...map.values()]
      .map((o) => {
        const old = current.get(o.id);
        return old && JSON.stringify(old) === JSON.stringify(o) ? old : o;
      })
      .sort((a, b) => (at.get(a.id) ?? local.length) - (at.get(b.id) ?? local.length));
    const same = rows.length === current.size && rows.every((o) => current.get(o.id) === o);
    if (same) continue;
    if (rows.length) chunks.set(district, rows);
    else chunks.delete(district);
  }
  const table: ObsTable = { chunks, size: [...chunks.values()].reduce((n, c) => n + c.length, 0) };
  const districts = [...s.districts, ...[...chunks.keys()].filter((d) => !s.districts.includes(d))];
  // Per entry: this tab's unsaved catalog changes stay over what was stored; otherwise the
  // stored catalog is taken (an entry removed elsewhere goes).
  const catalog: Catalog = change.catalog
    ? catalogOf(
        s.catalog,
        mergeCatalogs(
          bases.catalog ?? s.catalog.values(),
          s.catalog.values(),
          change.catalog,
          'mine',
        ),
      )
    : s.catalog;
  const goalSets = !change.goalSets
    ? s.goalSets
    : bases.goalSets
      ? mergeGoalSets(bases.goalSets, s.goalSets, change.goalSets, 'mine').value
      : change.goalSets;
  const deck = !change.deck
    ? s.deck
    : bases.deck
      ? mergeById(bases.deck as Slide[], s.deck, change.deck)
      : change.deck;
  const peerGroups = !change.peerGroups
    ? s.peerGroups
    : bases.peerGroups
      ? mergeById(bases.peerGroups as CustomPeerGroup[], s.peerGroups, change.peerGroups)
      : change.peerGroups;
  return {
    ...s,
    table:
      table.size === s.table.size && [...chunks].every(([d, c]) => s.table.chunks.get(d) === c)
        ? s.table
        : table,
    districts: districts.length === s.districts.length ? s.districts : districts,
    goalSets: JSON.stringify(goalSets) === JSON.stringify(s.goalSets) ? s.goalSets : goalSets,
    deck: JSON.stringify(deck) === JSON.stringify(s.deck) ? s.deck : deck,
    peerGroups:
      JSON.stringify(peerGroups) === JSON.stringify(s.peerGroups) ? s.peerGroups : peerGroups,
    catalog,
  };
}
