import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import { landFound, selectFound } from './searchActions';
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

describe('landing a choice in the current tab', () => {
  const inView = (view: AppState['ui']['view'], ui: Partial<AppState['ui']> = {}) =>
    setUi(base(), { view, ...ui });

  it('数据: the first row of the indicator (and district), else of the one chosen, with a note', () => {
    const s = inView('data');
    expect(landFound(s, { kind: 'indicator', id: '就诊率' })).toMatchObject({
      state: { ui: { indicator: '就诊率', district: '江津区', obsId: 'a2' } },
      note: null,
    });
    const rc = setUi(s, { indicator: '就诊率', scope: '' });
    expect(landFound(rc, { kind: 'district', id: '荣昌区' }).state.ui.obsId).toBe('b1');
    // 荣昌区 has no 素养: its own first row, and a note.
    const lit = setUi(s, { indicator: '素养', district: '江津区', obsId: 'a1' });
    expect(landFound(lit, { kind: 'district', id: '荣昌区' })).toMatchObject({
      state: { ui: { district: '荣昌区', indicator: '就诊率', obsId: 'b1' } },
      note: { code: 'notTogether', district: '荣昌区', indicator: '素养', landed: 'district' },
    });
    const inRc = setUi(s, { indicator: '就诊率', district: '荣昌区', obsId: 'b1' });
    expect(landFound(inRc, { kind: 'indicator', id: '素养' })).toMatchObject({
      state: { ui: { district: '江津区', obsId: 'a1' } },
      note: { code: 'notTogether', landed: 'indicator' },
    });
  });

  it('a district without data is said and the selection left alone, except on the 地图', () => {
    for (const view of ['data', 'compare', 'goals', 'ranks', 'scorecard'] as const) {
      const s = inView(view, { indicator: '素养', district: '江津区' });
      const l = landFound(s, { kind: 'district', id: '长寿区' });
      expect(l.note).toEqual({ code: 'noData', district: '长寿区' });
      expect(l.state).toBe(s);
    }
    const map = landFound(inView('map'), { kind: 'district', id: '长寿区' });
    expect(map).toMatchObject({ state: { ui: { district: '长寿区', obsId: null } }, note: null });
  });

  it('an indicator with no rows in the tab is said, the selection left alone', () => {
    const s = setUi(inView('compare'), { indicator: '素养' });
    const none = setUi({ ...s, catalog: new Map([...catalog, ['空', entry('空', '')]]) }, {});
    expect(landFound(none, { kind: 'indicator', id: '空' })).toEqual({
      state: none,
      note: { code: 'noRows', indicator: '空' },
    });
    expect(
      landFound(setUi(none, { view: 'goals' }), { kind: 'indicator', id: '素养' }).note,
    ).toEqual({
      code: 'noRows',
      indicator: '素养',
    });
  });

  it('记分卡: an indicator outside the goal set and a district outside the card are said', () => {
    const set = {
      id: 'gs1',
      name: '荣昌区 2025 目标',
      targets: [{ indicator: '就诊率', value: 50, year: 2025, qualifier: '' as const }],
    };
    const s = { ...inView('scorecard', { goalSource: 'gs1' }), goalSets: [set] } as AppState;
    expect(landFound(s, { kind: 'indicator', id: '素养' }).note).toEqual({
      code: 'notInSet',
      indicator: '素养',
      set: '荣昌区 2025 目标',
    });
    expect(landFound(s, { kind: 'indicator', id: '就诊率' })).toMatchObject({
      state: { ui: { indicator: '就诊率' } },
      note: null,
    });
    expect(landFound(s, { kind: 'district', id: '荣昌区' }).state.ui.district).toBe('荣昌区');
  });
});
