import { describe, expect, it } from 'vitest';
import { testCatalog } from '../model/testRows';
import { findObservation, tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import {
  addBlankObservation,
  addFromCell,
  bothSaid,
  editObservations,
  removeObservations,
} from './actions';
import {
  addGoalTarget,
  copyGoalSet,
  createGoalSet,
  deleteGoalSet,
  editGoalTarget,
  renameGoalSet,
} from './goalSetActions';
import { initialState, redo, setUi, undo, type AppState } from './state';

const catalog: Catalog = testCatalog({
  indicator: '签约',
  nameEn: 'Signed',
  unit: '万人',
  direction: 'higher',
  min: 0,
  max: null,
  category: '基层卫生',
});
const o = (id: string, indicator: string, value: number): Observation => ({
  id,
  district: '江津区',
  indicator,
  unit: catalog.get(indicator)?.unit ?? '',
  year: 2023,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source: 'x.txt',
  quote: 'q',
  note: '',
});
const base = (): AppState => ({
  ...initialState(catalog, ['江津区', '荣昌区'], 't-'),
  table: tableFrom([o('a', '素养', 32.22), o('b', '签约', 69)]),
  storage: 'memory',
});
const val = (s: AppState, id: string) => findObservation(s.table, id)?.value;

describe('addBlankObservation (新增行)', () => {
  const added = (s: AppState) => s.past.at(-1)?.rows[0]?.after;

  it('copies the selected row’s place and year, selects the new row, in one undo step', () => {
    const s0 = setUi(
      {
        ...base(),
        table: tableFrom([
          o('a', '素养', 32.22),
          { ...o('c', '签约', 3), district: '荣昌区', year: 2021, scope: '医院', kind: 'target' },
        ]),
      },
      { obsId: 'c' },
    );
    const s = addBlankObservation(s0, {});
    expect(added(s)).toMatchObject({
      district: '荣昌区',
      indicator: '签约',
      unit: '万人',
      kind: 'target',
      scope: '医院',
      year: 2021,
      value: null,
    });
    expect(s.ui.obsId).toBe(added(s)?.id);
    expect(s.past).toHaveLength(1);
    const back = undo(s);
    expect(back.table.size).toBe(s0.table.size);
    expect(back.past).toHaveLength(0);
  });

  it('without a selection takes the latest actual year in the data, never the clock, and an indicator', () => {
    const s0 = {
      ...base(),
      table: tableFrom([
        { ...o('a', '素养', 32.22), year: 2022 },
        { ...o('t', '素养', 40), year: 2030, kind: 'target' as const },
      ]),
    };
    const row = added(addBlankObservation(s0, {}));
    expect(row?.year).toBe(2022);
    expect(row?.kind).toBe('actual');
    expect(row?.indicator).not.toBe('');
    expect(row?.unit).toBe(catalog.get(row?.indicator ?? '')?.unit);
  });
});

describe('editObservations', () => {
  it('normalises pasted numbers into the indicator unit', () => {
    let s = editObservations(base(), [{ id: 'a', field: 'value', raw: '３３．５%' }]);
    expect(val(s, 'a')).toBe(33.5);
    s = editObservations(s, [{ id: 'b', field: 'value', raw: '700,000' }]);
    expect(val(s, 'b')).toBe(700000);
    s = editObservations(s, [{ id: 'b', field: 'value', raw: '70万' }]);
    expect(val(s, 'b')).toBe(70);
  });

  it('refuses a non-number with a message and keeps the old value', () => {
    const s = editObservations(base(), [{ id: 'a', field: 'value', raw: '很多' }]);
    expect(val(s, 'a')).toBe(32.22);
    expect(s.message?.kind).toBe('error');
    expect(s.message?.msg).toMatchObject({
      code: 'fieldProblems',
      problems: [{ code: 'keptOld', reason: { code: 'notANumber', text: '很多', field: 'value' } }],
    });
    expect(s.past).toHaveLength(0);
  });

  it('accepts but flags an out-of-range value', () => {
    const s = editObservations(base(), [{ id: 'a', field: 'value', raw: '120' }]);
    expect(val(s, 'a')).toBe(120);
    expect(s.message?.kind).toBe('warning');
  });

  it('keeps ≥ from "95%以上" and clears it for a plain number', () => {
    let s = editObservations(base(), [{ id: 'a', field: 'value', raw: '95%以上' }]);
    expect(findObservation(s.table, 'a')?.qualifier).toBe('≥');
    s = editObservations(s, [{ id: 'a', field: 'value', raw: '96' }]);
    expect(findObservation(s.table, 'a')?.qualifier).toBe('');
  });

  it('undoes and redoes a multi-cell paste as one step', () => {
    const s1 = editObservations(
      base(),
      [
        { id: 'a', field: 'value', raw: '40' },
        { id: 'b', field: 'value', raw: '80' },
      ],
      { code: 'paste' },
    );
    const s2 = undo(s1);
    expect([val(s2, 'a'), val(s2, 'b')]).toEqual([32.22, 69]);
    const s3 = redo(s2);
    expect([val(s3, 'a'), val(s3, 'b')]).toEqual([40, 80]);
  });

  it('a paste over filled and empty cells says every problem and warning in one message', () => {
    const s0 = base();
    // Filled cells: '—' refused, 500% out of range; empty cells: 'abc' refused, 150 out of range.
    const s1 = editObservations(s0, [
      { id: 'a', field: 'value', raw: '—' },
      { id: 'b', field: 'value', raw: '-5' },
    ]);
    const cell = (raw: string, indicator: string) => ({
      district: '荣昌区',
      indicator,
      scope: '',
      kind: 'actual' as const,
      year: 2022,
      raw,
    });
    const s2 = bothSaid(s0, s1, addFromCell(s1, [cell('abc', '签约'), cell('150', '素养')]));
    const m = s2.message?.msg;
    expect(s2.message?.kind).toBe('error');
    if (m?.code !== 'fieldProblems') throw new Error(`said ${m?.code}`);
    expect(m.problems.map((p) => ('reason' in p ? p.reason.code : p.code))).toEqual([
      'notANumber',
      'notANumber',
    ]);
    expect(m.warnings?.map((w) => (w.code === 'rangeNote' ? w.value : w.code))).toEqual([-5, 150]);
  });

  it('creates an observation for a value typed in an empty cell, and removes rows undoably', () => {
    const s1 = addFromCell(base(), [
      {
        district: '荣昌区',
        indicator: '素养',
        scope: '',
        kind: 'actual',
        year: 2022,
        raw: '28.96%',
      },
    ]);
    const added = s1.table.chunks.get('荣昌区')?.[0];
    // Entered by hand: no source, and no note in any language.
    expect(added).toMatchObject({ value: 28.96, year: 2022, source: '', note: '' });
    const s2 = removeObservations(s1, [added?.id ?? '']);
    expect(s2.table.chunks.has('荣昌区')).toBe(false);
    expect(undo(s2).table.chunks.get('荣昌区')).toHaveLength(1);
  });
});

describe('goal sets', () => {
  it('create, edit, copy, rename, delete — each undoable', () => {
    let s = createGoalSet(base(), '目标A');
    const id = s.goalSets[0]?.id ?? '';
    expect(s.ui.goalSource).toBe(id);
    s = editGoalTarget(s, id, '素养', 'value', '≥30%');
    expect(s.goalSets[0]?.targets[0]).toMatchObject({
      indicator: '素养',
      value: 30,
      qualifier: '≥',
    });
    s = editGoalTarget(s, id, '素养', 'year', '2027年');
    expect(s.goalSets[0]?.targets[0]?.year).toBe(2027);
    expect(editGoalTarget(s, id, '素养', 'value', 'x').goalSets).toBe(s.goalSets);
    s = copyGoalSet(s, id);
    expect(s.goalSets.map((g) => g.name)).toEqual(['目标A', '目标A（副本）']);
    expect(renameGoalSet(s, s.goalSets[1]?.id ?? '', '目标A').message?.kind).toBe('error');
    s = renameGoalSet(s, s.goalSets[1]?.id ?? '', '目标B');
    s = deleteGoalSet(s, id);
    expect(s.goalSets.map((g) => g.name)).toEqual(['目标B']);
    expect(undo(s).goalSets.map((g) => g.name)).toEqual(['目标A', '目标B']);
  });

  it('添加目标 adds value and year in one undo step, or nothing when either is bad', () => {
    const s0 = createGoalSet(base(), '目标A');
    const id = s0.goalSets[0]?.id ?? '';
    const s = addGoalTarget(s0, id, '素养', '≥30%', '2027');
    expect(s.goalSets[0]?.targets).toEqual([
      { indicator: '素养', value: 30, qualifier: '≥', year: 2027 },
    ]);
    expect(s.past).toHaveLength(s0.past.length + 1);
    expect(s.ui.indicator).toBe('素养');
    expect(undo(s).goalSets[0]?.targets).toEqual([]);
    const bad = addGoalTarget(s0, id, '素养', '≥30%', '明年');
    expect(bad.goalSets).toBe(s0.goalSets);
    expect(bad.message?.kind).toBe('error');
    expect(addGoalTarget(s0, id, '素养', '很多', '2027').goalSets).toBe(s0.goalSets);
  });
});
