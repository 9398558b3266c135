import { describe, expect, it } from 'vitest';
import { formulaProblem } from './formulaCheck';
import { formulaNameProblem, MAX_NAME_LENGTH, readsAsNumber } from './formulaName';
import { num, op, plainEntry, ref } from './testRows';
import type { Catalog } from './types';

const catalog: Catalog = new Map([
  ['床位数', plainEntry('床位数', '张', { min: null })],
  ['常住人口', plainEntry('常住人口', '万人', { min: null })],
]);

describe('formulas that can never give a value', () => {
  it('refuses a formula that names no indicator', () => {
    for (const ast of [num(1), op('*', num(1e308), num(10)), { k: 'neg', x: num(1) } as const])
      expect(formulaProblem(ast, catalog)).toEqual({ code: 'formulaNoIndicator' });
  });

  it('refuses a division by a 0 written as numbers, however it is written', () => {
    const zero = { code: 'formulaDivideByZero' };
    expect(formulaProblem(op('/', ref('床位数'), num(0)), catalog)).toEqual(zero);
    expect(formulaProblem(op('/', ref('床位数'), op('-', num(1), num(1))), catalog)).toEqual(zero);
    const deep = op('+', ref('床位数'), op('/', num(3), op('*', num(0), num(5))));
    expect(formulaProblem(deep, catalog)).toEqual(zero);
  });

  it('keeps divisions that can give a value', () => {
    expect(formulaProblem(op('/', ref('床位数'), ref('常住人口')), catalog)).toBeNull();
    expect(
      formulaProblem(op('/', ref('床位数'), op('-', ref('常住人口'), num(0))), catalog),
    ).toBeNull();
    expect(formulaProblem(op('/', op('*', num(0), ref('床位数')), num(2)), catalog)).toBeNull();
  });
});

describe('a formula indicator’s name', () => {
  it('may not read as a number', () => {
    for (const n of ['1000', '2023', '１０００', '1e3', '.5', '-3'])
      expect([n, readsAsNumber(n), formulaNameProblem(n)?.code]).toEqual([
        n,
        true,
        'formulaNameNumber',
      ]);
    for (const n of ['2023年人口', '3岁以下儿童数']) expect(formulaNameProblem(n)).toBeNull();
  });

  it('may not hold an operator or a name quote; parentheses are fine', () => {
    for (const [n, found] of [
      ['床位+护士', '+'],
      ['床位＋护士', '＋'],
      ['床位×2', '×'],
      ['床位÷人', '÷'],
      ['a*b', '*'],
      ['a/b', '/'],
      ['a／b', '／'],
      ['a=b', '='],
      ['【a】', '【'],
      ['「a」', '「'],
    ])
      expect(formulaNameProblem(n as string)).toEqual({ code: 'formulaNameSign', name: n, found });
    expect(formulaNameProblem('执业（助理）医师数')).toBeNull();
    expect(formulaNameProblem('执业(助理)医师数')).toBeNull();
  });

  it('may not be longer than the limit', () => {
    expect(formulaNameProblem('床'.repeat(MAX_NAME_LENGTH))).toBeNull();
    expect(formulaNameProblem('床'.repeat(MAX_NAME_LENGTH + 1))).toEqual({
      code: 'formulaNameLong',
      max: MAX_NAME_LENGTH,
    });
  });
});
