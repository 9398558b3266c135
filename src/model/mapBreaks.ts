// Colour classes of the tile map: values binned by equal intervals or quantiles, or districts
// banded by goal status as the scorecard bands them. "No data" is never a class of the scale.
import { sense } from './goals';
import type { GoalRow } from './goalsView';
import { NEAR_SHARE, type Band } from './scorecard';
import type { Direction } from './types';

export type BreakMethod = 'equal' | 'quantile';

export interface ValueClasses {
  /** The smallest value rounded down: the first class runs from it to uppers[0], both included. */
  min: number | null;
  /** Each class's upper bound as printed, ascending (v ≤ uppers[i]); the last: the max rounded up. */
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
 * there may be fewer than k classes, and one value gives one class. With `digits`, the bounds
 * are rounded to that many decimals (see labelDigits) and values classed against them.
 */
export function valueClasses(
  values: readonly (number | null)[],
  method: BreakMethod,
  k = 5,
  digits?: number,
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
  // Bounds rounded to what the legend prints: the first runs from the min rounded down, the last
  // to the max rounded up, and a value is classed against the printed bounds (upper included).
  const at = (v: number, how: (x: number) => number) =>
    digits === undefined ? v : roundTo(v, digits, how);
  const low = at(min, Math.floor);
  const high = at(max, Math.ceil);
  const inner = cuts.map((c) => at(c, Math.round)).filter((c) => c >= min && c < max);
  const uppers = [...new Set([...inner, high])].sort((a, b) => a - b);
  const counts = uppers.map(() => 0);
  const classOf = values.map((v) => {
    const i = classIndex(v, uppers);
    if (i !== null) counts[i] = (counts[i] as number) + 1;
    return i;
  });
  return { min: low, uppers, counts, noData, classOf };
}

/** The class of a value against upper-inclusive bounds (the last open above); null without one. */
export function classIndex(v: number | null, uppers: readonly number[]): number | null {
  if (v === null || !Number.isFinite(v) || uppers.length === 0) return null;
  let i = 0;
  while (i < uppers.length - 1 && v > (uppers[i] as number)) i++;
  return i;
}

const roundTo = (v: number, d: number, how: (x: number) => number) => {
  const f = 10 ** d;
  return clean(how(clean(v * f)) / f);
};

/** Decimals a value shows (up to 6, the grid's), from its shortest exact form. */
const decimalsOf = (v: number) => {
  const m = /\.(\d+)$/.exec(String(clean(v)));
  return Math.min(6, m?.[1]?.length ?? 0);
};

/**
 * Decimals of the legend's bounds: 3 significant digits of a class's width, never more than the
 * data itself has (so 28.96–31.13, not 31.133333).
 */
export function labelDigits(sorted: readonly number[], classes: number): number {
  const data = Math.max(0, ...sorted.map(decimalsOf));
  const min = sorted[0] ?? 0;
  const max = sorted[sorted.length - 1] ?? 0;
  const step = (max - min) / Math.max(1, classes);
  if (!(step > 0)) return data;
  return Math.max(0, Math.min(data, 2 - Math.floor(Math.log10(step))));
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

/** A tile's status: the scorecard's bands, and 无目标 for a district with data but no target. */
export type MapBand = Band | 'no_target';

/** The status band order of the legend, as the scorecard shows it (无目标 before 缺数据). */
export const BANDS: readonly MapBand[] = [
  'met',
  'near',
  'on_track',
  'behind',
  'no_target',
  'no_data',
];

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
