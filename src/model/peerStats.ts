// Statistics of a peer group on one indicator: median, best quartile, ranks within the group,
// the baseline year a rank change is measured from, and the rows shown when there are many.
import { rankDistricts, type Rank, type RankInput } from './ranks';
import type { Direction } from './types';

/**
 * The p-quantile (0 ≤ p ≤ 1) of ascending values by Hyndman & Fan type 7 (Excel's
 * PERCENTILE.INC, R's default): h = (n − 1)·p, linear between the values around h.
 * null for no values.
 */
export function quantile(ascending: readonly number[], p: number): number | null {
  const n = ascending.length;
  if (n === 0) return null;
  const h = (n - 1) * Math.min(1, Math.max(0, p));
  const lo = Math.floor(h);
  const a = ascending[lo] as number;
  const b = ascending[Math.min(n - 1, lo + 1)] as number;
  return a + (h - lo) * (b - a);
}

const sortedValues = (values: readonly (number | null)[]) =>
  values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);

export const median = (values: readonly (number | null)[]): number | null =>
  quantile(sortedValues(values), 0.5);

/**
 * The best quartile: the value a quarter of the group reaches or beats — the 75th percentile
 * when higher is better, the 25th when lower is better (type 7). None for a neutral indicator.
 */
export function bestQuartile(
  values: readonly (number | null)[],
  direction: Direction,
): number | null {
  if (direction === 'neutral') return null;
  return quantile(sortedValues(values), direction === 'higher' ? 0.75 : 0.25);
}

export interface GroupStats {
  count: number;
  median: number | null;
  bestQuartile: number | null;
}

export function groupStats(values: readonly (number | null)[], direction: Direction): GroupStats {
  return {
    count: sortedValues(values).length,
    median: median(values),
    bestQuartile: bestQuartile(values, direction),
  };
}

/** Ranks within each group (districts without a group ranked among themselves under ''). */
export function ranksWithin(
  input: readonly RankInput[],
  groupOf: (district: string) => string | null,
  direction: Direction,
): Map<string, Rank> {
  const by = new Map<string, RankInput[]>();
  for (const r of input) {
    const g = groupOf(r.district) ?? '';
    by.set(g, [...(by.get(g) ?? []), r]);
  }
  const out = new Map<string, Rank>();
  for (const [g, list] of by) {
    if (g === '') continue;
    for (const r of rankDistricts(list, direction)) out.set(r.district, r);
  }
  return out;
}

/**
 * The baseline year of a rank change: the earliest year in which at least two districts have a
 * value (a rank among one says nothing). `years[i]` are district i's years with a value.
 */
export function baselineYearOf(years: readonly (readonly number[])[]): number | null {
  const count = new Map<number, number>();
  for (const ys of years) for (const y of new Set(ys)) count.set(y, (count.get(y) ?? 0) + 1);
  const ok = [...count].filter(([, n]) => n >= 2).map(([y]) => y);
  return ok.length ? Math.min(...ok) : null;
}

/**
 * Places moved up since the baseline (positive = better now). null when either rank is missing
 * or the value shown is itself from the baseline year (nothing to compare).
 */
export function rankChange(
  now: number | null,
  then: number | null,
  nowYear: number | null,
  baselineYear: number | null,
): number | null {
  if (now === null || then === null || nowYear === null || nowYear === baselineYear) return null;
  return then - now;
}

/** A row shown, or a gap between the top and the selected district's neighbours. */
export type ShownRow<T> = { row: T } | { gap: number };

/**
 * With more than `over` rows (in rank order), the top `top` and the selected row ±`around`,
 * with a gap row for each run left out; otherwise every row.
 */
export function topAndNeighbours<T>(
  rows: readonly T[],
  isSelected: (r: T) => boolean,
  opt = { over: 15, top: 10, around: 2 },
): ShownRow<T>[] {
  if (rows.length <= opt.over) return rows.map((row) => ({ row }));
  const at = rows.findIndex(isSelected);
  const keep = (i: number) => i < opt.top || (at >= 0 && Math.abs(i - at) <= opt.around);
  const out: ShownRow<T>[] = [];
  let gap = 0;
  rows.forEach((row, i) => {
    if (!keep(i)) return void gap++;
    if (gap) out.push({ gap });
    gap = 0;
    out.push({ row });
  });
  if (gap) out.push({ gap });
  return out;
}
