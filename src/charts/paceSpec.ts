// The years chart's pace overlay: for the selected district's goal, a dotted line from its
// latest actual at the observed pace to the target year, and the target marked. Pure.
import { districtName, t } from '../i18n';
import { projectedPath, type YearValue } from '../model/pace';
import type { GoalRow } from '../model/goalsView';
import type { ChartInput } from '../state/selectors';
import { latestGoal, valueText } from './specHelpers';

export interface PaceOverlay {
  district: string;
  goal: GoalRow;
  /** One point a year from the latest actual to the target year, clamped to the valid range. */
  path: (YearValue & { text: string })[];
  target: YearValue & { text: string };
  /** Rows for the chart's data table: the projected years after the latest actual. */
  rows: string[][];
  /** «荣昌区：按当前速度可达成，2023», for the chart's accessible description. */
  describe: string;
}

/** The target colour of the other charts' goal line (configs.ts GOAL_LINE). */
export const PACE_TARGET_COLOR = '#4a148c';

export function paceOverlay(
  input: ChartInput,
  indicator: string,
  scope: string,
  unit: string,
): PaceOverlay | null {
  const district = input.pick.district;
  if (!district) return null;
  const goal = latestGoal(
    input.goals.rows.filter(
      (g) => g.district === district && g.indicator === indicator && g.scope === scope,
    ),
  );
  const latest = goal?.latest;
  const target = goal?.target;
  if (!goal || !latest || !target) return null;
  const entry = input.catalog.get(indicator);
  const points = projectedPath(
    latest,
    goal.pace,
    target.year,
    entry?.min ?? null,
    entry?.max ?? null,
  );
  // A target year already past has no path ahead, but its target is still marked.
  if (points.length === 0 && target.year > latest.year) return null;
  const name = districtName(district);
  const c = t.pace.chart;
  const path = points.map((p, k) => ({
    year: p.year,
    value: p.value,
    // The first point is the latest actual, which has its own tooltip.
    text:
      k === 0
        ? ''
        : `${name} ${c.point(p.year, valueText(p.value, unit))}${
            p.beyond ? t.pace.capped[p.beyond] : ''
          }`,
  }));
  const targetText = valueText(target.value, unit, target.qualifier ?? '');
  const p = goal.pace;
  const when =
    p.status === 'reachable' || (p.status === 'unreachable' && p.reachYear !== null)
      ? t.sep.comma + String(p.reachYear)
      : '';
  return {
    district,
    goal,
    path,
    target: {
      year: target.year,
      value: target.value,
      text: `${name} ${c.targetPoint(target.year, targetText)}`,
    },
    rows: path.slice(1).map((q) => [name, String(q.year), c.kind, valueText(q.value, '')]),
    describe: c.describe(name, t.pace.status[p.status], when),
  };
}
