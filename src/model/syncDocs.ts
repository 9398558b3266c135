// The workbook as replicated documents (issue 17): one document per observation cell, goal set,
// catalog addition and peer group, and one for the deck, so two planners editing different
// cells never touch the same document. Only what planners own is replicated: a cell whose rows
// equal the bundled seed's has no document (every replica has the seed). Language-free.
import { seedGoalSets, type GoalSet } from './goalSets';
import type { CustomPeerGroup } from './peerGroups';
import type { Slide } from './slides';
import { tableFrom, type ObsTable } from './table';
import {
  catalogDocId,
  docKeyOf,
  goalSetDocId,
  obsDocId,
  peerGroupDocId,
  DECK_DOC_ID,
  type CellParts,
} from './syncIds';
import type { Catalog, CatalogEntry, Observation } from './types';

export * from './syncIds';

/** What one document holds, without who wrote it. */
export type SyncContent =
  | { type: 'cell'; rows: Observation[] }
  /**
   * `removed`: a built-in goal set (made from the seed on every replica, so it has no document
   * while unchanged) that a planner deleted; any other set is removed by deleting its document.
   */
  | { type: 'goalSet'; set: GoalSet; order: number; removed?: true }
  | { type: 'catalog'; entry: CatalogEntry }
  | { type: 'deck'; slides: Slide[] }
  | { type: 'peerGroup'; group: CustomPeerGroup };

export type SyncDocType = SyncContent['type'];

/** A document's body as stored: its content, the CouchDB user who wrote it, when (ms epoch). */
export type SyncBody = SyncContent & { by: string; at: number };

