import jsep from 'jsep';
import { describe, expect, it } from 'vitest';
import { formulaText, type FormulaNode } from '../model/formula';
import { fromJsep, parseFormula } from './formula';

const KNOWN = [
  '执业(助理)医师数',
  '常住人口',
  '常住人口数',
  '床位数',
  '总诊疗人次',
  '基层诊疗人次',
];
const ref = (name: string): FormulaNode => ({ k: 'ref', name });
const num = (v: number): FormulaNode => ({ k: 'num', v });
const op = (o: '+' | '-' | '*' | '/', a: FormulaNode, b: FormulaNode): FormulaNode => ({
  k: 'op',
  op: o,
  a,
  b,
});
const parse = (text: string) => parseFormula(text, KNOWN);
const reason = (text: string) => {
  const r = parse(text);
  return r.ok ? null : r.reason;
};

describe('parseFormula: accepted forms', () => {
  const per1000 = op('*', op('/', ref('执业(助理)医师数'), ref('常住人口')), num(1000));

  it('reads known Chinese names with brackets, × and ÷, precedence and parentheses', () => {
    expect(parse('执业(助理)医师数 / 常住人口 × 1000')).toEqual({ ok: true, value: per1000 });
    expect(parse('执业(助理)医师数÷常住人口*1000')).toEqual({ ok: true, value: per1000 });
    expect(parse('(床位数 + 1) * 2')).toEqual({
      ok: true,
      value: op('*', op('+', ref('床位数'), num(1)), num(2)),
    });
    expect(parse('1 + 2 * 3')).toEqual({
      ok: true,
      value: op('+', num(1), op('*', num(2), num(3))),
    });
  });

  it('reads full-width operators, parentheses and digits as typed by a Chinese IME', () => {
    expect(parse('（执业（助理）医师数）÷常住人口×１０００')).toEqual({ ok: true, value: per1000 });
    expect(parse('床位数－１＋２')).toEqual({
      ok: true,
      value: op('+', op('-', ref('床位数'), num(1)), num(2)),
    });
  });

  it('matches the longest known name first, and names in 【】 or 「」', () => {
    expect(parse('常住人口数')).toEqual({ ok: true, value: ref('常住人口数') });
    expect(parse('【常住人口】+「床位数」')).toEqual({
      ok: true,
      value: op('+', ref('常住人口'), ref('床位数')),
    });
  });

  it('reads a unary minus, decimals and exponents', () => {
    expect(parse('-床位数 - -0.5')).toEqual({
      ok: true,
      value: op('-', { k: 'neg', x: ref('床位数') }, { k: 'neg', x: num(0.5) }),
    });
    expect(parse('1.5e3 + .5')).toEqual({ ok: true, value: op('+', num(1500), num(0.5)) });
  });
});

describe('parseFormula: refused forms, with the position', () => {
  it.each([
    ['f(1)', { code: 'formulaUnknownName', name: 'f', at: 0 }],
    ['床位数(1)', { code: 'formulaRefused', at: 3, found: '(' }],
    ['常住人口.constructor', { code: 'formulaRefused', at: 4, found: '.' }],
    ['床位数[0]', { code: 'formulaRefused', at: 3, found: '[' }],
    ['[1]', { code: 'formulaRefused', at: 0, found: '[' }],
    ['this', { code: 'formulaUnknownName', name: 'this', at: 0 }],
    ['constructor', { code: 'formulaUnknownName', name: 'constructor', at: 0 }],
    ['__proto__ + 1', { code: 'formulaUnknownName', name: '__proto__', at: 0 }],
    ['1, 2', { code: 'formulaRefused', at: 1, found: ',' }],
    ['床位数 常住人口', { code: 'formulaRefused', at: 4, found: '常住人口' }],
    ['床位数 ? 1 : 2', { code: 'formulaRefused', at: 4, found: '?' }],
    ['2 ** 3', { code: 'formulaRefused', at: 2, found: '**' }],
    ['2 % 3', { code: 'formulaRefused', at: 2, found: '%' }],
    ['"x"', { code: 'formulaRefused', at: 0, found: '"' }],
    ['!床位数', { code: 'formulaRefused', at: 0, found: '!' }],
    ['+床位数', { code: 'formulaRefused', at: 0, found: '+' }],
    ['1e999', { code: 'formulaRefused', at: 0, found: '1e999' }],
    ['2床位数', { code: 'formulaRefused', at: 0, found: '2' }],
    ['a => 1', { code: 'formulaUnknownName', name: 'a', at: 0 }],
    ['1 = 1', { code: 'formulaRefused', at: 2, found: '=' }],
    ['火星人口 / 常住人口', { code: 'formulaUnknownName', name: '火星人口', at: 0 }],
    ['【火星人口】', { code: 'formulaUnknownName', name: '火星人口', at: 0 }],
    ['【床位数', { code: 'formulaSyntax', at: 0, found: '【' }],
    ['(1 + 2', { code: 'formulaSyntax', at: 6, found: '' }],
    ['1 + 2)', { code: 'formulaSyntax', at: 5, found: ')' }],
    ['1 +', { code: 'formulaSyntax', at: 3, found: '' }],
    ['* 2', { code: 'formulaSyntax', at: 0, found: '*' }],
    ['  ', { code: 'formulaEmpty' }],
  ])('%s', (text, want) => {
    expect(reason(text)).toEqual(want);
  });

  it('refuses nesting deeper than the model keeps, and overlong formulas', () => {
    expect(reason('('.repeat(110) + '1' + ')'.repeat(110))).toMatchObject({
      code: 'formulaTooDeep',
    });
    expect(reason(Array.from({ length: 300 }, () => '1').join('+'))).toMatchObject({
      code: 'formulaTooLarge',
    });
    expect(reason('-'.repeat(110) + '1')).toMatchObject({ code: 'formulaTooDeep' });
  });
});

