import { describe, expect, it } from 'vitest';
import { formulaCycle, formulaUnit, resultUnit, type FormulaNode } from './index';

const num = (v: number): FormulaNode => ({ k: 'num', v });
const ref = (name: string): FormulaNode => ({ k: 'ref', name });
const op = (o: '+' | '-' | '*' | '/', a: FormulaNode, b: FormulaNode): FormulaNode => ({
  k: 'op',
  op: o,
  a,
  b,
});
const UNITS = new Map([
  ['执业(助理)医师数', '人'],
  ['常住人口', '万人'],
  ['户籍人口', '人'],
  ['床位数', '张'],
  ['总诊疗人次', '万人次'],
  ['基层诊疗人次', '人次'],
  ['签约率', '%'],
  ['覆盖率', '%'],
  ['投入', '亿元'],
]);
const unitOf = (n: string) => UNITS.get(n);
const unit = (f: FormulaNode) => formulaUnit(f, unitOf);

describe('formulaUnit', () => {
  it('cancels people over people (万人 and 人 alike): a per-1,000 rate is a pure number', () => {
    const f = op('*', op('/', ref('执业(助理)医师数'), ref('常住人口')), num(1000));
    expect(unit(f)).toEqual({ ok: true, value: { unit: '' } });
  });

  it('adds 万人 to 人, and 万人次 to 人次, in the plain unit', () => {
    expect(unit(op('+', ref('常住人口'), ref('户籍人口')))).toEqual({
      ok: true,
      value: { unit: '人' },
    });
    expect(unit(op('-', ref('总诊疗人次'), ref('基层诊疗人次')))).toEqual({
      ok: true,
      value: { unit: '人次' },
    });
  });

  it('refuses adding 人 to 张, naming both units', () => {
    expect(unit(op('+', ref('户籍人口'), ref('床位数')))).toEqual({
      ok: false,
      reason: { code: 'formulaUnitMismatch', op: '+', left: '人', right: '张' },
    });
    const perHead = op('/', ref('投入'), ref('户籍人口'));
    expect(unit(op('-', perHead, ref('投入')))).toMatchObject({
      reason: { left: '元/人', right: '元' },
    });
  });

  it('keeps % as a unit of its own: % − % is in %, % + a count is refused', () => {
    expect(unit(op('-', ref('签约率'), ref('覆盖率')))).toEqual({ ok: true, value: { unit: '%' } });
    expect(unit(op('+', ref('签约率'), ref('户籍人口')))).toMatchObject({ ok: false });
    expect(unit(op('/', ref('签约率'), ref('覆盖率')))).toEqual({ ok: true, value: { unit: '' } });
  });

  it('lets a bare number take the unit it is added to, and combines × and ÷', () => {
    expect(unit(op('-', ref('床位数'), num(100)))).toEqual({ ok: true, value: { unit: '张' } });
    expect(unit(op('/', ref('床位数'), ref('户籍人口')))).toEqual({
      ok: true,
      value: { unit: '张/人' },
    });
    expect(unit(op('/', num(1), ref('户籍人口')))).toEqual({ ok: true, value: { unit: '1/人' } });
  });

  it('refuses an unknown name', () => {
    expect(unit(ref('火星人口'))).toEqual({
      ok: false,
      reason: { code: 'formulaUnknownName', name: '火星人口' },
    });
  });
});

describe('formulaCycle', () => {
  it('finds none among formulas that read plain indicators and each other in one direction', () => {
    const m = new Map<string, FormulaNode>([
      ['每千人口床位数', op('/', ref('床位数'), ref('常住人口'))],
      ['双倍', op('*', ref('每千人口床位数'), num(2))],
    ]);
    expect(formulaCycle(m)).toBeNull();
  });

  it('names the circle, a formula reading itself included', () => {
    const m = new Map<string, FormulaNode>([
      ['A', op('+', ref('x'), ref('B'))],
      ['B', op('*', ref('C'), num(2))],
      ['C', ref('A')],
    ]);
    expect(formulaCycle(m)).toEqual({ code: 'formulaCycle', names: ['A', 'B', 'C', 'A'] });
    expect(formulaCycle(new Map([['S', ref('S')]]))).toEqual({
      code: 'formulaCycle',
      names: ['S', 'S'],
    });
  });
});

describe('resultUnit: a top division times 100…100000 is said with its factor', () => {
  const said = (f: FormulaNode) => resultUnit(f, unitOf);
  it('says beds per thousand people and suggests the numerator’s unit', () => {
    const f = op('*', op('/', ref('床位数'), ref('常住人口')), num(1000));
    expect(said(f)).toEqual({ ok: true, value: { unit: '张/千人', suggest: '张' } });
    const g = op('*', num(1000), op('/', ref('床位数'), ref('常住人口')));
    expect(said(g)).toEqual({ ok: true, value: { unit: '张/千人', suggest: '张' } });
  });

  it('says people per 10,000 people, and % for like units times 100', () => {
    const f = op('*', op('/', ref('执业(助理)医师数'), ref('常住人口')), num(10000));
    expect(said(f)).toEqual({ ok: true, value: { unit: '人/万人', suggest: '人' } });
    const share = op('*', op('/', ref('基层诊疗人次'), ref('总诊疗人次')), num(100));
    expect(said(share)).toEqual({ ok: true, value: { unit: '%', suggest: '%' } });
    const k = op('*', op('/', ref('床位数'), ref('户籍人口')), num(100000));
    expect(said(k)).toEqual({ ok: true, value: { unit: '张/十万人', suggest: '张' } });
  });

  it('says any other formula’s unit as formulaUnit does, and passes its refusal on', () => {
    const f = op('/', ref('床位数'), ref('常住人口'));
    expect(said(f)).toEqual({ ok: true, value: { unit: '张/人', suggest: '张/人' } });
    const g = op('*', op('/', ref('床位数'), ref('常住人口')), num(7));
    expect(said(g)).toEqual({ ok: true, value: { unit: '张/人', suggest: '张/人' } });
    expect(said(op('+', ref('床位数'), ref('常住人口'))).ok).toBe(false);
  });
});
