// Numbers in a formula stay numbers: a known name that reads as a number never takes one over,
// and a number a double cannot hold as written (1e-400, 2^53 + 1) is refused, as 1e999 is.
import { describe, expect, it } from 'vitest';
import { formulaText, type FormulaNode } from '../model/formula';
import { formulaEntry, num, op, perThousandOf, plainEntry, ref } from '../model/testRows';
import type { CatalogEntry } from '../model/types';
import { catalogFromCsvRecords, catalogRecord } from './catalogCsv';
import { parseFormula } from './formula';

const KNOWN = ['床位数', '常住人口', '1000', '2023', '１０', '1e3'];
const PER_K = perThousandOf('床位数', '常住人口');

describe('a known name that reads as a number', () => {
  it('never takes over a number in a formula', () => {
    expect(parseFormula('床位数 ÷ 常住人口 × 1000', KNOWN)).toEqual({ ok: true, value: PER_K });
    const r = parseFormula('床位数 × 2023 + 10 − 1e3', KNOWN);
    expect(r.ok && JSON.stringify(r.value)).not.toContain('"ref","name":"2023"');
    expect(r.ok && JSON.stringify(r.value).match(/"ref"/g)?.length).toBe(1);
  });

  it('is read as a name only in 【】, and is printed so', () => {
    const r = parseFormula('【2023】 ÷ 常住人口', KNOWN);
    expect(r.ok && r.value.k === 'op' && r.value.a).toEqual({ k: 'ref', name: '2023' });
    const ast = op('*', ref('2023'), num(2023));
    const text = formulaText(ast);
    expect(parseFormula(text, KNOWN)).toEqual({ ok: true, value: ast });
  });

  it('survives a catalog CSV export and import', () => {
    const entry = (indicator: string, ast: FormulaNode): CatalogEntry => ({
      ...formulaEntry(indicator, '张', ast, { earlierDenominator: true }),
      min: null,
      category: '资源与投入',
    });
    const plain = (indicator: string, unit: string) => plainEntry(indicator, unit, { min: null });
    const catalog = [
      plain('床位数', '张'),
      plain('常住人口', '人'),
      // Imports may add an ordinary indicator named 1000; formula entries follow the name rules.
      plain('1000', '张'),
      entry('每千人口床位数', PER_K),
      entry('床位加一千', op('+', ref('1000'), num(1000))),
    ];
    const back = catalogFromCsvRecords(catalog.map(catalogRecord));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    for (const e of catalog)
      expect(back.value.get(e.indicator)?.formula?.ast).toEqual(e.formula?.ast);
  });
});

describe('a number a double cannot hold as written', () => {
  it.each(['1e-400 × 床位数', '床位数 × 9007199254740993', '床位数 ÷ 0.1000000000000000000001'])(
    '%s is refused at its position',
    (text) => {
      const r = parseFormula(text, KNOWN);
      expect(r.ok).toBe(false);
      expect(!r.ok && 'at' in r.reason && r.reason.at).toBe(text.search(/[\d.]/));
    },
  );

  it('keeps numbers a double holds: 9007199254740992, 0.1, 1., 1e-300', () => {
    for (const text of [
      '床位数 × 9007199254740992',
      '床位数 × 0.1',
      '床位数 × 1.',
      '床位数 × 1e-300',
    ])
      expect(parseFormula(text, KNOWN).ok).toBe(true);
  });
});