/** JSON with object keys sorted, so equal content always prints the same (undefined dropped). */
export function stableJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(stableJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o)
    .filter((k) => o[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`).join(',')}}`;
}

/** A cell's rows as replicated: derived marks dropped, sorted by id. */
export function cellRows(rows: readonly Observation[]): Observation[] {
  return rows
    .map((o) => {
      if (!o.derived) return o;
      const { derived: _d, ...rest } = o;
      return rest;
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A content's canonical text: equal content, equal text (rows in id order). */
export function contentJson(c: SyncContent): string {
  return stableJson(c.type === 'cell' ? { ...c, rows: cellRows(c.rows) } : c);
}

/** The bundled seed's rows by district, then by cell id (cells a replica has without a doc). */
export type SeedCells = ReadonlyMap<string, ReadonlyMap<string, readonly Observation[]>>;

export function seedCellsOf(rows: readonly Observation[]): SeedCells {
  const out = new Map<string, Map<string, Observation[]>>();
  for (const o of rows) {
    const byCell = out.get(o.district) ?? out.set(o.district, new Map()).get(o.district)!;
    const id = obsDocId(o);
    (byCell.get(id) ?? byCell.set(id, []).get(id)!).push(o);
  }
  return out;
}

const builtInSets = new WeakMap<SeedCells, GoalSet[]>();

/** The built-in goal sets every replica makes from the seed (so they need no document). */
export function seedSetsOf(seed: SeedCells): GoalSet[] {
  let sets = builtInSets.get(seed);
  if (!sets) {
    const rows = [...seed.values()].flatMap((byCell) => [...byCell.values()].flat());
    sets = seedGoalSets(tableFrom(rows));
    builtInSets.set(seed, sets);
  }
  return sets;
}

/** A cell's rows in the seed (none when the seed has no such cell). */
export function seedRowsOf(seed: SeedCells, cell: CellParts): readonly Observation[] {
  return seed.get(cell.district)?.get(obsDocId(cell)) ?? [];
}

/** The parts of the workbook that are replicated. */
export interface Replicated {
  table: ObsTable;
  goalSets: readonly GoalSet[];
  catalog: Catalog;
  deck: readonly Slide[];
  peerGroups: readonly CustomPeerGroup[];
}

/** The replicated documents of a workbook: id → content and its canonical text. */
export interface Projection {
  docs: ReadonlyMap<string, { content: SyncContent; json: string }>;
  /** Per district, the chunk it was computed from and its cells (reused while unchanged). */
  byDistrict: ReadonlyMap<string, { chunk: readonly Observation[]; cells: Map<string, string> }>;
}

/**
 * The documents a workbook has: every cell whose rows differ from the seed's (a seed cell
 * removed is a document with no rows), every goal set, catalog entry the seed lacks, custom
 * peer group, and the deck when it has slides. `prev` makes it incremental: a district whose
 * chunk is the same array is not looked at again.
 */
export function projectWorkbook(
  w: Replicated,
  seed: SeedCells,
  seedCatalog: Catalog,
  prev?: Projection,
): Projection {
  const docs = new Map<string, { content: SyncContent; json: string }>();
  const byDistrict = new Map<
    string,
    { chunk: readonly Observation[]; cells: Map<string, string> }
  >();
  const districts = new Set([...w.table.chunks.keys(), ...seed.keys()]);
  for (const d of districts) {
    const chunk = w.table.chunks.get(d) ?? [];
    const old = prev?.byDistrict.get(d);
    if (old && old.chunk === chunk) {
      byDistrict.set(d, old);
      for (const id of old.cells.keys()) docs.set(id, prev!.docs.get(id)!);
      continue;
    }
    const groups = new Map<string, Observation[]>();
    for (const o of chunk) {
      const id = obsDocId(o);
      (groups.get(id) ?? groups.set(id, []).get(id)!).push(o);
    }
    const seedCells = seed.get(d) ?? new Map<string, readonly Observation[]>();
    for (const id of seedCells.keys()) if (!groups.has(id)) groups.set(id, []);
    const cells = new Map<string, string>();
    for (const [id, rows] of groups) {
      const content: SyncContent = { type: 'cell', rows: cellRows(rows) };
      const json = contentJson(content);
      const seeded = seedCells.get(id);
      if (seeded && json === contentJson({ type: 'cell', rows: [...seeded] })) continue;
      if (!seeded && rows.length === 0) continue;
      cells.set(id, json);
      docs.set(id, { content, json });
    }
    byDistrict.set(d, { chunk, cells });
  }
  const add = (id: string, content: SyncContent) =>
    docs.set(id, { content, json: contentJson(content) });
  const builtIn = seedSetsOf(seed);
  w.goalSets.forEach((set, order) => {
    const at = builtIn.findIndex((b) => b.id === set.id);
    if (at === order && stableJson(builtIn[at]) === stableJson(set)) return;
    add(goalSetDocId(set.id), { type: 'goalSet', set, order });
  });
  builtIn.forEach((set, order) => {
    if (!w.goalSets.some((g) => g.id === set.id))
      add(goalSetDocId(set.id), { type: 'goalSet', set, order, removed: true });
  });
  for (const entry of w.catalog.values())
    if (!seedCatalog.has(entry.indicator))
      add(catalogDocId(entry.indicator), { type: 'catalog', entry });
  for (const group of w.peerGroups) add(peerGroupDocId(group.id), { type: 'peerGroup', group });
  if (w.deck.length) add(DECK_DOC_ID, { type: 'deck', slides: [...w.deck] });
  return { docs, byDistrict };
}

/**
 * The content a document returns to when the workbook no longer has it: a cell goes back to
 * the seed's rows (a seed cell is a document with those rows), a built-in goal set to the
 * seed's, the deck to no slides; other documents are removed (null).
 */
export function contentWhenAbsent(id: string, seed: SeedCells): SyncContent | null {
  const key = docKeyOf(id);
  if (!key) return null;
  if (key.type === 'cell') return { type: 'cell', rows: cellRows(seedRowsOf(seed, key.cell)) };
  if (key.type === 'deck') return { type: 'deck', slides: [] };
  if (key.type === 'goalSet') {
    const order = seedSetsOf(seed).findIndex((s) => s.id === key.key);
    const set = seedSetsOf(seed)[order];
    if (set) return { type: 'goalSet', set, order };
  }
  return null;
}
