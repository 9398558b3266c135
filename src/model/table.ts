// The observation table, chunked by district. An edit copies one district's chunk and shares
// the rest, which keeps edits cheap at city scale and tells persistence what changed.
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

export function findObservation(
  t: ObsTable,
  id: string,
  district?: string,
): Observation | undefined {
  if (district !== undefined) return t.chunks.get(district)?.find((o) => o.id === id);
  for (const c of t.chunks.values()) {
    const hit = c.find((o) => o.id === id);
    if (hit) return hit;
  }
  return undefined;
}

/** One row change: before = null adds, after = null removes. */
export interface RowChange {
  before: Observation | null;
  after: Observation | null;
}

/** Applies row changes, copying only the chunks they touch. */
export function applyRowChanges(t: ObsTable, changes: readonly RowChange[]): ObsTable {
  if (changes.length === 0) return t;
  const chunks = new Map(t.chunks);
  const copied = new Set<string>();
  const chunk = (district: string): Observation[] => {
    if (!copied.has(district)) {
      chunks.set(district, [...(chunks.get(district) ?? [])]);
      copied.add(district);
    }
    return chunks.get(district) as Observation[];
  };
  let size = t.size;
  for (const { before, after } of changes) {
    if (before) {
      const c = chunk(before.district);
      const i = c.findIndex((o) => o.id === before.id);
      if (i >= 0) {
        if (after && after.district === before.district) {
          c[i] = after;
          continue;
        }
        c.splice(i, 1);
        size--;
      }
    }
    if (after) {
      const c = chunk(after.district);
      const i = c.findIndex((o) => o.id === after.id);
      if (i >= 0) c[i] = after;
      else {
        c.push(after);
        size++;
      }
    }
  }
  for (const d of copied) if ((chunks.get(d) ?? []).length === 0) chunks.delete(d);
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
