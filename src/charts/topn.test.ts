import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
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
const state = (ui: Partial<AppState['ui']>): AppState => ({
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
