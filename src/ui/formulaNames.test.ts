// Indicator names that hold operators, brackets or read as numbers: read only in 【】, written
// in 【】, and never taking over a formula; formula entries held to the dialog's rules however
// they arrive; deep flat sums; the problem words a planner sees.
import { describe, expect, it } from 'vitest';
import { formulaText } from '../model/formula';
import { restoreCatalogEntry } from '../model/restore';
import { formulaEntry, num, op, plainEntry, ref } from '../model/testRows';
import { nameToken } from './formulaForm';
import { problemText } from '../i18n/problems';
import { zh } from '../i18n/zh';
import { en } from '../i18n/en';
import { catalogFromCsvRecords, catalogRecord } from '../io/catalogCsv';
import { parseFormula } from '../io/formula';

const KNOWN = ['床位数', '常住人口', '常住人口 × 1000', '执业（助理）医师数'];

describe('names with operators or brackets', () => {
  it('reads the example as 床位数 ÷ 常住人口 × 1000 even when 常住人口 × 1000 is a name', () => {
    const r = parseFormula('床位数 ÷ 常住人口 × 1000', KNOWN);
    expect(r).toEqual({
      ok: true,
      value: op('*', op('/', ref('床位数'), ref('常住人口')), num(1000)),
    });
    expect(parseFormula('床位数 ÷ 【常住人口 × 1000】', KNOWN)).toEqual({
      ok: true,
      value: op('/', ref('床位数'), ref('常住人口 × 1000')),
    });
  });

  it('never matches bare a name holding - = 「 or reading as a number; parentheses stay bare', () => {
    const known = ['A', 'B', 'A-B', 'a=b', '「x」', '2000', '执业(助理)医师数'];
    expect(parseFormula('A-B', known)).toEqual({ ok: true, value: op('-', ref('A'), ref('B')) });
    expect(parseFormula('【A-B】 + 【a=b】 + 【2000】 + 【「x」】', known).ok).toBe(true);
    expect(parseFormula('执业（助理）医师数 ÷ A', known)).toEqual({
      ok: true,
      value: op('/', ref('执业(助理)医师数'), ref('A')),
    });
  });

  it('prints such names in 【】, and the catalog CSV reads its own export back unchanged', () => {
    const ast = op('/', ref('床位数'), ref('常住人口 × 1000'));
    expect(formulaText(ast)).toBe('床位数 ÷ 【常住人口 × 1000】');
    expect(formulaText(ref('A-B'))).toBe('【A-B】');
    const entries = [
      plainEntry('床位数', '张'),
      plainEntry('常住人口', '人'),
      plainEntry('常住人口 × 1000', '人'),
      formulaEntry('床位比', '张/人', ast),
    ];
    const back = catalogFromCsvRecords(entries.map(catalogRecord));
    if (!back.ok) throw new Error(JSON.stringify(back.reason));
    expect(back.value.get('床位比')?.formula?.ast).toEqual(ast);
  });

  it('插入指标 writes A-B, (x) and names with 【「 in 【】, and each reads back as the name', () => {
    const known = ['A', 'B', 'x', 'A-B', '(x)', '【甲', '床位数'];
    for (const name of ['A-B', '(x)', '【甲']) {
      expect(nameToken(name, known)).toBe(`【${name}】`);
      const back = parseFormula(`床位数 + ${nameToken(name, known)}`, known);
      expect(back.ok && back.value.k === 'op' && back.value.b).toEqual(ref(name));
    }
    expect(parseFormula('(x) + 床位数', known)).toEqual({
      ok: true,
      value: op('+', ref('x'), ref('床位数')),
    });
  });

  it('says a name holding 】 cannot be referenced, rather than misreading it', () => {
    const known = ['甲', '乙', '甲】乙'];
    const r = parseFormula('【甲】乙】 + 1', known);
    expect(r).toMatchObject({
      ok: false,
      reason: { code: 'formulaNameUnquotable', name: '甲】乙' },
    });
    expect(parseFormula(nameToken('甲】乙', known), known)).toMatchObject({
      ok: false,
      reason: { code: 'formulaNameUnquotable' },
    });
  });
});

describe('formula entries follow the dialog rules however they arrive', () => {
  const raw = (indicator: string, unit = '张/人') =>
    formulaEntry(indicator, unit, op('/', ref('床位数'), ref('常住人口')));
  it('refuses a formula entry named as a number or with an operator, and a blank unit', () => {
    expect(restoreCatalogEntry(raw('2000'), 'catalog[3]')).toMatchObject({
      ok: false,
      reason: { code: 'formulaNameNumber', path: 'catalog[3].indicator' },
    });
    expect(restoreCatalogEntry(raw('床位÷人'), 'catalog[0]')).toMatchObject({
      ok: false,
      reason: { code: 'formulaNameSign', path: 'catalog[0].indicator' },
    });
    expect(restoreCatalogEntry(raw('床位比', ' '), 'catalog[1]')).toMatchObject({
      ok: false,
      reason: { code: 'formulaUnitBlank', path: 'catalog[1].unit' },
    });
    expect(restoreCatalogEntry(raw('__proto__'), 'catalog').ok).toBe(true);
  });
  it('leaves ordinary indicators alone', () => {
    expect(restoreCatalogEntry(plainEntry('2000', ''), 'catalog').ok).toBe(true);
    expect(restoreCatalogEntry(plainEntry('常住人口 × 1000', '人'), 'catalog').ok).toBe(true);
  });
  it('the catalog CSV refuses a formula row named 2000 with its line', () => {
    const rows = [plainEntry('床位数', '张'), plainEntry('常住人口', '人'), raw('2000')];
    const r = catalogFromCsvRecords(rows.map(catalogRecord));
    expect(r).toMatchObject({ ok: false, reason: { code: 'formulaNameNumber', line: 4 } });
  });
});

describe('depth', () => {
  it('reads a flat sum of 99 terms, and the problem words carry no JSON path', () => {
    const sum = (n: number) => Array.from({ length: n }, () => '床位数').join(' + ');
    expect(parseFormula(sum(33), KNOWN).ok).toBe(true);
    expect(parseFormula(sum(99), KNOWN).ok).toBe(true);
    const deep = parseFormula(sum(150), KNOWN);
    expect(deep.ok).toBe(false);
    if (!deep.ok) {
      expect(deep.reason.path).toBeUndefined();
      expect(problemText(deep.reason, new Map())).not.toContain('formula');
    }
  });
});

describe('the read-only refusal', () => {
  it('does not say nothing changed (a paste may have changed other cells)', () => {
    expect(zh.msg.computedValue('床位比')).not.toContain('未作修改');
    expect(en.msg.computedValue('x')).not.toMatch(/nothing changed/i);
  });
});
