// A derived indicator's formula as data: numbers, references to other indicators by name, a
// unary minus and the four operations. Stored and exchanged as plain JSON; the text shown is
// printed from it (formulaText), so the model checks it here without a parser, and every way
// in passes restoreFormula.
import { quotedOnly } from '../formulaName';
import { numberText } from '../numbers';
import { describeFound, type Expected, type Problem } from '../problems';
import type { Result } from '../types';
import { restoreIndicatorName } from '../restore/fields';

export type FormulaOp = '+' | '-' | '*' | '/';

export type FormulaNode =
  | { k: 'num'; v: number }
  | { k: 'ref'; name: string }
  | { k: 'neg'; x: FormulaNode }
  | { k: 'op'; op: FormulaOp; a: FormulaNode; b: FormulaNode };

/** Limits that keep a hostile formula from exhausting the stack or the screen. */
export const MAX_DEPTH = 100;
export const MAX_NODES = 200;

const KINDS = ['num', 'ref', 'neg', 'op'] as const;
const OPS: readonly FormulaOp[] = ['+', '-', '*', '/'];
/** The keys each kind has, and no other. */
const KEYS: ReadonlyMap<string, readonly string[]> = new Map([
  ['num', ['k', 'v']],
  ['ref', ['k', 'name']],
  ['neg', ['k', 'x']],
  ['op', ['k', 'op', 'a', 'b']],
]);

const own = (o: object, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(o, key) ? (o as Record<string, unknown>)[key] : undefined;

function bad(path: string, expected: Expected, v: unknown): Fail {
  return {
    ok: false as const,
    reason: { code: 'badField' as const, expected, found: describeFound(v), path },
  };
}

type Fail = { ok: false; reason: Problem };

/**
 * A stored or imported formula checked and rebuilt from scratch (never the object given):
 * only the four kinds with exactly their own keys, finite numbers, non-empty names, the four
 * operations, at most MAX_DEPTH levels and MAX_NODES nodes. Paths in problems start at `formula`.
 */
export function restoreFormula(raw: unknown, path = 'formula'): Result<FormulaNode> {
  let count = 0;
  const walk = (v: unknown, p: string, depth: number): FormulaNode | Fail => {
    if (depth > MAX_DEPTH)
      return { ok: false, reason: { code: 'formulaTooDeep', max: MAX_DEPTH, path } };
    if (++count > MAX_NODES)
      return { ok: false, reason: { code: 'formulaTooLarge', max: MAX_NODES, path } };
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return bad(p, 'object', v);
    const k = own(v, 'k');
    const keys = typeof k === 'string' ? KEYS.get(k) : undefined;
    if (keys === undefined) return bad(`${p}.k`, { oneOf: KINDS }, k);
    // Own keys only, and only the kind's: a `__proto__` or `constructor` key is refused.
    const extra = Reflect.ownKeys(v).find((key) => typeof key !== 'string' || !keys.includes(key));
    if (extra !== undefined) return bad(p, { oneOf: keys }, String(extra));
    if (k === 'num') {
      const n = own(v, 'v');
      if (typeof n !== 'number' || !Number.isFinite(n)) return bad(`${p}.v`, 'number', n);
      return { k, v: n === 0 ? 0 : n };
    }
    if (k === 'ref') {
      // The same rule as every other indicator name (a row's, a catalog entry's, a target's).
      const raw = own(v, 'name');
      const name = typeof raw === 'string' ? restoreIndicatorName(raw) : null;
      if (!name) return bad(`${p}.name`, 'name', raw);
      if (!name.ok) return { ok: false, reason: { ...name.reason, path: `${p}.name` } };
      return { k, name: name.value };
    }
    if (k === 'neg') {
      const x = walk(own(v, 'x'), `${p}.x`, depth + 1);
      return 'ok' in x ? x : { k, x };
    }
    const op = own(v, 'op');
    if (typeof op !== 'string' || !OPS.includes(op as FormulaOp))
      return bad(`${p}.op`, { oneOf: OPS }, op);
    const a = walk(own(v, 'a'), `${p}.a`, depth + 1);
    if ('ok' in a) return a;
    const b = walk(own(v, 'b'), `${p}.b`, depth + 1);
    if ('ok' in b) return b;
    return { k: 'op', op: op as FormulaOp, a, b };
  };
  const node = walk(raw, path, 1);
  return 'ok' in node ? node : { ok: true, value: node };
}

/** The indicator names a formula reads, each once, in the order first written. */
export function references(node: FormulaNode): string[] {
  const seen = new Set<string>();
  const visit = (n: FormulaNode): void => {
    if (n.k === 'ref') seen.add(n.name);
    else if (n.k === 'neg') visit(n.x);
    else if (n.k === 'op') {
      visit(n.a);
      visit(n.b);
    }
  };
  visit(node);
  return [...seen];
}

const PRECEDENCE: Record<FormulaOp, number> = { '+': 1, '-': 1, '*': 2, '/': 2 };
const SHOWN: Record<FormulaOp, string> = { '+': '+', '-': '−', '*': '×', '/': '÷' };

/**
 * The formula as a planner reads it: names as written, × ÷ −, parentheses only where needed
 * (床位数 ÷ 常住人口 × 1000). Parsed back against the catalog's names it gives the same AST.
 */
export function formulaText(node: FormulaNode): string {
  const show = (n: FormulaNode, outer: number, right: boolean): string => {
    switch (n.k) {
      case 'num': {
        const s = numberText(n.v);
        return s.startsWith('-') ? `(${s.replace('-', '−')})` : s;
      }
      case 'ref':
        // A name that reads as a number or holds a sign is read as a name only in 【】.
        return quotedOnly(n.name) ? `【${n.name}】` : n.name;
      case 'neg': {
        const inner = show(n.x, 3, false);
        return outer > 1 || right ? `(−${inner})` : `−${inner}`;
      }
      case 'op': {
        const p = PRECEDENCE[n.op];
        const s = `${show(n.a, p, false)} ${SHOWN[n.op]} ${show(n.b, p, true)}`;
        // a − (b + c), a ÷ (b × c): the right side of − and ÷ keeps its parentheses at equal rank.
        return p < outer || (right && p === outer) ? `(${s})` : s;
      }
    }
  };
  return show(node, 0, false);
}
