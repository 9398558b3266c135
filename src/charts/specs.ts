// Chart descriptions built from the app state by pure functions: no Chart.js, no DOM.
// index.ts turns them into Chart.js configs; the tests check them without a canvas.
import { districtName, goalSetName, t, withUnitText } from '../i18n';
import { pickLatest, seriesOf } from '../model/series';
import { findObservation } from '../model/table';
import type { Observation } from '../model/types';
import type { ChartInput } from '../state/selectors';
import {
  barStatusLabel,
  districtYears,
  EMPTY_TABLE,
  indicatorLabel,
  latestGoal,
  num,
  sourceLine,
  STATUS_COLORS,
  statusLegend,
  unitOf,
  valueText,
  withUnit,
  type BarStatus,
  type SpecBase,
} from './specHelpers';

export { districtProgress, PROGRESS_MAX, PROGRESS_MIN, type ProgressSpec } from './progressSpec';
export { indicatorOverYears, type YearsLine, type YearsSpec } from './yearsSpec';
export { STATUS_COLORS, type ChartTable, type LegendItem, type SpecBase } from './specHelpers';

export interface AcrossSpec extends SpecBase {
  indicator: string | null;
  scope: string;
  /** «数值» or «目标值», after ui.kind. */
  valueLabel: string;
  /** One bar per district, in input.districts order. */
  labels: string[];
  values: (number | null)[];
  /** Value with qualifier, unit and year, for tooltips. */
  valueTexts: string[];
  statuses: BarStatus[];
  /** «已达成», «无目标» …: the status in words, for tooltips. */
  statusLabels: string[];
  colors: string[];
  /** The selected district's bar gets a thicker border. */
  borderWidths: number[];
  /** Each district's own latest target for this indicator (marker), or null. */
  targets: (number | null)[];
  targetTexts: string[];
  /** The active goal set's target, drawn as a horizontal line. */
  goalLine: { value: number; label: string } | null;
  /** Districts left out by the top-N limit (0 = all shown). */
  hidden: number;
}

export const SELECTED_BORDER = 3;

/** With more districts than this, bars are sorted and only the top ones shown (one click shows all). */
export const TOP_N = 12;

/** The selected indicator across districts: all of them, or at city scale the top N plus the selected one. */
export function indicatorAcrossDistricts(input: ChartInput): AcrossSpec {
  const full = acrossAll(input);
  if (input.districts.length <= TOP_N) return full;
  // Sorted by value (best first for the indicator's direction), empty districts last.
  const lowerBetter =
    full.indicator !== null && input.catalog.get(full.indicator)?.direction === 'lower';
  const order = full.values
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v === null ? 1 : b.v === null ? -1 : lowerBetter ? a.v - b.v : b.v - a.v))
    .map((x) => x.i);
  let keep = order;
  if (!input.pick.chartAll) {
    const sel = input.districts.indexOf(input.pick.district ?? '');
    keep = order.slice(0, TOP_N);
    if (sel >= 0 && !keep.includes(sel)) keep = [...keep.slice(0, TOP_N - 1), sel];
  }
  const pick = <T>(a: readonly T[]) => keep.map((i) => a[i] as T);
  return {
    ...full,
    labels: pick(full.labels),
    values: pick(full.values),
    valueTexts: pick(full.valueTexts),
    statuses: pick(full.statuses),
    statusLabels: pick(full.statusLabels),
    colors: pick(full.colors),
    borderWidths: pick(full.borderWidths),
    targets: pick(full.targets),
    targetTexts: pick(full.targetTexts),
    hidden: input.districts.length - keep.length,
  };
}

