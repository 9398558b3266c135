// Goal maths: progress, gap, the change still needed per year, and status.
// Pure functions of their inputs; nothing here is ever stored.
import type { Direction, Qualifier } from './types';

export type GoalStatus = 'met' | 'on_track' | 'behind' | 'no_data';

export interface Point {
  value: number;
  year: number;
  qualifier?: Qualifier;
}

export interface GoalInput {
  direction: Direction;
  baseline: Point | null;
  latest: Point | null;
  target: Point | null;
}

export interface GoalResult {
  /** % of the way from baseline to target; may be < 0 or > 100. */
  progress: number | null;
  /** Improvement still needed (> 0), or how far the target is exceeded (< 0). */
  gap: number | null;
  /** Improvement needed per remaining year; 0 once met, null when no time is left. */
  perYear: number | null;
  /** The straight-line value expected at the latest year. */
  expected: number | null;
  status: GoalStatus;
}

const EMPTY: GoalResult = {
  progress: null,
  gap: null,
  perYear: null,
  expected: null,
  status: 'no_data',
};

/** +1 when higher is better, -1 when lower is. A ≥ target or a neutral one follows its slope. */
export function sense(input: GoalInput): 1 | -1 {
  const { direction, baseline, target } = input;
  if (target?.qualifier === '≥') return 1;
  if (direction === 'higher') return 1;
  if (direction === 'lower') return -1;
  // With no baseline, the latest value tells which way the target lies.
  const from = baseline ?? input.latest;
  if (from && target && target.value < from.value) return -1;
  return 1;
}

/**
 * The baseline only counts when it is earlier than the latest value: one data point (baseline =
 * latest) gives no trajectory, so such a goal is treated as one without a baseline.
 */
export function usableBaseline<P extends Point>(
  baseline: P | null,
  latest: Point | null,
): P | null {
  return baseline && latest && baseline.year < latest.year ? baseline : null;
}

const round = (n: number) => Number(n.toPrecision(12));

export function evaluateGoal(input: GoalInput): GoalResult {
  const { latest, target } = input;
  const baseline = usableBaseline(input.baseline, latest);
  if (!target || !latest) return EMPTY;
  const s = sense(input);
  // A "≥ x" actual is only known to be at least x: good enough to count as met when higher is better.
  const gap = round(s * (target.value - latest.value));
  const met = gap <= 0;
  const yearsLeft = target.year - latest.year;
  const perYear = met ? 0 : yearsLeft > 0 ? round(gap / yearsLeft) : null;

  let progress: number | null = null;
  let expected: number | null = null;
  if (baseline) {
    const span = target.value - baseline.value;
    progress = span === 0 ? (met ? 100 : 0) : round(((latest.value - baseline.value) / span) * 100);
    // A target met from the start (e.g. 32.22% against 30%) is fully done, not "0% of the way".
    if (met && progress < 100) progress = 100;
    const years = target.year - baseline.year;
    const t = years <= 0 ? 1 : Math.min(1, Math.max(0, (latest.year - baseline.year) / years));
    expected = round(baseline.value + span * t);
  }

  let status: GoalStatus;
  if (met) status = 'met';
  else if (yearsLeft <= 0) status = 'behind';
  else if (expected === null) status = 'no_data';
  else status = s * (latest.value - expected) >= 0 ? 'on_track' : 'behind';
  return { progress, gap, perYear, expected, status };
}