describe('fromJsep: the whitelist behind the tokens', () => {
  it.each([
    ['f(1)', 'CallExpression'],
    ['a.b', 'MemberExpression'],
    ['a[0]', 'MemberExpression'],
    ['this', 'ThisExpression'],
    ['a, b', 'Compound'],
    ['a ? b : c', 'ConditionalExpression'],
    ['[1]', 'ArrayExpression'],
    ['"x"', 'Literal'],
    ['!a', 'UnaryExpression'],
    ['+a', 'UnaryExpression'],
    ['a ** 2', 'BinaryExpression'],
    ['a % 2', 'BinaryExpression'],
    ['constructor', 'Identifier'],
    ['_5', 'Identifier'],
  ])('refuses %s (%s)', (text, type) => {
    expect(() => fromJsep(jsep(text), ['a'])).toThrow(
      expect.objectContaining({ reason: { code: 'formulaRefused', at: 0, found: type } }) as Error,
    );
  });

  it('takes numbers, placeholders, a unary minus and + − * /', () => {
    expect(fromJsep(jsep('-_0 * 2 / _1 - 1 + 3'), ['a', 'b'])).toEqual(
      op(
        '+',
        op('-', op('/', op('*', { k: 'neg', x: ref('a') }, num(2)), ref('b')), num(1)),
        num(3),
      ),
    );
  });
});

describe('parseFormula: round trip of random formulas', () => {
  /** Text for a formula, fully parenthesised, with full-width or typeset operators at random. */
  function print(n: FormulaNode, rand: () => number): string {
    if (n.k === 'num') return String(n.v);
    if (n.k === 'ref') return rand() < 0.3 ? `【${n.name}】` : n.name;
    if (n.k === 'neg') return `-(${print(n.x, rand)})`;
    const glyphs = { '+': ['+', '＋'], '-': ['-', '－'], '*': ['*', '×'], '/': ['/', '÷'] };
    const g = glyphs[n.op][rand() < 0.5 ? 0 : 1] ?? n.op;
    return rand() < 0.5
      ? `(${print(n.a, rand)} ${g} ${print(n.b, rand)})`
      : `（${print(n.a, rand)}${g}${print(n.b, rand)}）`;
  }
  function random(rand: () => number, depth: number): FormulaNode {
    const pick = rand();
    if (depth <= 1 || pick < 0.3)
      return rand() < 0.5
        ? num(Math.floor(rand() * 4000) / 8)
        : ref(KNOWN[Math.floor(rand() * KNOWN.length)] ?? '床位数');
    if (pick < 0.4) return { k: 'neg', x: random(rand, depth - 1) };
    const o = (['+', '-', '*', '/'] as const)[Math.floor(rand() * 4)] ?? '+';
    return op(o, random(rand, depth - 1), random(rand, depth - 1));
  }

  it('reads back 500 printed formulas as the same tree', () => {
    let seed = 14;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 500; i++) {
      const f = random(rand, 1 + Math.floor(rand() * 6));
      const text = print(f, rand);
      expect(parse(text), text).toEqual({ ok: true, value: f });
    }
  });

  it('formulaText prints 500 formulas that read back as the same tree, with only the parentheses needed', () => {
    let seed = 41;
    const rand = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let i = 0; i < 500; i++) {
      const f = random(rand, 1 + Math.floor(rand() * 6));
      const text = formulaText(f);
      expect(parse(text), text).toEqual({ ok: true, value: f });
    }
    const per1000 = parse('(床位数 / 常住人口) * 1000');
    expect(per1000.ok && formulaText(per1000.value)).toBe('床位数 ÷ 常住人口 × 1000');
    const nested = parse('床位数 - (常住人口 - 1) / (2 * 常住人口)');
    expect(nested.ok && formulaText(nested.value)).toBe('床位数 − (常住人口 − 1) ÷ (2 × 常住人口)');
  });
});
