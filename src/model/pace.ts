// Pace projection: at the pace observed so far, where will an indicator stand in its target
// year, and in which year will it reach the target? Pure; computed with the goal rows, never
// stored. Codes only: the screens word them.
import { sense, type GoalInput, type GoalStatus } from './goals';

/** 重庆市 2035 远景目标: a year the target is reached is reported up to this year. */
export const PLANNING_HORIZON = 2035;

/**
 * met: the progress status says 已达成 (one rule for both); reachable / unreachable: at the
 * observed pace the target is / is not reached by its year; insufficient: under two years of
 * actual values, or no target or latest value.
 */
export type PaceStatus = 'met' | 'reachable' | 'unreachable' | 'insufficient';

export interface YearValue {
  year: number;
  value: number;
}

export interface Pace {
  status: PaceStatus;
  /** Least-squares slope over the actual values, per year; null with fewer than two years. */
  slope: number | null;
  /** The years the slope was fitted over, ascending. */
  years: readonly number[];
  /**
   * The value in the target year: the latest actual carried on at the slope. null when the
   * target year is before the latest actual (nothing left to project) or there is no slope.
   */
  projected: number | null;
  /** `projected` clamped into the indicator's valid range: what screens and exports show. */
  clamped: number | null;
  /** Set when `projected` lies outside the valid range (so `clamped` is the bound). */
  beyond: 'min' | 'max' | null;
  /** First whole year the projected line meets the target; null if not by `horizon` (or met). */
  reachYear: number | null;
  /** The last year `reachYear` may be: the planning horizon, or the target year when later. */
  horizon: number;
}

export interface PaceInput {
  /** The goal as its row has it: the same direction, baseline, latest and target. */
  goal: GoalInput;
  /** The progress status (evaluateGoal): a goal it calls met is met here too. */
  status: GoalStatus;
  /** One actual value per year, ascending (the same per-year choice as the goal row's). */
  points: readonly YearValue[];
  min: number | null;
  max: number | null;
}

// Float noise (2.3999999999999986) must not move a year or flip a comparison.
const round = (n: number) => Number(n.toPrecision(12));

/** Ordinary least squares slope of value on year; null when fewer than two distinct years. */
export function slopePerYear(points: readonly YearValue[]): number | null {
  const n = points.length;
  if (n < 2) return null;
  const mx = points.reduce((a, p) => a + p.year, 0) / n;
  const my = points.reduce((a, p) => a + p.value, 0) / n;
  let sxy = 0;
  let sxx = 0;
  for (const p of points) {
    sxy += (p.year - mx) * (p.value - my);
    sxx += (p.year - mx) ** 2;
  }
  return sxx === 0 ? null : round(sxy / sxx);
}

/** The latest value carried on at `slope` to `year`. */
export const projectTo = (latest: YearValue, slope: number, year: number): number =>
  round(latest.value + slope * (year - latest.year));

/** Clamped into [min, max] for display, with the side it was clamped at. */
export function withinRange(
  value: number,
  min: number | null,
  max: number | null,
): { value: number; beyond: Pace['beyond'] } {
  if (max !== null && value > max) return { value: max, beyond: 'max' };
  if (min !== null && value < min) return { value: min, beyond: 'min' };
  return { value, beyond: null };
}

export function projectPace(input: PaceInput): Pace {
  const { goal, points } = input;
  const { latest, target } = goal;
  const horizon = Math.max(PLANNING_HORIZON, target?.year ?? 0);
  const slope = slopePerYear(points);
  const base = {
    slope,
    years: points.map((p) => p.year),
    projected: null,
    clamped: null,
    beyond: null,
    reachYear: null,
    horizon,
  };
  if (!latest || !target) return { ...base, status: 'insufficient' };
  const projected =
    slope !== null && target.year >= latest.year ? projectTo(latest, slope, target.year) : null;
  const range = projected === null ? null : withinRange(projected, input.min, input.max);
  const shown = {
    ...base,
    projected,
    clamped: range?.value ?? null,
    beyond: range?.beyond ?? null,
  };
  if (input.status === 'met') return { ...shown, status: 'met' };
  if (slope === null) return { ...shown, status: 'insufficient' };
  const s = sense(goal);
  let reachYear: number | null = null;
  // Only a pace towards the target ever reaches it; a flat one never does, nor one towards a
  // target outside the indicator's valid range (120 for a %: the line meets it, the values can't).
  const outOfRange = withinRange(target.value, input.min, input.max).beyond !== null;
  if (s * slope > 0 && !outOfRange) {
    const at = Math.ceil(round(latest.year + (target.value - latest.value) / slope));
    reachYear = at <= horizon ? at : null;
  }
  const reachable = reachYear !== null && reachYear <= target.year;
  return { ...shown, reachYear, status: reachable ? 'reachable' : 'unreachable' };
}

/** The projected path for a chart: one point a year from the latest actual to the target year. */
export function projectedPath(
  latest: YearValue,
  pace: Pace,
  targetYear: number,
  min: number | null,
  max: number | null,
): (YearValue & { beyond: Pace['beyond']; raw: number })[] {
  if (pace.slope === null || targetYear <= latest.year) return [];
  const slope = pace.slope;
  return Array.from({ length: targetYear - latest.year + 1 }, (_, k) => {
    const year = latest.year + k;
    const raw = projectTo(latest, slope, year);
    return { year, raw, ...withinRange(raw, min, max) };
  });
}
