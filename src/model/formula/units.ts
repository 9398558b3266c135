// The unit of a formula's result, or why its units do not fit. Inputs are taken in their plain
// unit (the same table as the import's conversion: 万人 → 人, 亿元/万元 → 元, 万人次 → 人次), so
// only the plain units are compared. % and ‰ are units of their own, not ratios: 32.2% stays
// 32.2, a difference of two rates is in percentage points, and a share is written as the
// planner means it (基层诊疗人次 / 总诊疗人次 × 100). Other units are labels that cancel only
// against themselves (元/人 × 人 is not reduced to 元).
import { unitScale } from '../numbers';
import type { Problem } from '../problems';
import type { Result } from '../types';
import type { FormulaNode } from './ast';

/** Plain units with their powers (人: 1 over 人: 1 cancels); `free` for a bare number. */
type Dims = { powers: ReadonlyMap<string, number>; free: boolean };

const NONE: Dims = { powers: new Map(), free: true };

function combine(a: Dims, b: Dims, sign: 1 | -1): Dims {
  const powers = new Map(a.powers);
  for (const [unit, p] of b.powers) {
    const sum = (powers.get(unit) ?? 0) + sign * p;
    if (sum === 0) powers.delete(unit);
    else powers.set(unit, sum);
  }
  return { powers, free: a.free && b.free };
}

/** A unit as text: 人, 元/人, 人·张, 1/人; '' for a pure number. */
export function unitText(powers: ReadonlyMap<string, number>): string {
  const part = (entries: [string, number][]) =>
    entries.map(([u, p]) => (p === 1 ? u : `${u}^${p}`)).join('·');
  const sorted = [...powers].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0));
  const up = part(sorted.filter(([, p]) => p > 0));
  const down = part(sorted.filter(([, p]) => p < 0).map(([u, p]) => [u, -p]));
  return down === '' ? up : `${up === '' ? '1' : up}/${down}`;
}

const same = (a: Dims, b: Dims) => unitText(a.powers) === unitText(b.powers);

/** Ends the walk with a reason (caught below, never leaves this module). */
class Misfit extends Error {
  constructor(readonly reason: Problem) {
    super(reason.code);
  }
}

/**
 * The plain unit of the formula's result ('' for a pure number such as a per-1,000 rate of
 * people over people), or the reason it is refused: an unknown name, or + and − between
 * different units (naming both). A bare number takes the unit of what it is added to.
 */
export function formulaUnit(
  node: FormulaNode,
  unitOf: (name: string) => string | undefined,
): Result<{ unit: string }> {
  const dims = (n: FormulaNode): Dims => {
    switch (n.k) {
      case 'num':
        return NONE;
      case 'ref': {
        const unit = unitOf(n.name);
        if (unit === undefined) throw new Misfit({ code: 'formulaUnknownName', name: n.name });
        const { base } = unitScale(unit);
        return { powers: base === '' ? new Map() : new Map([[base, 1]]), free: false };
      }
      case 'neg':
        return dims(n.x);
      case 'op': {
        const a = dims(n.a);
        const b = dims(n.b);
        if (n.op === '*' || n.op === '/') return combine(a, b, n.op === '*' ? 1 : -1);
        if (a.free) return b;
        if (b.free || same(a, b)) return a;
        const [left, right] = [unitText(a.powers), unitText(b.powers)];
        throw new Misfit({ code: 'formulaUnitMismatch', op: n.op, left, right });
      }
    }
  };
  try {
    return { ok: true, value: { unit: unitText(dims(node).powers) } };
  } catch (e) {
    if (e instanceof Misfit) return { ok: false, reason: e.reason };
    throw e;
  }
}

/** Factors a rate is said per: 床位数 ÷ 常住人口 × 1000 is 张/千人, not 张/人. */
const PER: ReadonlyMap<number, string> = new Map([
  [100, '百'],
  [1000, '千'],
  [10000, '万'],
  [100000, '十万'],
]);

/**
 * The result unit as the planner says it, and the unit to suggest for the indicator: a top
 * division times 100…100000 with its factor (张/千人, 人/万人; % for like units × 100, the
 * numerator's unit suggested); any other formula as formulaUnit gives it.
 */
export function resultUnit(
  node: FormulaNode,
  unitOf: (name: string) => string | undefined,
): Result<{ unit: string; suggest: string }> {
  const plain = formulaUnit(node, unitOf);
  if (!plain.ok) return plain;
  const fallback = {
    ok: true as const,
    value: { unit: plain.value.unit, suggest: plain.value.unit },
  };
  if (node.k !== 'op' || node.op !== '*') return fallback;
  const [div, k] =
    node.a.k === 'num' ? [node.b, node.a.v] : node.b.k === 'num' ? [node.a, node.b.v] : [];
  const word = k === undefined ? undefined : PER.get(k);
  if (word === undefined || div?.k !== 'op' || div.op !== '/') return fallback;
  const up = formulaUnit(div.a, unitOf);
  const down = formulaUnit(div.b, unitOf);
  if (!up.ok || !down.ok) return fallback;
  const [a, b] = [up.value.unit, down.value.unit];
  if (a === b && k === 100) return { ok: true, value: { unit: '%', suggest: '%' } };
  if (a === '' || b === '' || /[/·^]/.test(a + b)) return fallback;
  return { ok: true, value: { unit: `${a}/${word}${b}`, suggest: a } };
}
