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
import type { GoalStatus } from '../model/goals';
import type { GoalRow } from '../model/goalsView';
import type { Catalog, Observation } from '../model/types';

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
  // A computed value's sources are its inputs' (the value itself has none).
  const sources = used.flatMap((o) =>
    o.derived ? o.derived.inputs.filter((i) => i.obsId !== null).map((i) => i.source) : [o.source],
  );
  const files = new Set(sources.filter((s) => s !== ''));
  const manual = sources.some((s) => s === '');
  const shown = items.slice(0, 3).join(t.sep.list);
  const count = files.size > 0 ? t.chart.reports(files.size) : '';
  let text = items.length > 3 ? t.chart.andMore(shown, count) : shown;
  if (items.length <= 3 && count) text = t.paren(text, count);
  if (manual) text += t.chart.manual;
  return t.chart.source(`${text}${extra ? `${t.sep.clause}${extra}` : ''}`);
}

/** Of several targets for one district and indicator, the one due last. */
export function latestGoal(rows: readonly GoalRow[]): GoalRow | null {
  let best: GoalRow | null = null;
  for (const r of rows) if (!best || (r.target?.year ?? 0) > (best.target?.year ?? 0)) best = r;
  return best;
}

/** Unit from the catalog, else from the first observation that has one. */
export function unitOf(catalog: Catalog, indicator: string, fallback: readonly Observation[]) {
  return catalog.get(indicator)?.unit ?? fallback.find((o) => o.unit)?.unit ?? '';
}
