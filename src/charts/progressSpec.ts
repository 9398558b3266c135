// The selected district's goals as bullet bars of progress towards each target. Pure.
import { districtName, goalSetName, statusText, t } from '../i18n';
import type { GoalStatus } from '../model/goals';
import { findObservation } from '../model/table';
import type { Observation } from '../model/types';
import type { ChartInput } from '../state/selectors';
import {
  districtYears,
  indicatorLabel,
  num,
  sourceLine,
  STATUS_COLORS,
  statusLegend,
  valueText,
  yearSpan,
  type SpecBase,
} from './specHelpers';

export interface ProgressSpec extends SpecBase {
  district: string | null;
  /** Indicator names (with scope, and the target year when a name repeats). */
  labels: string[];
  /** The real progress %, null when it cannot be computed. */
  progress: (number | null)[];
  /**
   * What is drawn: progress clamped to [PROGRESS_MIN, PROGRESS_MAX], 0 when unknown. A met goal
   * is drawn at least full, also when it has no progress figure (no baseline, or one point).
   */
  drawn: number[];
  statuses: GoalStatus[];
  colors: string[];
  tooltips: string[];
}

export const PROGRESS_MIN = -20;
export const PROGRESS_MAX = 150;

const pct = (p: number) => `${num(Math.round(p * 10) / 10)}%`;

export function districtProgress(input: ChartInput): ProgressSpec {
  const { districts, pick: ui } = input;
  const district =
    ui.district !== null && districts.includes(ui.district) ? ui.district : (districts[0] ?? null);
  const { set, rows } = input.goals;
  const order = new Map([...input.catalog.keys()].map((k, i) => [k, i]));
  const mine = rows
    .filter((r) => r.district === district)
    .sort(
      (a, b) =>
        (order.get(a.indicator) ?? 1e9) - (order.get(b.indicator) ?? 1e9) ||
        a.indicator.localeCompare(b.indicator) ||
        (a.target?.year ?? 0) - (b.target?.year ?? 0),
    );
  const names = mine.map((r) => indicatorLabel(input.catalog, r.indicator, r.scope));
  const labels = names.map((n, i) =>
    names.indexOf(n) !== names.lastIndexOf(n) ? `${n} ${mine[i]?.target?.year ?? ''}` : n,
  );
  // `+ 0` turns the model's -0 (no change since baseline) into 0 for display and tests.
  const progress = mine.map((r) => (r.result.progress === null ? null : r.result.progress + 0));
  const p = t.chart.progress;
  const shownDistrict = district === null ? p.district : districtName(district);
  const setName = set ? goalSetName(set.name) : null;
  const title = p.title(shownDistrict, setName);

  const used: Observation[] = [];
  const years: number[] = [];
  for (const r of mine) {
    for (const p of [r.baseline, r.latest, r.target]) {
      if (!p) continue;
      years.push(p.year);
      const o = p.id && district ? findObservation(input.table, p.id, district) : undefined;
      if (o) used.push(o);
    }
  }
  const point = (x: { value: number; year: number; qualifier?: string } | null, unit: string) =>
    x ? t.paren(valueText(x.value, unit, x.qualifier), String(x.year)) : '—';
  // A met goal without a baseline has no progress figure, but its data is not missing.
  const progressText = (x: number | null, status: GoalStatus) =>
    x !== null ? pct(x) : status === 'met' ? '—' : t.status.no_data;

  const counts = (['met', 'on_track', 'behind', 'no_data'] as const)
    .map((s) => ({ s, n: mine.filter((r) => r.result.status === s).length }))
    .filter((c) => c.n > 0)
    .map((c) => p.count(t.status[c.s], c.n));
  const empty =
    district === null
      ? p.noDistricts
      : mine.length === 0
        ? set
          ? p.nothingInSet(goalSetName(set.name))
          : p.noTargets(shownDistrict)
        : null;

  return {
    title,
    unit: '%',
    sourceLine: sourceLine(
      used.length > 0 && district ? [districtYears(district, yearSpan(years))] : [],
      used,
      setName !== null ? p.sourceSet(setName) : '',
    ),
    ariaLabel:
      empty === null
        ? p.aria(title, mine.length, counts.join(t.sep.comma))
        : p.ariaEmpty(title, empty),
    table: {
      headers: [...p.headers],
      rows: mine.map((r, i) => [
        labels[i] ?? r.indicator,
        point(r.baseline, r.unit),
        point(r.latest, r.unit),
        point(r.target, r.unit),
        progressText(r.result.progress, r.result.status),
        statusText(r.result.status, t.status[r.result.status]),
      ]),
    },
    legend: statusLegend(mine.map((r) => r.result.status)),
    empty,
    district,
    labels,
    progress,
    drawn: progress.map((x, i) => {
      const met = mine[i]?.result.status === 'met';
      if (x === null) return met ? 100 : 0;
      const shown = met ? Math.max(x, 100) : x;
      return Math.min(PROGRESS_MAX, Math.max(PROGRESS_MIN, shown));
    }),
    statuses: mine.map((r) => r.result.status),
    colors: mine.map((r) => STATUS_COLORS[r.result.status]),
    tooltips: mine.map((r) =>
      p.tooltip(
        progressText(r.result.progress, r.result.status),
        statusText(r.result.status, t.status[r.result.status]),
        point(r.latest, r.unit),
        point(r.target, r.unit),
      ),
    ),
  };
}
