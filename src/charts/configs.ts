// Spec → Chart.js data and options. Rebuilt on every update, so callbacks close over the
// current spec; the Chart instances themselves are created once in index.ts.
import type { ChartData, ChartDataset, ChartOptions, LegendItem, Plugin } from 'chart.js';
import type { AnnotationOptions } from 'chartjs-plugin-annotation';
import { getLang, t } from '../i18n';
import type { AcrossSpec, ProgressSpec, SpecBase, YearsSpec } from './specs';
import { PROGRESS_MAX, PROGRESS_MIN } from './specs';

export type Kinds = 'bar' | 'line';
export type Values = (number | null)[];
export interface Built {
  data: ChartData<Kinds, Values, string>;
  options: ChartOptions<Kinds>;
}

// English text takes a Latin font first: a CJK font draws ’ and other Latin punctuation
// full-width («district’ s»). The language is fixed before the charts load.
const CJK_FONT = "'Microsoft YaHei','PingFang SC','WenQuanYi Micro Hei',sans-serif";
export const FONT =
  getLang() === 'en' ? `'Segoe UI',Arial,'Liberation Sans','DejaVu Sans',${CJK_FONT}` : CJK_FONT;
const INK = '#212121';
const GRID = '#e0e0e0';
const GOAL_LINE = '#4a148c';

/** Fills the transparent canvas so a later PNG export is not black-on-transparent. */
export const whiteBackground: Plugin = {
  id: 'whiteBackground',
  beforeDraw(chart) {
    const { ctx, width, height } = chart;
    ctx.save();
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height);
    ctx.restore();
  },
};

const short = (s: string, max = 9) => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

function legendItems(
  spec: SpecBase,
  extra: LegendItem[] = [],
  shape: 'rect' | 'line' = 'rect',
): LegendItem[] {
  const items = spec.legend.map((l): LegendItem => ({
    text: l.text,
    pointStyle: l.dashed ? 'line' : shape,
    fillStyle: l.color,
    strokeStyle: l.color,
    lineWidth: l.dashed || shape === 'line' ? 2 : 0,
    fontColor: INK,
    hidden: false,
  }));
  return [...items, ...extra];
}

/** Shared frame: sized by the wrapper, no animation (updates use 'none' anyway). */
function base(spec: SpecBase, legend: LegendItem[]): ChartOptions<Kinds> {
  return {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    font: { family: FONT },
    color: INK,
    layout: { padding: { top: 4, right: 8 } },
    plugins: {
      // The heading sits in the DOM; the canvas title is kept (hidden) for PNG export.
      title: { display: false, text: spec.title },
      legend: {
        display: legend.length > 0,
        position: 'bottom',
        // Custom items explain colours, not datasets, so clicking must not hide datasets.
        onClick: () => undefined,
        labels: {
          usePointStyle: true,
          boxWidth: 10,
          boxHeight: 10,
          font: { size: 11 },
          generateLabels: () => legend,
        },
      },
      tooltip: { enabled: spec.empty === null },
      annotation: { annotations: {} },
    },
  };
}

function goalAnnotation(
  value: number,
  label: string,
  scaleID: 'x' | 'y',
  showLabel = true,
): AnnotationOptions {
  return {
    type: 'line',
    scaleID,
    value,
    borderColor: GOAL_LINE,
    borderWidth: 2,
    borderDash: [6, 4],
    label: {
      display: showLabel,
      content: label,
      position: scaleID === 'y' ? 'end' : 'start',
      backgroundColor: 'rgba(255,255,255,0.9)',
      color: GOAL_LINE,
      font: { size: 11, family: FONT },
      padding: 2,
    },
  };
}

/**
 * Past this many bars the chart turns on its side, so every district name fits on one line
 * (12 upright bars in a ~420 px panel leave room only for rotated, squeezed names).
 */
export const UPRIGHT_MAX = 8;
const BAR_ROW_PX = 20;

/** Height of the bar chart's box: the usual 240 px, or one 20 px row per district on its side. */
export const acrossHeight = (bars: number): number =>
  bars > UPRIGHT_MAX ? 70 + bars * BAR_ROW_PX : 240;

