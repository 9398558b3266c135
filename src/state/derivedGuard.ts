// A formula indicator's actual values are computed (src/model/derived.ts), never stored: no
// action may type, paste, fill, clear, read in, revert or redo a value into one. Deleting a row
// stored before the indicator had its formula stays possible, and so does undoing that.
import { isDerivedId, withDerived } from '../model/derived';
import { isFormula } from '../model/formulaCheck';
import { findObservation, type RowChange } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import type { FieldProblem } from './messages';
import type { AppState, ChangeSource } from './state';

const MEASURE = ['district', 'indicator', 'scope', 'year', 'kind', 'value', 'qualifier'] as const;

/** True when `after` would store a value for a formula indicator's actual that `before` lacks. */
export function storesComputed(
  catalog: Catalog,
  before: Observation | null,
  after: Observation | null,
): boolean {
  if (!after || after.kind !== 'actual' || !isFormula(catalog, after.indicator)) return false;
  return !before || MEASURE.some((k) => !Object.is(before[k], after[k]));
}

export const computedProblem = (indicator: string): FieldProblem => ({
  code: 'computedValue',
  indicator,
});

/** The refusal for an edit of a computed value's id (null for a stored id). */
export function derivedIdProblem(s: AppState, id: string): FieldProblem | null {
  if (!isDerivedId(id)) return null;
  const o = findObservation(withDerived(s.table, s.catalog), id);
  return computedProblem(o?.indicator ?? id.slice(2).split('|')[1] ?? '');
}

/** The changes that may be made, and one refusal per formula indicator for the rest. */
export function withoutComputed(
  catalog: Catalog,
  rows: readonly RowChange[],
  refuse: (r: RowChange) => boolean = (r) => storesComputed(catalog, r.before, r.after),
): { rows: RowChange[]; refused: FieldProblem[] } {
  const kept: RowChange[] = [];
  const names = new Set<string>();
  for (const r of rows) {
    if (refuse(r)) names.add(r.after?.indicator ?? '');
    else kept.push(r);
  }
  return { rows: kept, refused: [...names].map(computedProblem) };
}

/** Sources of hand entries: a redo of one is an entry; an undone deletion or import is not. */
const ENTRY: ReadonlySet<ChangeSource> = new Set(['edit', 'paste', 'fill', 'add']);

/**
 * Undo and redo: a row change that would put a value into a formula indicator's actual is
 * left out when it edits a stored row or re-enters a hand entry; a deleted or replaced row
 * coming back as it was is a restore and goes back.
 */
export const refuseInStep =
  (catalog: Catalog, source: ChangeSource | undefined) => (r: RowChange) =>
    storesComputed(catalog, r.before, r.after) &&
    (r.before !== null || ENTRY.has(source ?? 'edit'));

/** Several refusals as one list, each indicator once. */
export function uniqueProblems(ps: readonly FieldProblem[]): FieldProblem[] {
  const seen = new Set<string>();
  return ps.filter((p) => {
    const k = JSON.stringify(p);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
