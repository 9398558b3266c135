import { describe, expect, it } from 'vitest';
import type { FormulaNode } from '../model/formula';
import type { FormulaEntry } from '../model/formulaCheck';
import { formulaEntry, num, op, plainEntry, ref, testCatalog } from '../model/testRows';
import { addFormula, editFormula, removeFormula } from './formulaActions';
import { restoreState } from './historyActions';
import { initialState, undo, type AppState } from './state';

const formula = (indicator: string, ast: FormulaNode): FormulaEntry => ({
  ...formulaEntry(indicator, '张', ast),
  direction: 'higher',
});
const CA = (k: number) => formula('CA', op('*', ref('床位数'), num(k)));
const SNAPX = formula('SNAPX', op('*', ref('床位数'), num(3)));
const GONE = formula('GONE', op('*', ref('床位数'), num(5)));
const BUILT_IN = formula('内置', op('*', ref('床位数'), num(4)));
const builtIn = new Set(['内置', '床位数', '常住人口']);

const base = (): AppState => ({
  ...initialState(
    testCatalog(plainEntry('床位数', '张'), plainEntry('常住人口', '万人'), BUILT_IN),
    ['江津区'],
    't-',
  ),
  storage: 'memory',
});

describe('restoring a snapshot brings back its formula indicators', () => {
  it('reverts edits, removes ones added since, brings back removed ones; seed entries stay; one undo', () => {
    const saved = addFormula(addFormula(base(), CA(2)), GONE);
    const snapCatalog = [...saved.catalog.values()].map((e) =>
      e.indicator === '内置' ? { ...e, definition: '旧' } : e,
    );
    let s = editFormula(saved, 'CA', CA(7), builtIn);
    s = addFormula(s, SNAPX);
    s = removeFormula(s, 'GONE', builtIn);
    const restored = restoreState(
      s,
      [],
      [],
      snapCatalog,
      { code: 'restoreSnapshot', name: 'A' },
      {
        builtIn,
      },
    );
    expect(restored.catalog.get('CA')?.formula?.ast).toEqual(CA(2).formula.ast);
    expect(restored.catalog.has('SNAPX')).toBe(false);
    expect(restored.catalog.get('GONE')?.formula?.ast).toEqual(GONE.formula.ast);
    expect(restored.catalog.get('内置')).toBe(s.catalog.get('内置'));
    expect(restored.message?.msg).toMatchObject({ code: 'restored', count: 0, formulas: 3 });
    const back = undo(restored);
    expect([...back.catalog.entries()]).toEqual([...s.catalog.entries()]);
    expect(back.past).toHaveLength(s.past.length);
  });

  it('a backup import (no formula option) keeps this app’s definitions', () => {
    const saved = addFormula(base(), CA(2));
    const s = editFormula(saved, 'CA', CA(7), builtIn);
    const r = restoreState(s, [], [], [...saved.catalog.values()], { code: 'reset' });
    expect(r.catalog.get('CA')?.formula?.ast).toEqual(CA(7).formula.ast);
  });
});
