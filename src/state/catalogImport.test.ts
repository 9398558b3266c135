import { describe, expect, it } from 'vitest';
import type { FormulaNode } from '../model/formula';
import { formulaEntry, num, op, plainEntry, ref } from '../model/testRows';
import type { Catalog, CatalogEntry } from '../model/types';
import { applyCatalogImport, planCatalogImport } from './catalogImport';
import { initialState, undo, type AppState } from './state';

const f = (indicator: string, ast: FormulaNode): CatalogEntry => formulaEntry(indicator, '', ast);
const div = (a: FormulaNode, b: FormulaNode): FormulaNode => op('/', a, b);
const cat = (...es: CatalogEntry[]): Catalog => new Map(es.map((e) => [e.indicator, e]));
const BEDS = plainEntry('床位数', '张');
const POP = plainEntry('常住人口', '万人');
const BUILT = f('内置', div(ref('床位数'), ref('常住人口')));
const OWN = f('我的', div(ref('床位数'), ref('常住人口')));
const builtIn = new Set(['床位数', '常住人口', '内置']);
const state = (): AppState => ({
  ...initialState(cat(BEDS, POP, BUILT, OWN), ['江津区'], 't'),
  storage: 'memory',
});

describe('catalog CSV import', () => {
  it('adds new entries, replaces the planner’s own formula only when confirmed, never a built-in', () => {
    const s = state();
    const file = cat(
      BEDS,
      { ...BUILT, formula: { ...BUILT.formula!, ast: div(ref('床位数'), num(2)) } },
      { ...OWN, formula: { ...OWN.formula!, ast: div(ref('床位数'), num(3)) } },
      { ...POP, unit: '人' },
      plainEntry('新', '个'),
    );
    const plan = planCatalogImport(s.catalog, file, builtIn);
    expect(plan.add.map((e) => e.indicator)).toEqual(['新']);
    expect(plan.replace.map((e) => e.indicator)).toEqual(['我的']);
    expect(plan.same).toEqual(['床位数']);
    expect(plan.kept).toEqual(['内置', '常住人口']);
    const kept = applyCatalogImport(s, plan, false, 'c.csv');
    expect(kept.catalog.get('我的')).toBe(OWN);
    expect(kept.catalog.has('新')).toBe(true);
    const replaced = applyCatalogImport(s, plan, true, 'c.csv');
    expect(replaced.catalog.get('我的')?.formula?.ast).toEqual(div(ref('床位数'), num(3)));
    expect(replaced.catalog.get('内置')).toBe(BUILT);
    expect([...replaced.catalog.keys()].indexOf('我的')).toBe(3);
    expect(replaced.past.at(-1)?.label).toEqual({ code: 'importCatalog', file: 'c.csv' });
    expect(undo(replaced).catalog.get('我的')).toBe(OWN);
    expect(undo(replaced).catalog.has('新')).toBe(false);
  });

  it('refuses (nothing changed) when a kept definition breaks an imported formula', () => {
    const s = state();
    // The file's 常住人口 is in 张, so its formula fits there; here 常住人口 stays 万人.
    const file = cat(
      { ...POP, unit: '张' },
      f('和', { k: 'op', op: '+', a: ref('床位数'), b: ref('常住人口') }),
    );
    const r = applyCatalogImport(s, planCatalogImport(s.catalog, file, builtIn), true, 'c.csv');
    expect(r.catalog).toBe(s.catalog);
    expect(r.message?.msg).toMatchObject({
      code: 'formulaRefused',
      problem: { code: 'formulaUnitMismatch' },
    });
  });
});
