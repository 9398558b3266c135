// Direction-aware ranks and percentiles of districts on one indicator.
import type { Direction } from './types';

export interface RankInput {
  district: string;
  /** null: no value (not ranked, never a zero). */
  value: number | null;
}

export interface Rank {
  district: string;
  value: number | null;
  /**
   * Competition rank, 1 = best (1, 2, 2, 4 for a tie); null without a value. For a neutral
   * indicator (no better or worse) the order is by size, largest first.
   */
  rank: number | null;
  /** How many districts had a value (the "of N"). */
  of: number;
  /**
   * Percentile rank, 0–100, 100 = best: the share of the other ranked districts this one is
   * better than, a tie counting half. null without a value or when it is the only one.
   */
  percentile: number | null;
}

/** Ranks the districts in input order; `direction` decides which end is best. */
export function rankDistricts(input: readonly RankInput[], direction: Direction): Rank[] {
  const sign = direction === 'lower' ? 1 : -1;
  const valued = input
    .map((r) => r.value)
    .filter((v): v is number => v !== null && Number.isFinite(v))
    .map((v) => sign * v)
    .sort((a, b) => a - b);
  const n = valued.length;
  return input.map(({ district, value }) => {
    if (value === null || !Number.isFinite(value))
      return { district, value, rank: null, of: n, percentile: null };
    const key = sign * value;
    const better = lowerBound(valued, key);
    const tied = lowerBound(valued, key, true) - better - 1;
    const worse = n - better - tied - 1;
    return {
      district,
      value,
      rank: better + 1,
      of: n,
      percentile: n > 1 ? (100 * (worse + tied / 2)) / (n - 1) : null,
    };
  });
}

/** Index of the first element ≥ x (or > x when `after`), in an ascending array. */
function lowerBound(a: readonly number[], x: number, after = false): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x || (after && a[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
