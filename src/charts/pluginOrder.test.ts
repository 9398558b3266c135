import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import '../i18n/zh';

/** A canvas for Chart.js outside a browser: every drawing call does nothing. */
function stubCanvas() {
  const ctx: Record<string | symbol, unknown> = new Proxy(
    {},
    {
      get: (target: Record<string | symbol, unknown>, k) =>
        k in target ? target[k] : k === 'measureText' ? () => ({ width: 0 }) : () => undefined,
      set: (target, k, v) => ((target[k] = v), true),
    },
  );
  const canvas = { width: 300, height: 150, style: {}, getContext: () => ctx };
  ctx.canvas = canvas;
  return canvas as unknown as HTMLCanvasElement;
}

describe('a chart made before the main charts load', () => {
  it('(排名 shown first, e.g. in a second tab) still updates once they have loaded', async () => {
    await import('./spreadChart');
    const chart = new Chart(stubCanvas(), {
      type: 'scatter',
      data: { datasets: [{ data: [{ x: 1, y: 2 }] }] },
      options: { animation: false },
    });
    // The main charts register the goal-line plugin for every chart made afterwards.
    await import('./index');
    expect(() => chart.update('none')).not.toThrow();
    chart.destroy();
  });
});
