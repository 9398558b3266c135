// Pure helpers shared by the chart specs: selection, goal rows, colours and text.
import {
  districtName,
  formatNumber,
  indicatorName,
  scopeName,
  statusText,
  t,
  unitName,
  withUnitText,
} from '../i18n';
import { buildCompare, type CompareRow, type CompareView } from '../model/compare';
import type { GoalStatus } from '../model/goals';
import type { GoalSet } from '../model/goalSets';
import { buildOwnGoals, buildSetGoals, type GoalRow } from '../model/goalsView';
import type { Catalog, Observation } from '../model/types';
import type { AppState } from '../state/state';

export interface ChartTable {
  headers: string[];
  rows: string[][];
}

export interface LegendItem {
  text: string;
  color: string;
  /** Drawn as a dashed outline (the target path in the years chart). */
  dashed?: boolean;
}

/** What every chart shows around its canvas. */
export interface SpecBase {
  title: string;
  unit: string;
  sourceLine: string;
  ariaLabel: string;
  table: ChartTable;
  legend: LegendItem[];
  /** Why nothing is drawn, or null when there is something to draw. */
  empty: string | null;
}

/** 'none' = the district has no target for this indicator. */
export type BarStatus = GoalStatus | 'none';

export const STATUS_COLORS: Record<BarStatus, string> = {
  met: '#2e7d32',
  on_track: '#1565c0',
  behind: '#c62828',
  no_data: '#9e9e9e',
  none: '#9e9e9e',
};

export const barStatusLabel = (s: BarStatus): string =>
  statusText(s, s === 'none' ? t.chart.noTarget : t.status[s]);

/** Okabe–Ito / Tol hues darkened to ≥ 3:1 on white, so lines stay visible and distinct. */
export const LINE_COLORS = ['#0072B2', '#D55E00', '#007A5A', '#882255', '#6F5800', '#332288'];
export const POINT_STYLES = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;

export const EMPTY_TABLE: ChartTable = { headers: [], rows: [] };

/** Legend entries for the statuses that occur, in a fixed order. */
export function statusLegend(statuses: readonly BarStatus[]): LegendItem[] {
  const order: BarStatus[] = ['met', 'on_track', 'behind', 'no_data', 'none'];
  return order
    .filter((s) => statuses.includes(s))
    .map((s) => ({ text: barStatusLabel(s), color: STATUS_COLORS[s] }));
}

export const num = (v: number) => formatNumber(v);

/** 30 + '%' → '30%'; null → '—'. Chinese units follow the number without a space. */
export function valueText(v: number | null, unit = '', qualifier = ''): string {
  return v === null ? '—' : `${qualifier}${withUnitText(num(v), unit)}`;
}

/** The indicator's display name, with its scope when it has one. */
export const indicatorLabel = (catalog: Catalog, indicator: string, scope: string) => {
  const name = indicatorName(catalog, indicator);
  return scope ? t.paren(name, scopeName(scope)) : name;
};

export const withUnit = (title: string, unit: string) =>
  unit ? t.paren(title, unitName(unit)) : title;

/** «江津区 2023»: a district's display name and the year(s) of its data. */
export const districtYears = (district: string, years: string | number) =>
  `${districtName(district)} ${years}`;

export function yearSpan(years: readonly number[]): string {
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

/**
 * «来源：江津区 2023、荣昌区 2022 等 5 份区县报告». Names up to three items and counts the
 * distinct report files behind the observations actually drawn.
 */
export function sourceLine(
  items: readonly string[],
  used: readonly Observation[],
  extra = '',
): string {
  if (items.length === 0) return extra ? t.chart.source(extra) : t.chart.sourceNone;
  const files = new Set(used.map((o) => o.source).filter((s) => s !== ''));
  const manual = used.some((o) => o.source === '');
  const shown = items.slice(0, 3).join(t.sep.list);
  const count = files.size > 0 ? t.chart.reports(files.size) : '';
  let text = items.length > 3 ? t.chart.andMore(shown, count) : shown;
  if (items.length <= 3 && count) text = t.paren(text, count);
  if (manual) text += t.chart.manual;
  return t.chart.source(`${text}${extra ? `${t.sep.clause}${extra}` : ''}`);
}

/** The goal set chosen in the UI, or null for each district's own targets (or a stale id). */
export function activeGoalSet(state: AppState): GoalSet | null {
  const { goalSource } = state.ui;
  if (goalSource === 'own') return null;
  return state.goalSets.find((g) => g.id === goalSource) ?? null;
}

/** The goal rows the goals view shows for the current goal source. */
export function goalRows(state: AppState): { set: GoalSet | null; rows: GoalRow[] } {
  const set = activeGoalSet(state);
  const rows = set
    ? buildSetGoals(state.table, state.catalog, state.districts, set)
    : buildOwnGoals(state.table, state.catalog, state.districts);
  return { set, rows };
}

/** Of several targets for one district and indicator, the one due last. */
export function latestGoal(rows: readonly GoalRow[]): GoalRow | null {
  let best: GoalRow | null = null;
  for (const r of rows) if (!best || (r.target?.year ?? 0) > (best.target?.year ?? 0)) best = r;
  return best;
}

export interface Selection {
  indicator: string;
  scope: string;
  /** The compare row for the current year/kind; null when that view has no such row. */
  row: CompareRow | null;
  view: CompareView;
}

/** The selected indicator, or the first row of the compare view the grid shows. */
export function selection(state: AppState): Selection | null {
  const { ui } = state;
  const opt = { year: ui.year, kind: ui.kind, category: ui.category, districts: state.districts };
  const view = buildCompare(state.table, state.catalog, opt);
  if (ui.indicator === null) {
    const first = view.rows[0];
    return first ? { indicator: first.indicator, scope: first.scope, row: first, view } : null;
  }
  const find = (v: CompareView) =>
    v.rows.find((r) => r.indicator === ui.indicator && r.scope === ui.scope) ?? null;
  let row = find(view);
  let used = view;
  // A selection outside the category filter still charts: the cells don't depend on it.
  if (!row && ui.category) {
    used = buildCompare(state.table, state.catalog, { ...opt, category: '' });
    row = find(used);
  }
  return { indicator: ui.indicator, scope: ui.scope, row, view: used };
}

/** Unit from the catalog, else from the first observation that has one. */
export function unitOf(state: AppState, indicator: string, fallback: readonly Observation[]) {
  return state.catalog.get(indicator)?.unit ?? fallback.find((o) => o.unit)?.unit ?? '';
}
