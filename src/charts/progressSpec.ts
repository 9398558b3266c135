// The selected district's goals as bullet bars of progress towards each target. Pure.
import type { GoalStatus } from '../model/goals';
import { STATUS_LABELS } from '../model/goals';
import { findObservation } from '../model/table';
import type { Observation } from '../model/types';
import type { AppState } from '../state/state';
import {
  goalRows,
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
   * is drawn at least full: the model gives 0% when the baseline is the latest point.
   */
  drawn: number[];
  statuses: GoalStatus[];
  colors: string[];
  tooltips: string[];
}

export const PROGRESS_MIN = -20;
export const PROGRESS_MAX = 150;

const pct = (p: number) => `${num(Math.round(p * 10) / 10)}%`;

export function districtProgress(state: AppState): ProgressSpec {
  const { districts, ui } = state;
  const district =
    ui.district !== null && districts.includes(ui.district) ? ui.district : (districts[0] ?? null);
  const { set, rows } = goalRows(state);
  const order = new Map([...state.catalog.keys()].map((k, i) => [k, i]));
  const mine = rows
    .filter((r) => r.district === district)
    .sort(
      (a, b) =>
        (order.get(a.indicator) ?? 1e9) - (order.get(b.indicator) ?? 1e9) ||
        a.indicator.localeCompare(b.indicator) ||
        (a.target?.year ?? 0) - (b.target?.year ?? 0),
    );
  const names = mine.map((r) => indicatorLabel(r.indicator, r.scope));
  const labels = names.map((n, i) =>
    names.indexOf(n) !== names.lastIndexOf(n) ? `${n} ${mine[i]?.target?.year ?? ''}` : n,
  );
  // `+ 0` turns the model's -0 (no change since baseline) into 0 for display and tests.
  const progress = mine.map((r) => (r.result.progress === null ? null : r.result.progress + 0));
  const against = set ? `对照「${set.name}」` : '';
  const title = `${district ?? '区县'}：${against}目标进度（%）`;

  const used: Observation[] = [];
  const years: number[] = [];
  for (const r of mine) {
    for (const p of [r.baseline, r.latest, r.target]) {
      if (!p) continue;
      years.push(p.year);
      const o = p.id && district ? findObservation(state.table, p.id, district) : undefined;
      if (o) used.push(o);
    }
  }
  const point = (p: { value: number; year: number; qualifier?: string } | null, unit: string) =>
    p ? `${valueText(p.value, unit, p.qualifier)}（${p.year}）` : '—';
  const progressText = (p: number | null) => (p === null ? '缺数据' : pct(p));

  const counts = (['met', 'on_track', 'behind', 'no_data'] as const)
    .map((s) => ({ s, n: mine.filter((r) => r.result.status === s).length }))
    .filter((c) => c.n > 0)
    .map((c) => `${STATUS_LABELS[c.s]} ${c.n} 项`);
  const empty =
    district === null
      ? '暂无区县'
      : mine.length === 0
        ? set
          ? `「${set.name}」中没有可对照的指标`
          : `${district}暂无目标`
        : null;

  return {
    title,
    unit: '%',
    sourceLine: sourceLine(
      used.length > 0 && district ? [`${district} ${yearSpan(years)}`] : [],
      used,
      set ? `目标：${set.name}` : '',
    ),
    ariaLabel:
      empty === null
        ? `条形图：${title}。共 ${mine.length} 项目标，${counts.join('，')}。`
        : `条形图：${title}。${empty}。`,
    table: {
      headers: ['指标', '基线', '最新', '目标', '进度', '状态'],
      rows: mine.map((r, i) => [
        labels[i] ?? r.indicator,
        point(r.baseline, r.unit),
        point(r.latest, r.unit),
        point(r.target, r.unit),
        progressText(r.result.progress),
        STATUS_LABELS[r.result.status],
      ]),
    },
    legend: statusLegend(mine.map((r) => r.result.status)),
    empty,
    district,
    labels,
    progress,
    drawn: progress.map((p, i) => {
      if (p === null) return 0;
      const shown = mine[i]?.result.status === 'met' ? Math.max(p, 100) : p;
      return Math.min(PROGRESS_MAX, Math.max(PROGRESS_MIN, shown));
    }),
    statuses: mine.map((r) => r.result.status),
    colors: mine.map((r) => STATUS_COLORS[r.result.status]),
    tooltips: mine.map(
      (r) =>
        `进度 ${progressText(r.result.progress)}（${STATUS_LABELS[r.result.status]}）：` +
        `${point(r.latest, r.unit)} → 目标 ${point(r.target, r.unit)}`,
    ),
  };
}