export function acrossConfig(spec: AcrossSpec): Built {
  const sideways = spec.labels.length > UPRIGHT_MAX;
  const bars: ChartDataset<'bar', Values> = {
    type: 'bar',
    label: spec.valueLabel,
    data: spec.values,
    backgroundColor: spec.colors,
    borderColor: INK,
    borderWidth: spec.borderWidths,
    order: 2,
  };
  const markers: ChartDataset<'line', Values> = {
    type: 'line',
    label: t.chart.ownTarget,
    data: spec.targets,
    showLine: false,
    pointStyle: 'line',
    // On its side the bar runs left to right, so the target tick stands upright.
    pointRotation: sideways ? 90 : 0,
    pointRadius: sideways ? 8 : 14,
    pointHoverRadius: sideways ? 10 : 16,
    pointBorderWidth: 3,
    borderColor: INK,
    backgroundColor: INK,
    order: 1,
  };
  const markerLegend: LegendItem[] = spec.targets.some((v) => v !== null)
    ? [
        {
          text: t.chart.ownTarget,
          pointStyle: 'line',
          strokeStyle: INK,
          lineWidth: 3,
          fontColor: INK,
        },
      ]
    : [];
  const options = base(spec, spec.empty ? [] : legendItems(spec, markerLegend));
  // Every district keeps its label: none skipped, upright ones may turn to vertical text.
  const names = { autoSkip: false, font: { size: 11 } };
  const values = { beginAtZero: true, grid: { color: GRID } };
  if (sideways) {
    options.indexAxis = 'y';
    options.scales = {
      x: { ...values, position: 'top' },
      y: { grid: { display: false }, ticks: names },
    };
  } else {
    options.scales = {
      x: { grid: { display: false }, ticks: { ...names, minRotation: 0, maxRotation: 90 } },
      y: values,
    };
  }
  if (options.plugins?.annotation && spec.goalLine) {
    options.plugins.annotation.annotations = {
      goal: goalAnnotation(spec.goalLine.value, spec.goalLine.label, sideways ? 'x' : 'y'),
    };
  }
  if (options.plugins?.tooltip) {
    options.plugins.tooltip.callbacks = {
      title: (items) => spec.labels[items[0]?.dataIndex ?? -1] ?? '',
      label: (c) =>
        c.datasetIndex === 0
          ? `${spec.valueTexts[c.dataIndex] ?? ''} · ${spec.statusLabels[c.dataIndex] ?? ''}`
          : t.chart.ownTargetTip(spec.targetTexts[c.dataIndex] ?? ''),
    };
  }
  return { data: { labels: spec.labels, datasets: [bars, markers] }, options };
}

export function progressConfig(spec: ProgressSpec): Built {
  const track: ChartDataset<'bar', Values> = {
    type: 'bar',
    label: t.chart.progress.track,
    data: spec.labels.map(() => 100),
    backgroundColor: '#eeeeee',
    barPercentage: 0.9,
    grouped: false,
    order: 2,
  };
  const bars: ChartDataset<'bar', Values> = {
    type: 'bar',
    label: t.chart.progress.bar,
    data: spec.drawn,
    backgroundColor: spec.colors,
    barPercentage: 0.5,
    // A sliver keeps the status colour visible for 0% bars.
    minBarLength: 3,
    grouped: false,
    order: 1,
  };
  const options = base(spec, spec.empty ? [] : legendItems(spec));
  options.indexAxis = 'y';
  const lo = Math.min(0, ...spec.drawn);
  const hi = Math.max(100, ...spec.drawn);
  options.scales = {
    x: {
      min: lo < 0 ? PROGRESS_MIN : 0,
      max: hi > 100 ? PROGRESS_MAX : 100,
      grid: { color: GRID },
      ticks: { callback: (v) => `${v}%`, font: { size: 11 } },
    },
    y: {
      grid: { display: false },
      ticks: {
        autoSkip: false,
        font: { size: 11 },
        callback: (_v, i) => short(spec.labels[i] ?? ''),
      },
    },
  };
  if (options.plugins?.annotation && !spec.empty) {
    // The 100% tick names the line; a label would sit on the first bar.
    options.plugins.annotation.annotations = { done: goalAnnotation(100, '100%', 'x', false) };
  }
  if (options.plugins?.tooltip) {
    options.plugins.tooltip.filter = (c) => c.datasetIndex === 1;
    options.plugins.tooltip.callbacks = {
      title: (items) => spec.labels[items[0]?.dataIndex ?? -1] ?? '',
      label: (c) => spec.tooltips[c.dataIndex] ?? '',
    };
  }
  return { data: { labels: spec.labels, datasets: [track, bars] }, options };
}

export function yearsConfig(spec: YearsSpec): Built {
  const datasets = spec.lines.map((l): ChartDataset<'line', Values> => ({
    type: 'line',
    label: l.label,
    data: l.data,
    borderColor: l.color,
    backgroundColor: l.color,
    borderWidth: l.width,
    borderDash: l.dotted ? [2, 3] : l.dashed ? [6, 4] : [],
    showLine: l.showLine,
    spanGaps: true,
    pointStyle: l.pointStyle,
    pointRadius: l.radius ?? (l.showLine ? 3 : 5),
    pointBackgroundColor: l.kind === 'target' && !l.filled ? '#ffffff' : l.color,
    // The marked target sits on top of the target path's own end point.
    order: l.filled ? -1 : 0,
    pointBorderWidth: 2,
  }));
  const options = base(spec, spec.empty ? [] : legendItems(spec, [], 'line'));
  options.scales = {
    x: { grid: { display: false }, ticks: { font: { size: 11 } } },
    y: { grid: { color: GRID } },
  };
  if (options.plugins?.tooltip) {
    options.plugins.tooltip.filter = (c) =>
      (spec.lines[c.datasetIndex]?.texts[c.dataIndex] ?? '') !== '';
    options.plugins.tooltip.callbacks = {
      label: (c) => spec.lines[c.datasetIndex]?.texts[c.dataIndex] ?? '',
    };
  }
  return { data: { labels: spec.labels, datasets }, options };
}
