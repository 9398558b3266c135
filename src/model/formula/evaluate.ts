// A formula's value for one district × year × kind, from its inputs. Our own whitelist
// evaluator over the model's AST: no eval, no Function, no property look-up by name.
import { numberText, unitScale } from '../numbers';
import type { DerivedFailure } from '../types';
import { references, type FormulaNode } from './ast';

/** One input as stored: its value (null when the observation has none) in its own unit. */
export type FormulaInput = { value: number | null; unit: string };

export type Evaluation = { ok: true; value: number } | { ok: false; reason: DerivedFailure };

/** A value in the plain unit (万人 → 人, 亿元 → 元) by a shift of the decimal point. */
export function toBaseUnit(value: number, unit: string): number {
  const { exponent } = unitScale(unit);
  return exponent === 0 ? value : Number(`${numberText(value)}e${exponent}`);
}

/**
 * The division a planner reads as numerator ÷ denominator: the root, or reached from it through
 * × (by a factor that names no indicator, such as × 1000) and a unary minus.
 */
export function topDivision(node: FormulaNode): { a: FormulaNode; b: FormulaNode } | null {
  if (node.k === 'neg') return topDivision(node.x);
  if (node.k !== 'op') return null;
  if (node.op === '/') return node;
  if (node.op !== '*') return null;
  if (references(node.b).length === 0) return topDivision(node.a);
  if (references(node.a).length === 0) return topDivision(node.b);
  return null;
}

/** Which input is missing, said as the planner reads the formula. */
function missing(node: FormulaNode, absent: ReadonlySet<string>): DerivedFailure | null {
  if (absent.size === 0) return null;
  const div = topDivision(node);
  if (div) {
    const top = references(div.a).find((n) => absent.has(n));
    if (top !== undefined) return { code: 'missingNumerator', name: top };
    const bottom = references(div.b).find((n) => absent.has(n));
    if (bottom !== undefined) return { code: 'missingDenominator', name: bottom };
  }
  const name = references(node).find((n) => absent.has(n)) ?? '';
  return { code: 'missingInput', name };
}

/** Ends the walk with a reason (caught below, never leaves this module). */
class Refused extends Error {
  constructor(readonly reason: DerivedFailure) {
    super(reason.code);
  }
}

/**
 * The formula's value, every input taken in its plain unit (a population in 万人 counts as
 * people). A missing input is named (never read as 0); a division by zero or a result beyond a
 * double's range is refused (never NaN or Infinity).
 */
export function evaluate(
  node: FormulaNode,
  input: (name: string) => FormulaInput | undefined,
): Evaluation {
  const values = new Map<string, number>();
  const absent = new Set<string>();
  for (const name of references(node)) {
    const got = input(name);
    if (got === undefined || got.value === null || !Number.isFinite(got.value)) absent.add(name);
    else values.set(name, toBaseUnit(got.value, got.unit));
  }
  const lacking = missing(node, absent);
  if (lacking) return { ok: false, reason: lacking };
  const finite = (v: number): number => {
    if (!Number.isFinite(v)) throw new Refused({ code: 'formulaNotFinite' });
    return v === 0 ? 0 : v;
  };
  const calc = (n: FormulaNode): number => {
    switch (n.k) {
      case 'num':
        return n.v;
      case 'ref':
        return finite(values.get(n.name) ?? NaN);
      case 'neg':
        return finite(-calc(n.x));
      case 'op': {
        const a = calc(n.a);
        const b = calc(n.b);
        if (n.op === '+') return finite(a + b);
        if (n.op === '-') return finite(a - b);
        if (n.op === '*') return finite(a * b);
        if (b === 0) throw new Refused({ code: 'divisionByZero' });
        return finite(a / b);
      }
    }
  };
  try {
    return { ok: true, value: calc(node) };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.reason };
    throw e;
  }
}
