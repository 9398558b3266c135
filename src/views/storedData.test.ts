// What the actions store is the same whatever the interface language: notes, goal-set names
// the app makes, history labels and the categories of imported or uncategorised indicators.
import { afterEach, describe, expect, it } from 'vitest';
import { testCatalog } from '../model/testRows';
import { historyRecordOf } from '../db/changes';
import { catalogFromRecords } from '../model/catalog';
import { buildCompare } from '../model/compare';
import { goalSetFromDistrict } from '../model/goalSets';
import type { ImportPlan } from '../model/importPlan';
import { tableFrom, tableRows } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { addBlankObservation, addFromCell, editObservations } from '../state/actions';
import { copyGoalSet, createGoalSet, editGoalTarget } from '../state/goalSetActions';
import { applyImport } from '../state/importActions';
import { addSourcedRows } from '../state/sourcedRows';
import { initialState, redo, undo, type AppState } from '../state/state';
import { loadLang, setLang, type Lang } from '../i18n';

const catalog: Catalog = testCatalog();
const row = (id: string, kind: Observation['kind'], value: number): Observation => ({
  id,
  district: '荣昌区',
  indicator: '素养',
  unit: '%',
  year: 2025,
  kind,
  value,
  qualifier: '',
  scope: '',
  source: 'r.txt',
  quote: 'q',
  note: '',
});

const plan = (obs: Omit<Observation, 'id'>): ImportPlan => ({
  layout: 'long',
  headerLang: 'zh',
  header: [],
  rows: [{ line: 2, obs }],
  skipped: [],
  warnings: [],
  unknownDistricts: [],
  unknownIndicators: [{ name: obs.indicator, unit: obs.unit, count: 1 }],
  dataRows: 1,
});

/** The same planner actions, and everything they would store. */
function run(lang: Lang) {
  setLang(lang);
  const table = tableFrom([row('a', 'actual', 30), row('b', 'target', 35)]);
  let s: AppState = {
    ...initialState(catalog, ['荣昌区', '江津区'], 't-'),
    table,
    goalSets: [goalSetFromDistrict(table, '荣昌区', 2025, 'g-seed')],
    storage: 'memory',
  };
  const log: unknown[] = [];
  const step = (next: AppState) => {
    if (next.lastChange && next.lastChange !== s.lastChange)
      log.push({ ...historyRecordOf(next.lastChange), t: 0 });
    s = next;
  };
  step(editObservations(s, [{ id: 'a', field: 'value', raw: '31' }]));
  step(
    addFromCell(s, [
      { district: '江津区', indicator: '素养', scope: '', kind: 'actual', year: 2025, raw: '20' },
    ]),
  );
  step(addBlankObservation(s, {}));
  step(createGoalSet(s, 'G1'));
  step(copyGoalSet(s, s.goalSets[1]?.id ?? ''));
  step(editGoalTarget(s, s.goalSets[2]?.id ?? '', '素养', 'value', '40'));
  step(copyGoalSet(s, 'g-seed'));
  const obs = { ...row('', 'actual', 5), indicator: '新指标', source: '' };
  const { id: _id, ...fields } = obs;
  step(
    applyImport(s, plan(fields), {
      mode: 'merge',
      addDistricts: new Set(),
      addIndicators: new Set(['新指标']),
    }).state,
  );
  step(addSourcedRows(s, [{ ...fields, indicator: '另一指标', source: 'new.txt' }], 'new.txt'));
  step(undo(s));
  step(redo(s));
  const records = catalogFromRecords([{ indicator: 'x', direction: 'neutral', category: '' }]);
  const compare = buildCompare(s.table, new Map(), {
    year: 'latest',
    kind: 'actual',
    category: '',
    districts: s.districts,
  });
  return {
    rows: tableRows(s.table),
    goalSets: s.goalSets,
    catalog: [...s.catalog.values()],
    log,
    categories: [records.ok && records.value.get('x')?.category, compare.rows[0]?.category],
  };
}

describe('stored data', () => {
  afterEach(() => setLang('zh'));

  it('is the same in Chinese and in English', async () => {
    await loadLang('en');
    const zh = run('zh');
    const en = run('en');
    expect(en).toEqual(zh);
  });
});
