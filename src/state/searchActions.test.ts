import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import { selectFound } from './searchActions';
import { initialState, setUi, type AppState } from './state';

const entry = (indicator: string, category: string): CatalogEntry => ({
  indicator,
  nameEn: indicator,
  unit: '%',
  direction: 'higher',
  min: 0,
  max: 100,
  category,
});
const catalog: Catalog = new Map([
  ['素养', entry('素养', '健康水平')],
  ['就诊率', entry('就诊率', '医疗服务')],
]);
const obs = (id: string, district: string, indicator: string, scope = ''): Observation => ({
  id,
  district,
  indicator,
  unit: '%',
  year: 2023,
  kind: 'actual',
  value: 30,
  qualifier: '',
  scope,
  source: '',
  quote: '',
  note: '',
});
const base = (): AppState => ({
  ...initialState(catalog, ['江津区', '荣昌区'], 't-'),
  table: tableFrom([
    obs('a1', '江津区', '素养'),
    obs('a2', '江津区', '就诊率'),
    obs('b1', '荣昌区', '就诊率'),
    obs('b2', '荣昌区', '就诊率', '人民医院'),
  ]),
  storage: 'memory',
});

describe('choosing a search result', () => {
  it('selects an indicator with its cell in the selected district, clearing a filter that hides it', () => {
    const s = setUi(base(), { category: '健康水平', district: '荣昌区' });
    const next = selectFound(s, { kind: 'indicator', id: '就诊率' });
    expect(next.ui).toMatchObject({ indicator: '就诊率', scope: '', category: '', obsId: 'b1' });
    // A filter that shows it stays.
    const kept = selectFound(s, { kind: 'indicator', id: '素养' });
    expect(kept.ui).toMatchObject({ indicator: '素养', category: '健康水平', obsId: null });
  });

  it('keeps the scope already chosen for that indicator', () => {
    const s = setUi(base(), { indicator: '就诊率', scope: '人民医院', district: '荣昌区' });
    const next = selectFound(s, { kind: 'indicator', id: '就诊率' });
    expect(next.ui).toMatchObject({ scope: '人民医院', obsId: 'b2' });
  });

  it('selects a district on the current row, and a goal set as the goal source', () => {
    const s = setUi(base(), { indicator: '素养', district: '荣昌区' });
    expect(selectFound(s, { kind: 'district', id: '江津区' }).ui).toMatchObject({
      indicator: '素养',
      district: '江津区',
      obsId: 'a1',
    });
    expect(selectFound(s, { kind: 'goalSet', id: 'gs1' }).ui.goalSource).toBe('gs1');
  });
});
