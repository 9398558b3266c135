// One Chart.js chart for slides and PNG export: same specs as the side panel, fonts scaled up
// for a projector. Created once per slide view and updated in place.
import { Chart, type Plugin } from 'chart.js';
import { formatNumber } from '../i18n';
import type { ChartInput } from '../state/selectors';
import {
  acrossConfig,
  FONT,
  progressConfig,
  whiteBackground,
  yearsConfig,
  type Built,
  type Kinds,
  type Values,
} from './configs';
import type { SpecBase } from './specHelpers';
import { districtProgress, indicatorAcrossDistricts, indicatorOverYears } from './specs';
import './index';

export type SlideChartKind = 'across' | 'progress' | 'years';

export function slideSpec(
  kind: SlideChartKind,
  input: ChartInput,
): { spec: SpecBase; built: Built; rows: number } {
  if (kind === 'across') {
    const spec = indicatorAcrossDistricts(input);
    return { spec, built: acrossConfig(spec), rows: spec.labels.length };
  }
  if (kind === 'progress') {
    const spec = districtProgress(input);
    return { spec, built: progressConfig(spec), rows: spec.labels.length };
  }
  const spec = indicatorOverYears(input);
  return { spec, built: yearsConfig(spec), rows: 0 };
}

/** Multiplies every font size in an options tree (Chart.js defaults included). */
function scaleFonts(node: unknown, factor: number, inFont = false): void {
  if (!node || typeof node !== 'object') return;
  const obj = node as Record<string, unknown>;
  if (inFont && typeof obj.size === 'number') obj.size = Math.round(obj.size * factor);
  for (const [k, v] of Object.entries(obj))
    if (v && typeof v === 'object' && k !== 'data') scaleFonts(v, factor, k === 'font');
}

function withLargeText(options: Built['options'], factor: number): Built['options'] {
  const o = structuredCloneSafe(options);
  const base = Math.round(12 * factor);
  const axis = { ticks: { font: { size: base } } };
  o.scales = {
    ...(o.scales ?? {}),
    x: {
      ...(o.scales?.x ?? {}),
      ...axis,
      ticks: { ...(o.scales?.x?.ticks ?? {}), font: { size: base } },
    },
    y: {
      ...(o.scales?.y ?? {}),
      ...axis,
      ticks: { ...(o.scales?.y?.ticks ?? {}), font: { size: base } },
    },
  };
  scaleFonts(o.plugins, factor);
  return o;
}

/** Options hold callbacks, so a plain deep copy that keeps functions. */
function structuredCloneSafe<T>(v: T): T {
  if (Array.isArray(v)) return v.map(structuredCloneSafe) as T;
  if (v && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, structuredCloneSafe(x)])) as T;
  }
  return v;
}

/** Values printed above the bars: a room reads numbers more easily than a y-axis. */
function valueLabels(fontPx: number): Plugin<Kinds> {
  return {
    id: 'slideValueLabels',
    afterDatasetsDraw(chart) {
      const meta = chart.getDatasetMeta(0);
      if (meta.type !== 'bar' || chart.options.indexAxis === 'y') return;
      const data = chart.data.datasets[0]?.data ?? [];
      const { ctx } = chart;
      ctx.save();
      ctx.font = `bold ${fontPx}px ${FONT}`;
      ctx.fillStyle = '#111';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      meta.data.forEach((bar, i) => {
        const v = data[i];
        if (typeof v === 'number') ctx.fillText(formatNumber(v, 2), bar.x, bar.y - 4);
      });
      ctx.restore();
    },
  };
}

export interface SlideChart {
  show(kind: SlideChartKind, input: ChartInput, fontScale: number): SpecBase;
  canvas: HTMLCanvasElement;
  data(): { labels: string[]; datasets: { label: string; data: (number | null)[] }[] };
  destroy(): void;
}

export function createSlideChart(
  canvas: HTMLCanvasElement,
  opts: { responsive: boolean },
): SlideChart {
  let chart: Chart<Kinds, Values, string> | null = null;
  let kind: SlideChartKind | null = null;
  return {
    canvas,
    show(k, input, fontScale) {
      const { spec, built } = slideSpec(k, input);
      const options = withLargeText(built.options, fontScale);
      options.responsive = opts.responsive;
      options.maintainAspectRatio = false;
      options.animation = false;
      if (!chart || kind !== k) {
        // A different chart type needs a new instance; same type is updated in place.
        chart?.destroy();
        chart = new Chart<Kinds, Values, string>(canvas, {
          type: k === 'years' ? 'line' : 'bar',
          data: built.data,
          options,
          plugins: [whiteBackground, valueLabels(Math.round(13 * fontScale))],
        });
        kind = k;
      } else {
        chart.data.labels = built.data.labels;
        chart.data.datasets = built.data.datasets;
        chart.options = options;
        chart.update('none');
      }
      return spec;
    },
    data() {
      return {
        labels: (chart?.data.labels ?? []).map(String),
        datasets: (chart?.data.datasets ?? []).map((d) => ({
          label: d.label ?? '',
          data: d.data.map((v) => (typeof v === 'number' ? v : null)),
        })),
      };
    },
    destroy() {
      chart?.destroy();
      chart = null;
    },
  };
}
