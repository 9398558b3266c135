// The observation table, chunked by district. An edit copies one district's chunk and shares
// the rest, which keeps edits cheap at city scale and tells persistence what changed.
import { noteReplaced } from './series';
import type { Observation } from './types';

export interface ObsTable {
  readonly chunks: ReadonlyMap<string, readonly Observation[]>;
  readonly size: number;
}

export const EMPTY_TABLE: ObsTable = { chunks: new Map(), size: 0 };

export function tableFrom(list: readonly Observation[]): ObsTable {
  const chunks = new Map<string, Observation[]>();
  for (const o of list) {
    const c = chunks.get(o.district);
    if (c) c.push(o);
    else chunks.set(o.district, [o]);
  }
  return { chunks, size: list.length };
}

export function tableRows(t: ObsTable): Observation[] {
  return [...t.chunks.values()].flat();
}

const byId = new WeakMap<readonly Observation[], Map<string, Observation>>();

/** id → row for one chunk, built once per chunk version. */
function idIndex(chunk: readonly Observation[]): Map<string, Observation> {
  let m = byId.get(chunk);
  if (!m) {
    m = new Map(chunk.map((o) => [o.id, o]));
    byId.set(chunk, m);
  }
  return m;
}

/** A chunk whose rows were replaced in place: its id and series indexes come from the old one. */
function carryIds(
  from: readonly Observation[],
  to: readonly Observation[],
  pairs: readonly [Observation, Observation][],
) {
  noteReplaced(from, to, pairs);
  const old = byId.get(from);
  if (!old) return;
  const m = new Map(old);
  for (const [, a] of pairs) m.set(a.id, a);
  byId.set(to, m);
}

export function findObservation(
  t: ObsTable,
  id: string,
  district?: string,
): Observation | undefined {
  if (district !== undefined) {
    const c = t.chunks.get(district);
    return c ? idIndex(c).get(id) : undefined;
  }
  for (const c of t.chunks.values()) {
    const hit = idIndex(c).get(id);
    if (hit) return hit;
  }
  return undefined;
}

/** One row change: before = null adds, after = null removes. */
export interface RowChange {
  before: Observation | null;
  after: Observation | null;
}

/** Applies row changes, copying only the chunks they touch. Linear in the changes and chunk sizes. */
export function applyRowChanges(t: ObsTable, changes: readonly RowChange[]): ObsTable {
  if (changes.length === 0) return t;
  const chunks = new Map(t.chunks);
  // Per touched district: a copied array plus an id → position index, built once.
  const work = new Map<string, { rows: (Observation | null)[]; at: Map<string, number> }>();
  const chunk = (district: string) => {
    let w = work.get(district);
    if (!w) {
      const rows: (Observation | null)[] = [...(chunks.get(district) ?? [])];
      w = { rows, at: new Map(rows.map((o, i) => [(o as Observation).id, i])) };
      work.set(district, w);
    }
    return w;
  };
  let size = t.size;
  // Districts changed only by rows replaced in place: their indexes are carried over.
  const replaced = new Map<string, [Observation, Observation][] | null>();
  const moved = (d: string) => replaced.set(d, null);
  for (const { before, after } of changes) {
    if (before) {
      const w = chunk(before.district);
      const i = w.at.get(before.id);
      if (i !== undefined) {
        if (after && after.district === before.district && after.id === before.id) {
          const r = replaced.get(before.district);
          if (r === undefined) replaced.set(before.district, [[w.rows[i] as Observation, after]]);
          else r?.push([w.rows[i] as Observation, after]);
          w.rows[i] = after;
          continue;
        }
        moved(before.district);
        w.rows[i] = null; // removed; compacted below so positions stay valid meanwhile
        w.at.delete(before.id);
        size--;
      }
    }
    if (after) {
      moved(after.district);
      const w = chunk(after.district);
      const i = w.at.get(after.id);
      if (i !== undefined) w.rows[i] = after;
      else {
        w.at.set(after.id, w.rows.length);
        w.rows.push(after);
        size++;
      }
    }
  }
  for (const [d, w] of work) {
    const rows = w.rows.filter((o): o is Observation => o !== null);
    if (rows.length) chunks.set(d, rows);
    else chunks.delete(d);
    const old = t.chunks.get(d);
    const pairs = replaced.get(d);
    if (old && pairs) carryIds(old, rows, pairs);
  }
  return { chunks, size };
}

export function invertChanges(changes: readonly RowChange[]): RowChange[] {
  return [...changes].reverse().map((c) => ({ before: c.after, after: c.before }));
}

/** Districts whose chunk differs between two tables (by identity). */
export function changedDistricts(a: ObsTable, b: ObsTable): string[] {
  const out: string[] = [];
  for (const [d, c] of b.chunks) if (a.chunks.get(d) !== c) out.push(d);
  for (const d of a.chunks.keys()) if (!b.chunks.has(d)) out.push(d);
  return out;
}
