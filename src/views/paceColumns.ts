// The 目标 grid's pace columns: 按当前速度, 年均变化(实际), 目标年预计值, 预计达成年份.
// Read-only, computed with the goal row (src/model/pace.ts); words added here.
import { formatNumber, statusText, t } from '../i18n';
import type { GoalStatus } from '../model/goals';
import type { GoalRow } from '../model/goalsView';
import type { Pace, PaceStatus } from '../model/pace';
import type { GridColumn, GridRow } from '../grid/grid';

/** A pace status wears the colour and mark of the progress status it corresponds to. */
export const PACE_AS_GOAL: Record<PaceStatus, GoalStatus> = {
  met: 'met',
  reachable: 'on_track',
  unreachable: 'behind',
  insufficient: 'no_data',
};

const RANK: Record<PaceStatus, number | null> = {
  met: 0,
  reachable: 1,
  unreachable: 2,
  insufficient: null,
};

export function paceStatusColumn(): GridColumn {
  return {
    key: 'paceStatus',
    title: t.pace.col.status,
    readOnly: true,
    width: 110,
    sortByNumber: true,
  };
}

export function paceColumns(): GridColumn[] {
  const c = t.pace.col;
  return [
    { key: 'paceSlope', title: c.slope, readOnly: true, numeric: true, width: 144 },
    { key: 'paceProjected', title: c.projected, readOnly: true, numeric: true, width: 128 },
    { key: 'paceYear', title: c.reachYear, readOnly: true, numeric: true, width: 124 },
  ];
}

/** 2020–2022 or 2022. */
export function yearSpanText(years: readonly number[]): string {
  const first = years[0];
  const last = years[years.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

const signed = (n: number) => `${n > 0 ? '+' : ''}${formatNumber(n, 3)}`;

/** The sentence under the status cell: why reachable or not. */
export function paceSummary(g: GoalRow): string {
  const p = g.pace;
  const tip = t.pace.tip;
  if (p.status === 'met') return tip.met;
  const target = g.target;
  if (!target || !g.latest) return tip.noGoal;
  if (p.slope === null) return tip.insufficient;
  const pace = t.pace.perYear(signed(p.slope));
  const goal = `${target.qualifier ?? ''}${formatNumber(target.value)}`;
  const past = target.year < g.latest.year ? tip.past(target.year) + t.sep.clause : '';
  if (p.reachYear === null)
    return past + (isAway(p, g) ? tip.never(pace, goal) : tip.notBy(pace, goal, p.horizon));
  if (p.status === 'reachable') return tip.reachable(pace, p.reachYear, goal, target.year);
  return past + tip.late(pace, p.reachYear, goal, target.year);
}

/** The pace runs away from the target (or is flat): no year would ever reach it. */
function isAway(p: Pace, g: GoalRow): boolean {
  if (p.slope === null || !g.target || !g.latest) return true;
  const towards = Math.sign(g.target.value - g.latest.value);
  return towards === 0 || Math.sign(p.slope) !== towards;
}

/** The projected value as shown: clamped into the valid range, and marked when it was. */
export function projectedText(p: Pace): { text: string | number | null; title: string } {
  if (p.projected === null || p.clamped === null)
    return { text: p.slope !== null && p.status !== 'met' ? t.pace.pastYear : null, title: '' };
  const beyond = p.beyond;
  if (!beyond) return { text: Number(p.projected.toFixed(2)), title: '' };
  const shown = formatNumber(p.clamped);
  return {
    text: `${shown}${t.pace.capped[beyond]}`,
    title: t.pace.cappedTip(formatNumber(p.projected, 2), shown),
  };
}

export function reachYearText(p: Pace): string | number | null {
  if (p.status === 'met') return t.pace.short.met;
  if (p.reachYear !== null) return p.reachYear;
  return p.status === 'insufficient' ? null : t.pace.notBy(p.horizon);
}

/** The pace cells of one goal row: values, sort numbers and marks. */
export function paceCells(g: GoalRow): Required<Pick<GridRow, 'values' | 'sort' | 'meta'>> {
  const p = g.pace;
  const code = PACE_AS_GOAL[p.status];
  const projected = projectedText(p);
  const span = yearSpanText(p.years);
  return {
    values: {
      paceStatus: statusText(code, t.pace.short[p.status]),
      paceSlope: p.slope === null ? null : Number(p.slope.toFixed(3)),
      paceProjected: projected.text,
      paceYear: reachYearText(p),
    },
    sort: {
      paceStatus: RANK[p.status],
      paceProjected: p.projected,
      // Met first, then by year, then never.
      paceYear:
        p.status === 'met' ? 0 : (p.reachYear ?? (p.status === 'insufficient' ? null : 9999)),
    },
    meta: {
      paceStatus: { className: `status status-${code}`, title: () => paceSummary(g) },
      paceSlope:
        p.slope === null
          ? {}
          : {
              badge: t.pace.yearsBadge(span, p.years.length),
              title: t.pace.yearsTip(p.years.join(t.sep.list), p.years.length),
            },
      paceProjected: { title: projected.title },
    },
  };
}
