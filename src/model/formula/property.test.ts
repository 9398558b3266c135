// Random formulas over random inputs give what a tiny reference computation gives.
import { describe, expect, it } from 'vitest';
import { prng } from '../synthetic';
import { evaluate, type FormulaInput, type FormulaNode, type FormulaOp } from './index';

const NAMES = ['床位数', '执业(助理)医师数', '常住人口', '护士数'] as const;
const UNITS = ['张', '人', '万人', '人'] as const;
const SCALE = [1, 1, 10000, 1];

/** A random formula of at most `depth` levels over NAMES and small numbers. */
function randomFormula(rand: () => number, depth: number): FormulaNode {
  const pick = rand();
  if (depth <= 1 || pick < 0.3) {
    return rand() < 0.5
      ? { k: 'num', v: Math.floor(rand() * 2000) / 4 }
      : { k: 'ref', name: NAMES[Math.floor(rand() * NAMES.length)] ?? '床位数' };
  }
  if (pick < 0.4) return { k: 'neg', x: randomFormula(rand, depth - 1) };
  const op = (['+', '-', '*', '/'] as const)[Math.floor(rand() * 4)] ?? '+';
  return { k: 'op', op, a: randomFormula(rand, depth - 1), b: randomFormula(rand, depth - 1) };
}

type Ref = number | 'missing' | 'divisionByZero' | 'notFinite';

/** The reference: straight arithmetic on the values in plain units, no shortcuts. */
function reference(n: FormulaNode, v: ReadonlyMap<string, number | null>): Ref {
  if (n.k === 'num') return n.v;
  if (n.k === 'ref') {
    const x = v.get(n.name);
    return x === null || x === undefined ? 'missing' : x;
  }
  if (n.k === 'neg') {
    const x = reference(n.x, v);
    return typeof x === 'number' ? -x : x;
  }
  const a = reference(n.a, v);
  const b = reference(n.b, v);
  if (a === 'missing' || b === 'missing') return 'missing';
  if (typeof a !== 'number') return a;
  if (typeof b !== 'number') return b;
  const ops: Record<FormulaOp, () => number> = {
    '+': () => a + b,
    '-': () => a - b,
    '*': () => a * b,
    '/': () => a / b,
  };
  if (n.op === '/' && b === 0) return 'divisionByZero';
  const r = ops[n.op]();
  return Number.isFinite(r) ? r : 'notFinite';
}

describe('evaluate against a reference computation', () => {
  it('agrees on 2,000 random formulas over random inputs (missing ones included)', () => {
    const rand = prng(14);
    let computed = 0;
    for (let i = 0; i < 2000; i++) {
      const f = randomFormula(rand, 1 + Math.floor(rand() * 6));
      const stored = new Map<string, FormulaInput>();
      const plain = new Map<string, number | null>();
      NAMES.forEach((name, j) => {
        // Whole numbers (0 included, so divisions by zero happen); 1 in 8 missing.
        const value = rand() < 0.125 ? null : Math.floor(rand() * 300);
        stored.set(name, { value, unit: UNITS[j] ?? '' });
        plain.set(name, value === null ? null : value * (SCALE[j] ?? 1));
      });
      const want = reference(f, plain);
      const got = evaluate(f, (n) => stored.get(n));
      if (typeof want === 'number') {
        computed++;
        expect(got).toEqual({ ok: true, value: want === 0 ? 0 : want });
      } else if (want === 'missing') {
        expect(got.ok || got.reason.code).toMatch(/^missing/);
      } else if (!got.ok && got.reason.code.startsWith('missing')) {
        // The reference stops at the first failure in its order; ours names missing inputs first.
        throw new Error('a missing input reported where all inputs were present');
      } else {
        expect(got.ok || got.reason.code).toBe(
          want === 'divisionByZero' ? 'divisionByZero' : 'formulaNotFinite',
        );
      }
    }
    expect(computed).toBeGreaterThan(500);
  });
});
