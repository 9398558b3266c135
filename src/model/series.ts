// Per-district index of observations by indicator, scope and kind, memoised on chunk identity
// so that an edit re-indexes only its own district.
import { origin, sourcesDisagree } from './provenance';
import type { ObsTable } from './table';
import type { Kind, Observation } from './types';

export type SeriesIndex = ReadonlyMap<string, readonly Observation[]>;

export const seriesKey = (indicator: string, scope: string, kind: Kind) =>
  `${indicator}\u0001${scope}\u0001${kind}`;

const memo = new WeakMap<readonly Observation[], SeriesIndex>();

export function indexChunk(chunk: readonly Observation[]): SeriesIndex {
  const hit = memo.get(chunk);
  if (hit) return hit;
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

/** s2 < s10: ids are a prefix plus a counter. */
function compareIds(a: string, b: string): number {
  const na = Number(a.replace(/^\D+/, ''));
  const nb = Number(b.replace(/^\D+/, ''));
  return Number.isFinite(na) && Number.isFinite(nb) && na !== nb ? na - nb : a.localeCompare(b);
}
