import { describe, expect, it } from 'vitest';
import type { FormulaNode } from '../model/formula';
import type { FormulaEntry } from '../model/formulaCheck';
import { tableFrom, tableRows } from '../model/table';
import {
  formulaEntry,
  num,
  op,
  perThousandOf,
  plainEntry,
  ref,
  testCatalog,
  testObservation,
} from '../model/testRows';
import { addFormula, editFormula, readersOf, removalCost, removeFormula } from './formulaActions';
import { initialState, redo, undo, type AppState } from './state';

const formula = (indicator: string, ast: FormulaNode): FormulaEntry => ({
  ...formulaEntry(indicator, '张/千人', ast, { earlierDenominator: true, definition: '每千人' }),
  direction: 'higher',
});
const PER_K = formula('每千人口床位数', perThousandOf('床位数', '常住人口'));
const BUILT_IN = formula('内置比', op('/', ref('床位数'), ref('常住人口')));
const builtIn = new Set(['内置比', '床位数', '常住人口']);

const base = (): AppState => ({
  ...initialState(
    testCatalog(plainEntry('床位数', '张'), plainEntry('常住人口', '万人'), BUILT_IN),
    ['江津区'],
    't-',
  ),
  storage: 'memory',
});

describe('formula actions', () => {
  it('adds a formula indicator as one undoable step, labelled', () => {
    const s = addFormula(base(), PER_K);
    expect(s.catalog.get('每千人口床位数')?.formula?.ast).toEqual(PER_K.formula.ast);
    expect(s.past).toHaveLength(1);
    expect(s.past[0]?.label).toEqual({ code: 'addFormula', name: '每千人口床位数' });
    const back = undo(s);
    expect(back.catalog.has('每千人口床位数')).toBe(false);
    expect(redo(back).catalog.has('每千人口床位数')).toBe(true);
  });

  it('refuses a taken name, an empty name and a formula with a problem, changing nothing', () => {
    const s0 = base();
    const taken = addFormula(s0, { ...PER_K, indicator: '床位数' });
    expect(taken.catalog).toBe(s0.catalog);
    expect(taken.message?.msg).toEqual({ code: 'formulaNameTaken', name: '床位数' });
    expect(addFormula(s0, { ...PER_K, indicator: ' ' }).message?.msg.code).toBe('formulaNameEmpty');
    const unknown = addFormula(s0, formula('x', op('/', ref('无此指标'), num(2))));
    expect(unknown.catalog).toBe(s0.catalog);
    expect(unknown.message?.msg).toEqual({
      code: 'formulaRefused',
      problem: { code: 'formulaUnknownName', name: '无此指标' },
    });
    const misfit = addFormula(s0, formula('y', op('+', ref('床位数'), ref('常住人口'))));
    expect(misfit.message?.msg.code).toBe('formulaRefused');
    expect(misfit.past).toHaveLength(0);
  });

  it('edits in place; refuses built-ins and a circle', () => {
    const s1 = addFormula(base(), PER_K);
    const edited = editFormula(
      s1,
      '每千人口床位数',
      { ...PER_K, formula: { ...PER_K.formula, definition: '新口径' } },
      builtIn,
    );
    expect(edited.catalog.get('每千人口床位数')?.formula?.definition).toBe('新口径');
    expect([...edited.catalog.keys()]).toEqual([...s1.catalog.keys()]);
    expect(undo(edited).catalog.get('每千人口床位数')?.formula?.definition).toBe('每千人');
    const refused = editFormula(s1, '内置比', BUILT_IN, builtIn);
    expect(refused.message?.msg).toEqual({ code: 'formulaBuiltIn', name: '内置比' });
    const s2 = addFormula(s1, formula('倍', op('*', ref('每千人口床位数'), num(2))));
    const circle = editFormula(
      s2,
      '每千人口床位数',
      { ...PER_K, formula: { ...PER_K.formula, ast: op('/', ref('倍'), num(2)) } },
      builtIn,
    );
    expect(circle.catalog).toBe(s2.catalog);
    expect(circle.message?.msg.code).toBe('formulaRefused');
  });

  it('removes with its stored targets and goal-set targets; undo brings all back', () => {
    const target = testObservation({
      id: 'tg',
      district: '江津区',
      indicator: '每千人口床位数',
      kind: 'target',
      year: 2025,
      value: 7,
    });
    const s1 = addFormula(
      {
        ...base(),
        table: tableFrom([target]),
        goalSets: [
          {
            id: 'g',
            name: '目标',
            targets: [{ indicator: '每千人口床位数', value: 8, year: 2025, qualifier: '' }],
          },
        ],
      },
      PER_K,
    );
    expect(removalCost(s1, '每千人口床位数')).toEqual({ rows: 1, goalTargets: 1, slides: 0 });
    const gone = removeFormula(s1, '每千人口床位数', builtIn);
    expect(gone.catalog.has('每千人口床位数')).toBe(false);
    expect(tableRows(gone.table)).toHaveLength(0);
    expect(gone.goalSets[0]?.targets).toHaveLength(0);
    expect(gone.past.at(-1)?.label).toEqual({ code: 'removeFormula', name: '每千人口床位数' });
    const back = undo(gone);
    expect(back.catalog.get('每千人口床位数')).toEqual(s1.catalog.get('每千人口床位数'));
    expect(tableRows(back.table)).toEqual([target]);
    expect(back.goalSets).toEqual(s1.goalSets);
  });

  it('refuses removing a built-in or a formula another formula reads, saying which', () => {
    const s1 = addFormula(base(), PER_K);
    const s2 = addFormula(s1, formula('倍', op('*', ref('每千人口床位数'), num(2))));
    expect(readersOf(s2.catalog, '每千人口床位数')).toEqual(['倍']);
    const used = removeFormula(s2, '每千人口床位数', builtIn);
    expect(used.catalog).toBe(s2.catalog);
    expect(used.message?.msg).toEqual({
      code: 'formulaInUse',
      name: '每千人口床位数',
      readers: ['倍'],
    });
    const b = removeFormula(s2, '内置比', builtIn);
    expect(b.catalog).toBe(s2.catalog);
    expect(b.message?.msg.code).toBe('formulaBuiltIn');
  });

  it('a rename moves the stored targets along, in one step', () => {
    const target = testObservation({ id: 'tg', indicator: '每千人口床位数', kind: 'target' });
    const s1 = addFormula({ ...base(), table: tableFrom([target]) }, PER_K);
    const renamed = editFormula(s1, '每千人口床位数', { ...PER_K, indicator: '千人床位' }, builtIn);
    expect([...renamed.catalog.keys()].at(-1)).toBe('千人床位');
    expect(tableRows(renamed.table)[0]?.indicator).toBe('千人床位');
    expect(tableRows(undo(renamed).table)[0]?.indicator).toBe('每千人口床位数');
  });
});
