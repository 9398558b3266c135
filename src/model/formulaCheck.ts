// Whole-catalog checks of formula indicators: every name known, units that fit, no circles.
// A formula that fails is not computed (its problem is kept for the screens to say why).
import { formulaCycle, formulaUnit, references, type FormulaNode } from './formula';
import { unquotable } from './formulaName';
import type { Problem } from './problems';
import type { Catalog, CatalogEntry, DerivedFormula } from './types';

export type FormulaEntry = CatalogEntry & { formula: DerivedFormula };

/** The problem of one formula against a catalog, or null when it can be computed. */
export function formulaProblem(ast: FormulaNode, catalog: Catalog, self?: string): Problem | null {
  const names = references(ast);
  if (names.length === 0) return { code: 'formulaNoIndicator' };
  if (dividesByZero(ast)) return { code: 'formulaDivideByZero' };
  for (const name of names) {
    if (!catalog.has(name)) return { code: 'formulaUnknownName', name };
    if (unquotable(name)) return { code: 'formulaNameUnquotable', name };
    if (name === self) return { code: 'formulaCycle', names: [name, name] };
  }
  const unit = formulaUnit(ast, (name) => catalog.get(name)?.unit);
  if (!unit.ok) return unit.reason;
  if (self === undefined) return null;
  const formulas = new Map<string, FormulaNode>();
  for (const e of catalog.values()) if (e.formula) formulas.set(e.indicator, e.formula.ast);
  formulas.set(self, ast);
  const cycle = formulaCycle(formulas);
  return cycle && cycle.names.includes(self) ? cycle : null;
}

/** The value of a part written in numbers only, or null when it names an indicator. */
function constant(n: FormulaNode): number | null {
  if (n.k === 'num') return n.v;
  if (n.k === 'ref') return null;
  if (n.k === 'neg') {
    const x = constant(n.x);
    return x === null ? null : -x;
  }
  const a = constant(n.a);
  const b = constant(n.b);
  if (a === null || b === null) return null;
  return n.op === '+' ? a + b : n.op === '-' ? a - b : n.op === '*' ? a * b : a / b;
}

/** True when some division is by numbers only that come to 0 (床位数 ÷ (1 − 1)). */
function dividesByZero(n: FormulaNode): boolean {
  if (n.k === 'num' || n.k === 'ref') return false;
  if (n.k === 'neg') return dividesByZero(n.x);
  if (n.op === '/' && constant(n.b) === 0) return true;
  return dividesByZero(n.a) || dividesByZero(n.b);
}

const problemsMemo = new WeakMap<Catalog, ReadonlyMap<string, Problem>>();

/** Each formula indicator that cannot be computed, with its first problem. */
export function formulaProblems(catalog: Catalog): ReadonlyMap<string, Problem> {
  const hit = problemsMemo.get(catalog);
  if (hit) return hit;
  const out = new Map<string, Problem>();
  for (const e of catalog.values()) {
    if (!e.formula) continue;
    const p = formulaProblem(e.formula.ast, catalog, e.indicator);
    if (p) out.set(e.indicator, p);
  }
  // A formula reading one that cannot be computed cannot be computed either.
  let grew = true;
  while (grew) {
    grew = false;
    for (const e of catalog.values()) {
      if (!e.formula || out.has(e.indicator)) continue;
      const bad = references(e.formula.ast).find((n) => out.has(n));
      if (bad !== undefined) {
        out.set(e.indicator, { code: 'formulaInputBroken', name: bad });
        grew = true;
      }
    }
  }
  problemsMemo.set(catalog, out);
  return out;
}

const orderMemo = new WeakMap<Catalog, readonly FormulaEntry[]>();

/**
 * The catalog's computable formula indicators, each after the formulas it reads. The same
 * array while the catalog is the same object (derived-value memos key on it).
 */
export function orderedFormulas(catalog: Catalog): readonly FormulaEntry[] {
  const hit = orderMemo.get(catalog);
  if (hit) return hit;
  const broken = formulaProblems(catalog);
  const ok = new Map<string, FormulaEntry>();
  for (const e of catalog.values())
    if (e.formula && !broken.has(e.indicator)) ok.set(e.indicator, e as FormulaEntry);
  const out: FormulaEntry[] = [];
  const placed = new Set<string>();
  const place = (e: FormulaEntry): void => {
    if (placed.has(e.indicator)) return;
    placed.add(e.indicator);
    for (const n of references(e.formula.ast)) {
      const dep = ok.get(n);
      if (dep) place(dep);
    }
    out.push(e);
  };
  for (const e of ok.values()) place(e);
  orderMemo.set(catalog, out);
  return out;
}

/** True when the indicator's values are computed by a formula (read-only in every grid). */
export const isFormula = (catalog: Catalog, indicator: string): boolean =>
  catalog.get(indicator)?.formula !== undefined;
