// The formula dialog's checks as typed: the same refusals saving would give, before 保存.
import { describe, expect, it } from 'vitest';
import type { FormulaNode } from '../model/formula';
import type { FormulaEntry } from '../model/formulaCheck';
import { formulaEntry, num, op, plainEntry, ref, testCatalog } from '../model/testRows';
import { draftProblem, removalRefusal, removeFormula } from './formulaActions';
import { initialState, type AppState } from './state';

const formula = (indicator: string, ast: FormulaNode, unit = '张/人'): FormulaEntry =>
  formulaEntry(indicator, unit, ast, { earlierDenominator: true });
const RATE = formula('床位比', op('/', ref('床位数'), ref('常住人口')));
const TWICE = formula('两倍床位比', op('*', ref('床位比'), num(2)));
const state = (): AppState => ({
  ...initialState(
    testCatalog(plainEntry('床位数', '张'), plainEntry('常住人口', '人'), RATE, TWICE),
    ['江津区'],
    't-',
  ),
  storage: 'memory',
});

describe('draftProblem', () => {
  const catalog = state().catalog;
  it('refuses a name that reads as a number, holds an operator or is too long', () => {
    const named = (n: string) => ({ ...RATE, indicator: n });
    expect(draftProblem(catalog, null, named('1000'))).toMatchObject({ code: 'formulaNameNumber' });
    expect(draftProblem(catalog, null, named('床位÷人'))).toMatchObject({
      code: 'formulaNameSign',
    });
    expect(draftProblem(catalog, null, named('床'.repeat(61)))).toMatchObject({
      code: 'formulaNameLong',
    });
    expect(draftProblem(catalog, null, named(' '))).toEqual({ code: 'formulaNameEmpty' });
    expect(draftProblem(catalog, null, named('执业（助理）床位比'))).toBeNull();
  });

  it('refuses a blank unit', () => {
    const e = { ...RATE, indicator: '新床位比', unit: ' ' };
    expect(draftProblem(catalog, null, e)).toEqual({ code: 'formulaUnitBlank' });
  });

  it('refuses, as typed, renaming a formula another formula reads', () => {
    const renamed = { ...RATE, indicator: '床位比（新）' };
    expect(draftProblem(catalog, '床位比', renamed)).toEqual({
      code: 'formulaInUse',
      name: '床位比',
      readers: ['两倍床位比'],
    });
    expect(draftProblem(catalog, '床位比', RATE)).toBeNull();
  });

  it('refuses a taken name and a formula with a problem', () => {
    expect(draftProblem(catalog, null, RATE)).toEqual({ code: 'formulaNameTaken', name: '床位比' });
    const zero = formula('零', op('/', ref('床位数'), num(0)));
    expect(draftProblem(catalog, null, zero)).toEqual({ code: 'formulaDivideByZero' });
  });
});

describe('removalRefusal', () => {
  it('says why a formula another formula reads cannot be removed, before any confirm', () => {
    const s = state();
    const refusal = removalRefusal(s, '床位比', new Set());
    expect(refusal).toEqual({ code: 'formulaInUse', name: '床位比', readers: ['两倍床位比'] });
    expect(removeFormula(s, '床位比', new Set()).message?.msg).toEqual(refusal);
    expect(removalRefusal(s, '两倍床位比', new Set())).toBeNull();
    expect(removalRefusal(s, '两倍床位比', new Set(['两倍床位比']))).toEqual({
      code: 'formulaBuiltIn',
      name: '两倍床位比',
    });
  });
});
