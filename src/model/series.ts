// Per-district index of observations by indicator, scope and kind, memoised on chunk identity
// so that an edit re-indexes only its own district.
import { origin, sourcesDisagree } from './provenance';
import type { ObsTable } from './table';
import type { Kind, Observation } from './types';

export type SeriesIndex = ReadonlyMap<string, readonly Observation[]>;

export const seriesKey = (indicator: string, scope: string, kind: Kind) =>
  `${indicator}\u0001${scope}\u0001${kind}`;

const memo = new WeakMap<readonly Observation[], SeriesIndex>();

/**
 * A chunk made from another by replacing rows in place (a typed value): its index is the old
 * one with those rows swapped, not a new pass over every row of the district.
 */
interface Lineage {
  /** Weak: a chunk must not keep every earlier version of its district alive. */
  from: WeakRef<readonly Observation[]>;
  replaced: readonly (readonly [Observation, Observation])[];
}
const lineage = new WeakMap<readonly Observation[], Lineage>();

/** Records that `to` is `from` with rows replaced in place (same id, same position). */
export function noteReplaced(
  from: readonly Observation[],
  to: readonly Observation[],
  replaced: readonly (readonly [Observation, Observation])[],
): void {
  lineage.set(to, { from: new WeakRef(from), replaced });
}

/** The old chunk and the series keys an in-place replacement changed, when known. */
export function changedSeries(
  chunk: readonly Observation[],
): { from: readonly Observation[]; keys: ReadonlySet<string> } | null {
  const l = lineage.get(chunk);
  const from = l?.from.deref();
  if (!l || !from) return null;
  const keys = new Set<string>();
  for (const [b, a] of l.replaced) {
    keys.add(seriesKey(b.indicator, b.scope, b.kind));
    keys.add(seriesKey(a.indicator, a.scope, a.kind));
  }
  return { from, keys };
}

/** The old index with replaced rows swapped, or null when a row moved series or year. */
function carried(l: Lineage): Map<string, Observation[]> | null {
  const from = l.from.deref();
  const old = from && memo.get(from);
  if (!old) return null;
  const map = new Map(old) as Map<string, Observation[]>;
  const copied = new Set<string>();
  for (const [b, a] of l.replaced) {
    const k = seriesKey(b.indicator, b.scope, b.kind);
    if (k !== seriesKey(a.indicator, a.scope, a.kind) || a.year !== b.year) return null;
    const list = copied.has(k) ? map.get(k) : [...(map.get(k) ?? [])];
    const i = list?.indexOf(b) ?? -1;
    if (!list || i < 0) return null;
    list[i] = a;
    map.set(k, list);
    copied.add(k);
  }
  return map;
}

export function indexChunk(chunk: readonly Observation[]): SeriesIndex {
  const hit = memo.get(chunk);
  if (hit) return hit;
  const l = lineage.get(chunk);
  const swapped = l ? carried(l) : null;
  if (swapped) {
    memo.set(chunk, swapped);
    return swapped;
  }
  const map = new Map<string, Observation[]>();
  // Rows of one series mostly come together: they join the last list without building its key.
  let last: Observation | undefined;
  let list: Observation[] = [];
  for (const o of chunk) {
    if (last && o.indicator === last.indicator && o.scope === last.scope && o.kind === last.kind) {
      list.push(o);
      continue;
    }
    const k = seriesKey(o.indicator, o.scope, o.kind);
    const found = map.get(k);
    if (found) (list = found).push(o);
    else map.set(k, (list = [o]));
    last = o;
  }
  for (const list of map.values()) list.sort((a, b) => a.year - b.year);
  memo.set(chunk, map);
  return map;
}

/** Gives a chunk the index its maker already built (the same lists indexChunk would). */
export function primeIndex(chunk: readonly Observation[], index: SeriesIndex): void {
  if (!memo.has(chunk)) memo.set(chunk, index);
}

export function seriesOf(
  t: ObsTable,
  district: string,
  indicator: string,
  scope: string,
  kind: Kind,
) {
  const chunk = t.chunks.get(district);
  return chunk ? (indexChunk(chunk).get(seriesKey(indicator, scope, kind)) ?? []) : [];
}

/**
 * Chooses one value for a year when sources disagree: the planner's choice first, then the
 * planner's edit (it stays shown when another report repeats the old value), then an exact
 * figure beats a qualified one (“95%以上”), then the later report, then the later row.
 * `conflict` is set when the sources themselves disagree, so the grid can flag it.
 */
export function pickForYear(list: readonly Observation[], year: number) {
  const same = list.filter((o) => o.year === year && o.value !== null);
  if (same.length === 0) return { obs: list.find((o) => o.year === year) ?? null, conflict: false };
  // One value: nothing to choose, nothing to disagree with.
  if (same.length === 1) return { obs: same[0] as Observation, conflict: false };
  const best = [...same].sort(
    (a, b) =>
      Number(Boolean(b.preferred)) - Number(Boolean(a.preferred)) ||
      Number(origin(b) === 'edited') - Number(origin(a) === 'edited') ||
      Number(a.qualifier !== '') - Number(b.qualifier !== '') ||
      b.source.localeCompare(a.source) ||
      compareIds(b.id, a.id),
  )[0] as Observation;
  const conflict = sourcesDisagree(same);
  return { obs: best, conflict };
}

/** Latest year with a value (or the latest row when none has one). */
export function pickLatest(list: readonly Observation[]) {
  const withValue = list.filter((o) => o.value !== null);
  const last = withValue[withValue.length - 1] ?? list[list.length - 1];
  return last ? pickForYear(list, last.year) : { obs: null, conflict: false };
}

/** One observation per year with a value, chosen by pickForYear (as the grid shows it). */
export function onePerYear(list: readonly Observation[]): Observation[] {
  // Series lists are sorted by year (indexChunk): one pass, choosing only where a year repeats.
  const sorted = list.every((o, i) => i === 0 || (list[i - 1] as Observation).year <= o.year)
    ? list
    : [...list].sort((a, b) => a.year - b.year);
  const out: Observation[] = [];
  for (let i = 0; i < sorted.length;) {
    const year = (sorted[i] as Observation).year;
    let j = i + 1;
    while (j < sorted.length && (sorted[j] as Observation).year === year) j++;
    const o = j - i === 1 ? sorted[i] : pickForYear(sorted.slice(i, j), year).obs;
    if (o && o.value !== null) out.push(o);
    i = j;
  }
  return out;
}

/** s2 < s10: ids are a prefix plus a counter. */
function compareIds(a: string, b: string): number {
  const na = Number(a.replace(/^\D+/, ''));
  const nb = Number(b.replace(/^\D+/, ''));
  return Number.isFinite(na) && Number.isFinite(nb) && na !== nb ? na - nb : a.localeCompare(b);
}
