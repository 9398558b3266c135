// The charts panel: three Chart.js charts created once and updated from pure specs.
// The only module (with configs.ts) that touches chart.js and its annotation plugin.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Colors,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import type { ChartInput } from '../state/selectors';
import { createBlock, type Block } from './block';
import './charts.css';
import {
  acrossConfig,
  acrossHeight,
  FONT,
  progressConfig,
  whiteBackground,
  yearsConfig,
  type Built,
  type Kinds,
  type Values,
} from './configs';
import type { SpecBase } from './specHelpers';
import {
  districtProgress,
  indicatorAcrossDistricts,
  indicatorOverYears,
  TOP_N,
  type AcrossSpec,
} from './specs';
import { t } from '../i18n';

Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  Colors,
  Tooltip,
  Legend,
  Title,
  annotationPlugin,
);
Chart.defaults.font.family = FONT;

export type ChartId = 'across' | 'progress' | 'years';

/** What the live charts hold, for end-to-end tests. */
export interface ChartDataForTests {
  id: ChartId;
  labels: string[];
  datasets: { label: string; data: (number | null)[] }[];
  annotations: { label: string; value: number }[];
  /** The legend entries as drawn. */
  legend: string[];
}

export interface ChartsHandle {
  /** Redraws the charts whose inputs changed (`only`: just these, the others stay as they are). */
  update(input: ChartInput, only?: readonly ChartId[]): void;
  data(): ChartDataForTests[];
  /** One chart's dataset values (for tests and the bench). */
  values(id: ChartId): (number | null)[][];
  destroy(): void;
}

interface Slot {
  id: ChartId;
  block: Block;
  chart: Chart<Kinds, Values, string>;
  build(input: ChartInput): { spec: SpecBase; built: Built; rows: number };
}

const HEIGHT = 240;
/** The bar charts grow with their bar count so every bar keeps its label; the panel scrolls. */
const progressHeight = (rows: number) => Math.max(HEIGHT, 70 + rows * 22);

const BUILDERS: Record<ChartId, Slot['build']> = {
  across: (s) => {
    const spec = indicatorAcrossDistricts(s);
    return { spec, built: acrossConfig(spec), rows: spec.labels.length };
  },
  progress: (s) => {
    const spec = districtProgress(s);
    return { spec, built: progressConfig(spec), rows: spec.labels.length };
  },
  years: (s) => {
    const spec = indicatorOverYears(s);
    return { spec, built: yearsConfig(spec), rows: 0 };
  },
};

// What each chart reads from its input, compared by identity.
const common = (c: ChartInput) => [c.table, c.catalog, c.districts];
const DEPS: Record<ChartId, (c: ChartInput) => unknown[]> = {
  across: (c) => [
    ...common(c),
    c.selection,
    c.goals,
    c.pick.year,
    c.pick.kind,
    c.pick.district,
    c.pick.chartAll,
  ],
  progress: (c) => [...common(c), c.goals, c.pick.district],
  years: (c) => [...common(c), c.selection?.indicator, c.selection?.scope, c.pick.district],
};

function annotationsOf(chart: Chart<Kinds, Values, string>) {
  const raw = chart.config.options?.plugins?.annotation?.annotations ?? {};
  const list = Array.isArray(raw) ? raw : Object.values(raw);
  return list.flatMap((a) => {
    if (!a) return [];
    const label =
      'label' in a && a.label && typeof a.label.content === 'string' ? a.label.content : '';
    const value = 'value' in a && typeof a.value === 'number' ? a.value : NaN;
    return [{ label, value }];
  });
}

function legendOf(chart: Chart<Kinds, Values, string>): string[] {
  const gen = chart.options.plugins?.legend?.labels?.generateLabels;
  return gen ? gen(chart as unknown as Chart).map((l) => l.text) : [];
}

/** «显示其余 N 个区县» under a top-N bar chart; the app turns the event into ui.chartAll. */
function showAllButton(block: Block, input: ChartInput, hidden: number) {
  let btn = block.root.querySelector<HTMLButtonElement>('.chart-show-all');
  const many = input.districts.length > TOP_N;
  if (!many) {
    btn?.remove();
    return;
  }
  if (!btn) {
    btn = document.createElement('button');
    btn.type = 'button';
    btn.className = 'chart-show-all';
    btn.addEventListener('click', () =>
      btn?.dispatchEvent(
        new CustomEvent('chart-show-all', { bubbles: true, detail: btn.dataset.all !== 'true' }),
      ),
    );
    block.wrap.after(btn);
  }
  btn.dataset.all = String(hidden === 0);
  btn.textContent = hidden > 0 ? t.chart.showRest(hidden) : t.chart.showTop(TOP_N);
}

export function mountCharts(container: HTMLElement): ChartsHandle {
  const root = document.createElement('div');
  root.className = 'charts';
  container.append(root);
  const slots: Slot[] = (['across', 'progress', 'years'] as const).map((id) => {
    const block = createBlock(id, HEIGHT);
    root.append(block.root);
    const chart = new Chart<Kinds, Values, string>(block.canvas, {
      type: id === 'years' ? 'line' : 'bar',
      data: { labels: [], datasets: [] },
      options: { responsive: true, maintainAspectRatio: false, animation: false },
      plugins: [whiteBackground],
    });
    return { id, block, chart, build: BUILDERS[id] };
  });

  // Each chart redraws only when its own inputs change (by identity).
  const lastDeps = new Map<ChartId, unknown[]>();
  const signatures = new Map<ChartId, string>();
  return {
    update(input, only) {
      for (const slot of slots) {
        if (only && !only.includes(slot.id)) continue;
        const deps = DEPS[slot.id](input);
        const prev = lastDeps.get(slot.id);
        if (prev && deps.every((d, i) => d === prev[i])) continue;
        lastDeps.set(slot.id, deps);
        const { spec, built, rows } = slot.build(input);
        slot.block.render(spec);
        if (slot.id === 'progress') slot.block.wrap.style.height = `${progressHeight(rows)}px`;
        if (slot.id === 'across') slot.block.wrap.style.height = `${acrossHeight(rows)}px`;
        if (slot.id === 'across') showAllButton(slot.block, input, (spec as AcrossSpec).hidden);
        // Same numbers, labels and colours as drawn: skip Chart.js layout and paint entirely.
        const sig = JSON.stringify([built.data, spec.title, spec.legend]);
        if (sig === signatures.get(slot.id)) continue;
        signatures.set(slot.id, sig);
        slot.chart.data.labels = built.data.labels;
        slot.chart.data.datasets = built.data.datasets;
        slot.chart.options = built.options;
        slot.chart.update('none');
      }
    },
    values: (id) =>
      slots
        .find((s) => s.id === id)
        ?.chart.data.datasets.map((d) => d.data.map((v) => (typeof v === 'number' ? v : null))) ??
      [],
    data: () =>
      slots.map(({ id, chart }) => ({
        id,
        labels: (chart.data.labels ?? []).map(String),
        datasets: chart.data.datasets.map((d) => ({
          label: d.label ?? '',
          data: d.data.map((v) => (typeof v === 'number' ? v : null)),
        })),
        annotations: annotationsOf(chart),
        legend: legendOf(chart),
      })),
    destroy() {
      for (const slot of slots) slot.chart.destroy();
      root.remove();
      lastDeps.clear();
    },
  };
}
