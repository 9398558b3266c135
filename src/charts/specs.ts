// Chart descriptions built from the app state by pure functions: no Chart.js, no DOM.
// index.ts turns them into Chart.js configs; the tests check them without a canvas.
import { pickLatest, seriesOf } from '../model/series';
import { findObservation } from '../model/table';
import type { Observation } from '../model/types';
import type { AppState } from '../state/state';
import {
  BAR_STATUS_LABELS,
  EMPTY_TABLE,
  goalRows,
  indicatorLabel,
  latestGoal,
  num,
  selection,
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
  /** One bar per district, in state.districts order. */
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
}

export const SELECTED_BORDER = 3;

/** The selected indicator across districts, as the compare grid shows it. */
export function indicatorAcrossDistricts(state: AppState): AcrossSpec {
  const sel = selection(state);
  const { ui, districts } = state;
  const base: AcrossSpec = {
    title: '各区对比',
    unit: '',
    sourceLine: '来源：暂无数据',
    ariaLabel: '柱状图：暂无可对比的指标数据。',
    table: EMPTY_TABLE,
    legend: [],
    empty: '暂无数据',
    indicator: null,
    scope: '',
    valueLabel: ui.kind === 'target' ? '目标值' : '数值',
    labels: [...districts],
    values: districts.map(() => null),
    valueTexts: districts.map(() => '—'),
    statuses: districts.map(() => 'none'),
    statusLabels: districts.map(() => BAR_STATUS_LABELS.none),
    colors: districts.map(() => STATUS_COLORS.none),
    borderWidths: districts.map((d) => (d === ui.district ? SELECTED_BORDER : 0)),
    targets: districts.map(() => null),
    targetTexts: districts.map(() => '—'),
    goalLine: null,
  };
  if (!sel) return base;
  const { indicator, scope, row } = sel;
  const { set, rows: goals } = goalRows(state);
  const usedObs: Observation[] = [];
  const items: string[] = [];
  const targetObs = districts.map((d) => {
    const list = seriesOf(state.table, d, indicator, scope, 'target').filter(
      (o) => o.value !== null,
    );
    return pickLatest(list).obs;
  });
  const unit =
    row?.unit ||
    unitOf(
      state,
      indicator,
      targetObs.filter((o) => o !== null),
    );
  const label = indicatorLabel(indicator, scope);

  const bars = districts.map((d, i) => {
    const cell = row?.cells[i];
    const value = cell?.value ?? null;
    if (cell?.obsId && value !== null) {
      const o = findObservation(state.table, cell.obsId, d);
      if (o) usedObs.push(o);
      items.push(`${d} ${cell.year ?? ''}`);
    }
    const goal = latestGoal(
      goals.filter((g) => g.district === d && g.indicator === indicator && g.scope === scope),
    );
    const status: BarStatus = goal ? goal.result.status : 'none';
    const text =
      value === null ? '—' : `${valueText(value, unit, cell?.qualifier)}（${cell?.year ?? ''}）`;
    return { value, status, text };
  });
  const targets = targetObs.map((o) => o?.value ?? null);
  for (const o of targetObs) if (o) usedObs.push(o);
  const targetTexts = targetObs.map((o) =>
    o ? `${valueText(o.value, unit, o.qualifier)}（${o.year}）` : '—',
  );

  const g = set?.targets.find((t) => t.indicator === indicator && scope === '');
  const goalLine =
    set && g && g.value !== null
      ? { value: g.value, label: `${set.name}：${valueText(g.value, unit, g.qualifier)}` }
      : null;

  const kindWord = ui.kind === 'target' ? '目标' : '';
  const yearWord = ui.year === 'latest' ? '' : `${ui.year} 年`;
  const title = withUnit(`${label}：${yearWord}各区${kindWord}对比`, unit);
  const values = bars.map((b) => b.value);
  const known = districts
    .map((d, i) => ({ d, v: values[i] ?? null }))
    .filter((x): x is { d: string; v: number } => x.v !== null);
  const empty =
    row === null || known.length === 0
      ? ui.year === 'latest'
        ? '所选指标暂无数据'
        : `${ui.year} 年没有该指标的数据`
      : null;

  return {
    ...base,
    title,
    unit,
    sourceLine: sourceLine(items, usedObs, goalLine ? `目标线：${set?.name ?? ''}` : ''),
    ariaLabel: acrossAria(title, known, districts.length, unit, goalLine?.label ?? null),
    table: {
      headers: ['区县', withUnit(base.valueLabel, unit), '本区目标', '状态'],
      rows: districts.map((d, i) => [
        d,
        bars[i]?.text ?? '—',
        targetTexts[i] ?? '—',
        BAR_STATUS_LABELS[bars[i]?.status ?? 'none'],
      ]),
    },
    legend: statusLegend(bars.map((b) => b.status)),
    empty,
    indicator,
    scope,
    values,
    valueTexts: bars.map((b) => b.text),
    statuses: bars.map((b) => b.status),
    statusLabels: bars.map((b) => BAR_STATUS_LABELS[b.status]),
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
  if (known.length === 0) return `柱状图：${title}。没有区县有数据。`;
  const sorted = [...known].sort((a, b) => b.v - a.v);
  const hi = sorted[0] as { d: string; v: number };
  const lo = sorted[sorted.length - 1] as { d: string; v: number };
  const range =
    known.length === 1
      ? `仅${hi.d}有数据：${num(hi.v)}${unit}。`
      : `${total} 个区县中 ${known.length} 个有数据，最高为${hi.d} ${num(hi.v)}${unit}，最低为${lo.d} ${num(lo.v)}${unit}。`;
  return `柱状图：${title}。${range}${goal ? `参考线：${goal}。` : ''}`;
}
