// The 排名 distribution chart: one Chart.js scatter created once and updated (spreadSpec.ts
// holds what it shows). Loaded only with the 排名 view.
import {
  Chart,
  Legend,
  LinearScale,
  PointElement,
  ScatterController,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import annotationPlugin from 'chartjs-plugin-annotation';
import { districtName, t, unitName } from '../i18n';
import { createBlock } from './block';
import './charts.css';
import { FONT, whiteBackground } from './configs';
import { num } from './specHelpers';
import type { SpreadSpec } from './spreadSpec';
import '../i18n/features/peersView';

// The goal-line plugin too: registered later (by the main charts) it would reach this chart's
// next update without its set-up and throw.
Chart.register(ScatterController, PointElement, LinearScale, Tooltip, Legend, annotationPlugin);

const DOT = 'rgba(21, 101, 192, 0.55)';
const SELECTED = '#c62828';
const MEDIAN = '#212121';

type Config = ChartConfiguration<'scatter', { x: number; y: number }[]>;

function config(spec: SpreadSpec): Config {
  const names = spec.groups;
  const who = (i: number, d: number) =>
    i === 0 ? spec.points[d]?.district : i === 1 ? spec.selected[d]?.district : undefined;
  return {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: t.peersView.chart.districts,
          data: spec.points,
          backgroundColor: DOT,
          pointRadius: 5,
        },
        {
          label: t.peersView.chart.selected,
          data: spec.selected,
          backgroundColor: SELECTED,
          borderColor: MEDIAN,
          borderWidth: 2,
          pointRadius: 9,
          pointStyle: 'rectRot',
        },
        {
          label: t.peersView.chart.median,
          data: spec.medians,
          pointStyle: 'line',
          pointRotation: 90,
          pointRadius: 16,
          borderColor: MEDIAN,
          borderWidth: 3,
          backgroundColor: MEDIAN,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      responsive: true,
      font: { family: FONT },
      scales: {
        y: {
          type: 'linear',
          reverse: true,
          min: -0.5,
          max: Math.max(0.5, names.length - 0.5),
          afterBuildTicks: (axis) => {
            axis.ticks = names.map((_, i) => ({ value: i }));
          },
          ticks: { callback: (v) => names[Number(v)] ?? '', autoSkip: false, font: { size: 11 } },
          grid: { color: '#eeeeee' },
        },
        x: {
          type: 'linear',
          grid: { color: '#e0e0e0' },
          title: { display: !!spec.unit, text: unitName(spec.unit) },
        },
      },
      plugins: {
        legend: { position: 'bottom', labels: { usePointStyle: true } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const d = who(item.datasetIndex, item.dataIndex);
              const x = num((item.raw as { x: number }).x);
              return d ? `${districtName(d)}：${x}` : `${t.peersView.chart.median}：${x}`;
            },
          },
        },
      },
    },
    plugins: [whiteBackground],
  };
}

export interface SpreadChart {
  root: HTMLElement;
  update(spec: SpreadSpec): void;
  /** What is drawn, for tests: each dataset's points. */
  data(): { label: string; points: { x: number; y: number }[] }[];
}

export function createSpreadChart(): SpreadChart {
  const block = createBlock('spread', 260);
  block.root.classList.add('spread-chart');
  let chart: Chart<'scatter', { x: number; y: number }[]> | null = null;
  let shown: SpreadSpec | null = null;
  return {
    root: block.root,
    update(spec) {
      if (spec === shown) return;
      shown = spec;
      block.render(spec);
      block.wrap.style.height = `${Math.max(200, 70 * spec.groups.length + 90)}px`;
      const c = config(spec);
      if (!chart) chart = new Chart(block.canvas, c);
      else {
        chart.data = c.data;
        chart.options = c.options ?? {};
        chart.update('none');
      }
    },
    data: () =>
      (chart?.data.datasets ?? []).map((d) => ({ label: d.label ?? '', points: [...d.data] })),
  };
}
