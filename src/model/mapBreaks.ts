// Colour classes of the tile map: values binned by equal intervals or quantiles, or districts
// banded by goal status as the scorecard bands them. "No data" is never a class of the scale.
import { sense } from './goals';
import type { GoalRow } from './goalsView';
import { NEAR_SHARE, type Band } from './scorecard';
import type { Direction } from './types';

export type BreakMethod = 'equal' | 'quantile';

export interface ValueClasses {
  /** The smallest value: the first class runs from it to uppers[0], both included. */
  min: number | null;
  /** Each class's upper bound, ascending (upper-inclusive: v ≤ uppers[i]); the last is the max. */
  uppers: number[];
  /** How many values fall in each class. */
  counts: number[];
  /** How many inputs had no value. */
  noData: number;
  /** Class index per input, null without a value. */
  classOf: (number | null)[];
}

const clean = (n: number) => Number(n.toPrecision(12));

/**
 * Quantile with linear interpolation between closest ranks (Hyndman–Fan type 7, as Excel's
 * PERCENTILE.INC and numpy's default): h = (n − 1)·p.
 */
export function quantile(sorted: readonly number[], p: number): number {
  const h = (sorted.length - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return clean(a + (h - lo) * (b - a));
}

/**
 * Bins values into at most `k` classes. Equal intervals split [min, max] into equal widths;
 * quantiles cut at the type-7 quantiles 1/k, 2/k, …, so each class holds about n/k values.
 * Equal values always share a class; bounds that coincide (ties, a single value) merge, so
 * there may be fewer than k classes, and one value gives one class.
 */
export function valueClasses(
  values: readonly (number | null)[],
  method: BreakMethod,
  k = 5,
): ValueClasses {
  const sorted = values
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .sort((a, b) => a - b);
  const noData = values.length - sorted.length;
  if (sorted.length === 0)
    return { min: null, uppers: [], counts: [], noData, classOf: values.map(() => null) };
  const min = sorted[0] as number;
  const max = sorted[sorted.length - 1] as number;
  const distinct = new Set(sorted).size;
  const n = Math.max(1, Math.min(k, distinct));
  const cuts: number[] = [];
  for (let i = 1; i < n; i++)
    cuts.push(method === 'equal' ? clean(min + ((max - min) * i) / n) : quantile(sorted, i / n));
  const uppers = [...new Set([...cuts.filter((c) => c < max), max])].sort((a, b) => a - b);
  const counts = uppers.map(() => 0);
  const classOf = values.map((v) => {
    if (v === null || !Number.isFinite(v)) return null;
    let i = 0;
    while (i < uppers.length - 1 && v > (uppers[i] as number)) i++;
    counts[i] = (counts[i] as number) + 1;
    return i;
  });
  return { min, uppers, counts, noData, classOf };
}

/**
 * How dark a class is drawn, 0 (lightest) … 1 (darkest): darker is better when the indicator
 * has a direction (lower is better: the smallest values darkest), darker is larger when neutral.
 */
export function shade(index: number, classes: number, direction: Direction): number {
  if (classes <= 1) return 1;
  const up = index / (classes - 1);
  return direction === 'lower' ? 1 - up : up;
}

/** The status band order of the legend, as the scorecard shows it. */
export const BANDS: readonly Band[] = ['met', 'near', 'on_track', 'behind', 'no_data'];

/**
 * The goal row a district's tile shows: its next target not yet past (the earliest target year
 * at or after its latest value), else its last one. null without a target.
 */
export function tileGoal(rows: readonly GoalRow[]): GoalRow | null {
  const withTarget = rows
    .filter((r) => r.target !== null)
    .sort((a, b) => (a.target?.year ?? 0) - (b.target?.year ?? 0));
  const latest = Math.max(-Infinity, ...withTarget.map((r) => r.latest?.year ?? -Infinity));
  return (
    withTarget.find((r) => (r.target?.year ?? 0) >= latest) ??
    withTarget[withTarget.length - 1] ??
    null
  );
}

/** The scorecard's band of a goal row: met, near (within NEAR_SHARE of the target), on track, behind. */
export function goalBand(row: GoalRow | null): Band {
  if (!row?.target || !row.latest) return 'no_data';
  const status = row.result.status;
  if (status === 'met') return 'met';
  const target = row.target;
  const s = sense({ direction: row.direction, baseline: null, latest: null, target });
  const nearFrom = clean(target.value - s * Math.abs(target.value) * NEAR_SHARE);
  if (s * (row.latest.value - nearFrom) >= 0) return 'near';
  return status;
}
