import { describe, expect, it } from 'vitest';
import { goalSetFromDistrict } from '../model/goalSets';
import { tableFrom } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import { editObservations } from './actions';
import {
  compareFor,
  selectActiveGoalSet,
  selectChartInput,
  selectCompare,
  selectGoalRows,
  selectScorecard,
  selectSlideChartInput,
  selectYears,
} from './selectors';
import { initialState, say, setUi, type AppState } from './state';
import { shownText } from './messages';

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
const obs = (
  id: string,
  district: string,
  indicator: string,
  year: number,
  value: number,
  kind: Observation['kind'] = 'actual',
): Observation => ({
  id,
  district,
  indicator,
  unit: '%',
  year,
  kind,
  value,
  qualifier: '',
  scope: '',
  source: 'r.txt',
  quote: '',
  note: '',
});
const table = tableFrom([
  obs('a1', '江津区', '素养', 2020, 25),
  obs('a2', '江津区', '素养', 2023, 32.22),
  obs('a3', '江津区', '素养', 2025, 35, 'target'),
  obs('a4', '江津区', '就诊率', 2023, 97),
  obs('b1', '荣昌区', '素养', 2022, 28.96),
  obs('b2', '荣昌区', '素养', 2025, 30, 'target'),
]);
const set = goalSetFromDistrict(table, '荣昌区', 2025, 'gs1');

const base = (): AppState => ({
  ...initialState(catalog, ['江津区', '荣昌区'], 't-'),
  table,
  goalSets: [set],
  storage: 'memory',
});

describe('derived data selectors', () => {
  it('give the identical object back for the same inputs, even from a new state object', () => {
    const s = setUi(base(), { goalSource: 'gs1' });
    const copy: AppState = { ...s, ui: { ...s.ui } };
    expect(selectCompare(copy)).toBe(selectCompare(s));
    expect(selectGoalRows(copy)).toBe(selectGoalRows(s));
    expect(selectScorecard(copy)).toBe(selectScorecard(s));
    expect(selectYears(copy.table)).toBe(selectYears(s.table));
    expect(selectChartInput(copy)).toBe(selectChartInput(s));
    expect(selectActiveGoalSet(copy)).toBe(set);
    expect(selectYears(s.table)).toEqual([2025, 2023, 2022, 2020]);
  });

  it('keep several compare variants: the grid’s filtered table and the charts’ full one', () => {
    const s = setUi(base(), { category: '医疗服务' });
    const filtered = selectCompare(s);
    const all = compareFor(s, { ...s.ui, category: '' });
    expect(filtered.rows.map((r) => r.indicator)).toEqual(['就诊率']);
    expect(all.rows.map((r) => r.indicator)).toEqual(['素养', '就诊率']);
    expect(selectCompare(s)).toBe(filtered);
    expect(compareFor(s, { ...s.ui, category: '' })).toBe(all);
  });

  it('keep the compare table through unrelated changes: a message, other ui fields (the language is not in the state)', () => {
    const s = base();
    const view = selectCompare(s);
    const goals = selectGoalRows(s);
    const chart = selectChartInput(s);
    const told = say(s, 'info', shownText('saved'));
    expect(selectCompare(told)).toBe(view);
    expect(selectGoalRows(told)).toBe(goals);
    expect(selectChartInput(told)).toBe(chart);
    const moved = setUi(told, { obsId: 'a2', chartsHidden: true, view: 'data' });
    expect(selectCompare(moved)).toBe(view);
    expect(selectGoalRows(moved)).toBe(goals);
    // A chart's own pick changes its input, not the tables behind it.
    const picked = selectChartInput(setUi(s, { district: '荣昌区' }));
    expect(picked).not.toBe(chart);
    expect(picked.goals).toBe(chart.goals);
    expect(picked.selection?.view).toBe(view);
  });

  it('recompute after a value edit, and only the edited district’s cells', () => {
    const s = base();
    const view = selectCompare(s);
    const goals = selectGoalRows(s);
    const years = selectYears(s.table);
    const edited = editObservations(s, [{ id: 'a2', field: 'value', raw: '40' }]);
    const next = selectCompare(edited);
    expect(next).not.toBe(view);
    const row = next.rows.find((r) => r.indicator === '素养');
    expect(row?.cells[0]?.value).toBe(40);
    // 荣昌区's chunk is unchanged: its cell object is reused.
    const before = view.rows.find((r) => r.indicator === '素养');
    expect(row?.cells[1]).toBe(before?.cells[1]);
    expect(selectGoalRows(edited)).not.toBe(goals);
    expect(selectGoalRows(edited).rows[0]?.latest?.value).toBe(40);
    // The same years: the same array, so the toolbar is not rebuilt.
    expect(selectYears(edited.table)).toBe(years);
  });

  it('give a slide its own pick without faking the app state', () => {
    const s = setUi(base(), { indicator: '就诊率', district: '江津区', chartAll: true });
    const slide = {
      id: 'slide-1',
      kind: 'across' as const,
      title: '',
      indicator: '素养',
      scope: '',
      district: '荣昌区',
      year: 'latest' as const,
      dataKind: 'actual' as const,
      goalSource: 'gs1',
    };
    const input = selectSlideChartInput(s, slide);
    expect(input.selection?.indicator).toBe('素养');
    expect(input.pick).toMatchObject({ district: '荣昌区', chartAll: false, goalSource: 'gs1' });
    expect(input.goals.set).toBe(set);
    expect(selectSlideChartInput(setUi(s, { indicator: null }), slide)).toBe(input);
  });
});
