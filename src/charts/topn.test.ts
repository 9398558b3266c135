import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import { CHONGQING_DISTRICTS } from '../model/synthetic';
import type { Catalog, Observation } from '../model/types';
import { acrossConfig, acrossHeight } from './configs';
import { selectChartInput } from '../state/selectors';
import { DEFAULT_UI, initialState, type AppState } from '../state/state';
import { indicatorAcrossDistricts, TOP_N } from './specs';

const catalog: Catalog = new Map([
  [
    '素养',
    {
      indicator: '素养',
      nameEn: '',
      unit: '%',
      direction: 'higher',
      min: 0,
      max: 100,
      category: 'x',
    },
  ],
]);
const districts = Array.from({ length: 20 }, (_, i) => `区${i + 1}`);
const rows: Observation[] = districts.map((d, i) => ({
  id: `o${i}`,
  district: d,
  indicator: '素养',
  unit: '%',
  year: 2024,
  kind: 'actual',
  value: i,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
}));
const state = (ui: Partial<AppState['ui']>) =>
  selectChartInput({
    ...initialState(catalog, districts, 't'),
    table: tableFrom(rows),
    storage: 'memory',
    ui: { ...DEFAULT_UI, indicator: '素养', ...ui },
  });

describe('many districts in the bar chart', () => {
  it('shows the top N sorted, keeps the selected district, and says how many are hidden', () => {
    const spec = indicatorAcrossDistricts(state({ district: '区1' }));
    expect(spec.labels).toHaveLength(TOP_N);
    expect(spec.values.slice(0, 3)).toEqual([19, 18, 17]);
    expect(spec.labels).toContain('区1');
    expect(spec.hidden).toBe(20 - TOP_N);
  });

  it('shows every district, still sorted, after 显示全部', () => {
    const spec = indicatorAcrossDistricts(state({ chartAll: true }));
    expect(spec.labels).toHaveLength(20);
    expect(spec.hidden).toBe(0);
    expect(spec.values[19]).toBe(0);
  });
});

describe('every bar keeps a readable label', () => {
  const long = [...CHONGQING_DISTRICTS];
  const cityRows: Observation[] = long.map((d, i) => ({
    ...rows[0]!,
    id: `c${i}`,
    district: d,
    value: i,
  }));
  const city = (ui: Partial<AppState['ui']>, shown: readonly string[] = long) =>
    selectChartInput({
      ...initialState(catalog, shown, 't'),
      table: tableFrom(cityRows),
      storage: 'memory',
      ui: { ...DEFAULT_UI, indicator: '素养', ...ui },
    });

  it('draws all 38 districts as horizontal bars, one label per bar, full names in tooltips', () => {
    const spec = indicatorAcrossDistricts(city({ chartAll: true }));
    const { data, options } = acrossConfig(spec);
    expect(data.labels).toHaveLength(38);
    expect(options.indexAxis).toBe('y');
    const y = options.scales?.y as { ticks?: { autoSkip?: boolean } };
    expect(y.ticks?.autoSkip).toBe(false);
    // Tall enough for a ≥ 11 px label per bar.
    expect(acrossHeight(spec.labels.length)).toBeGreaterThanOrEqual(38 * 16);
    expect(data.labels).toContain('彭水苗族土家族自治县');
    const title = options.plugins?.tooltip?.callbacks?.title as unknown as (
      items: { dataIndex: number }[],
    ) => string;
    const i = spec.labels.indexOf('彭水苗族土家族自治县');
    expect(title([{ dataIndex: i }])).toBe('彭水苗族土家族自治县');
  });

  it('turns the top 12 on its side too, and keeps a few districts upright without skipping', () => {
    const top = acrossConfig(indicatorAcrossDistricts(city({})));
    expect(top.data.labels).toHaveLength(12);
    expect(top.options.indexAxis).toBe('y');
    const few = indicatorAcrossDistricts(city({}, long.slice(0, 5)));
    const { options } = acrossConfig(few);
    expect(options.indexAxis ?? 'x').toBe('x');
    const x = options.scales?.x as { ticks?: { autoSkip?: boolean; maxRotation?: number } };
    expect(x.ticks?.autoSkip).toBe(false);
    expect(x.ticks?.maxRotation).toBe(90);
    expect(acrossHeight(few.labels.length)).toBe(240);
  });
});