/** Every district, in input.districts order, as the compare grid shows them. */
function acrossAll(input: ChartInput): AcrossSpec {
  const { selection: sel, pick: ui, districts } = input;
  const base: AcrossSpec = {
    title: t.chart.across.title,
    unit: '',
    sourceLine: t.chart.sourceNone,
    ariaLabel: t.chart.across.ariaNone,
    table: EMPTY_TABLE,
    legend: [],
    empty: t.chart.noData,
    indicator: null,
    scope: '',
    valueLabel: ui.kind === 'target' ? t.target : t.col.value,
    labels: districts.map(districtName),
    values: districts.map(() => null),
    valueTexts: districts.map(() => '—'),
    statuses: districts.map(() => 'none'),
    statusLabels: districts.map(() => barStatusLabel('none')),
    colors: districts.map(() => STATUS_COLORS.none),
    borderWidths: districts.map((d) => (d === ui.district ? SELECTED_BORDER : 0)),
    targets: districts.map(() => null),
    targetTexts: districts.map(() => '—'),
    goalLine: null,
    hidden: 0,
  };
  if (!sel) return base;
  const { indicator, scope, row } = sel;
  const { set, rows: goals } = input.goals;
  const usedObs: Observation[] = [];
  const items: string[] = [];
  const targetObs = districts.map((d) => {
    const list = seriesOf(input.table, d, indicator, scope, 'target').filter(
      (o) => o.value !== null,
    );
    return pickLatest(list).obs;
  });
  const unit =
    row?.unit ||
    unitOf(
      input.catalog,
      indicator,
      targetObs.filter((o) => o !== null),
    );
  const label = indicatorLabel(input.catalog, indicator, scope);

  // Goals for this indicator, grouped by district once (not filtered again for every bar).
  const goalsByDistrict = new Map<string, typeof goals>();
  for (const g of goals) {
    if (g.indicator !== indicator || g.scope !== scope) continue;
    const list = goalsByDistrict.get(g.district);
    if (list) list.push(g);
    else goalsByDistrict.set(g.district, [g]);
  }
  const bars = districts.map((d, i) => {
    const cell = row?.cells[i];
    const value = cell?.value ?? null;
    if (cell?.obsId && value !== null) {
      const o = findObservation(input.table, cell.obsId, d);
      if (o) usedObs.push(o);
      items.push(districtYears(d, cell.year ?? ''));
    }
    const goal = latestGoal(goalsByDistrict.get(d) ?? []);
    const status: BarStatus = goal ? goal.result.status : 'none';
    // A computed value says so; one that could not be computed says why (缺分母), never 0.
    const reason = cell?.derived?.reason;
    const text =
      value === null
        ? reason
          ? t.derived.short[reason.code]
          : '—'
        : t.paren(valueText(value, unit, cell?.qualifier), String(cell?.year ?? '')) +
          (cell?.derived ? ` ${t.derived.computed}` : '');
    return { value, status, text };
  });
  const targets = targetObs.map((o) => o?.value ?? null);
  for (const o of targetObs) if (o) usedObs.push(o);
  const targetTexts = targetObs.map((o) =>
    o ? t.paren(valueText(o.value, unit, o.qualifier), String(o.year)) : '—',
  );

  const g = set?.targets.find((x) => x.indicator === indicator && scope === '');
  const goalLine =
    set && g && g.value !== null
      ? {
          value: g.value,
          label: t.chart.across.goalLabel(
            goalSetName(set.name),
            valueText(g.value, unit, g.qualifier),
          ),
        }
      : null;

  const year = ui.year === 'latest' ? null : ui.year;
  const title = withUnit(t.chart.across.titleFor(label, year, ui.kind === 'target'), unit);
  const values = bars.map((b) => b.value);
  const known = districts
    .map((d, i) => ({ d: districtName(d), v: values[i] ?? null }))
    .filter((x): x is { d: string; v: number } => x.v !== null);
  const empty =
    row === null || known.length === 0
      ? year === null
        ? t.chart.noDataSelected
        : t.chart.across.noDataInYear(year)
      : null;

  return {
    ...base,
    title,
    unit,
    sourceLine: sourceLine(
      items,
      usedObs,
      goalLine ? t.chart.across.goalLine(goalSetName(set?.name ?? '')) : '',
    ),
    ariaLabel: acrossAria(title, known, districts.length, unit, goalLine?.label ?? null),
    table: {
      headers: [t.col.district, withUnit(base.valueLabel, unit), t.chart.ownTarget, t.chart.status],
      rows: districts.map((d, i) => [
        districtName(d),
        bars[i]?.text ?? '—',
        targetTexts[i] ?? '—',
        barStatusLabel(bars[i]?.status ?? 'none'),
      ]),
    },
    legend: statusLegend(bars.map((b) => b.status)),
    empty,
    indicator,
    scope,
    values,
    valueTexts: bars.map((b) => b.text),
    statuses: bars.map((b) => b.status),
    statusLabels: bars.map((b) => barStatusLabel(b.status)),
    colors: bars.map((b) => STATUS_COLORS[b.status]),
    targets,
    targetTexts,
    goalLine,
  };
}

function acrossAria(
  title: string,
  known: { d: string; v: number }[],
  total: number,
  unit: string,
  goal: string | null,
): string {
  const a = t.chart.across;
  if (known.length === 0) return a.aria(title, a.noDistrictData);
  const sorted = [...known].sort((x, y) => y.v - x.v);
  const hi = sorted[0] as { d: string; v: number };
  const lo = sorted[sorted.length - 1] as { d: string; v: number };
  const range =
    known.length === 1
      ? a.onlyOne(hi.d, withUnitText(num(hi.v), unit))
      : a.range(
          total,
          known.length,
          `${hi.d} ${withUnitText(num(hi.v), unit)}`,
          `${lo.d} ${withUnitText(num(lo.v), unit)}`,
        );
  return a.aria(title, `${range}${goal ? a.refLine(goal) : ''}`);
}
