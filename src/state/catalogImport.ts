// A catalog CSV brought in: new indicators are added; an indicator already here keeps its
// definition, except that a formula in the file replaces the planner's own formula entry once
// the planner confirms it. A built-in entry is never replaced. One undo step.
import { formulaProblems } from '../model/formulaCheck';
import { sameValue } from './historyActions';
import type { Catalog, CatalogEntry } from '../model/types';
import { commit, say, type AppState } from './state';

export interface CatalogImportPlan {
  add: CatalogEntry[];
  /** The planner's own formula entries the file's formulas would replace (after a yes). */
  replace: CatalogEntry[];
  /** Names here already, equal in the file. */
  same: string[];
  /** Names here already, kept as they are (built-in, or not a formula replacing a formula). */
  kept: string[];
}

export function planCatalogImport(
  catalog: Catalog,
  file: Catalog,
  builtIn: ReadonlySet<string>,
): CatalogImportPlan {
  const plan: CatalogImportPlan = { add: [], replace: [], same: [], kept: [] };
  for (const e of file.values()) {
    const here = catalog.get(e.indicator);
    if (!here) plan.add.push(e);
    else if (sameValue(here, e)) plan.same.push(e.indicator);
    else if (!builtIn.has(e.indicator) && here.formula && e.formula) plan.replace.push(e);
    else plan.kept.push(e.indicator);
  }
  return plan;
}

/**
 * Adds the plan's new entries and, with `replace`, its replacements (in place). Refused with
 * the first formula that cannot be computed in the resulting catalog (nothing changes).
 */
export function applyCatalogImport(
  s: AppState,
  plan: CatalogImportPlan,
  replace: boolean,
  fileName: string,
): AppState {
  const swap = new Map((replace ? plan.replace : []).map((e) => [e.indicator, e]));
  if (!plan.add.length && !swap.size) return s;
  const after: Catalog = new Map([
    ...[...s.catalog].map(([k, e]) => [k, swap.get(k) ?? e] as const),
    ...plan.add.map((e) => [e.indicator, e] as const),
  ]);
  const broken = formulaProblems(after);
  for (const e of [...plan.add, ...swap.values()]) {
    const problem = broken.get(e.indicator);
    if (problem)
      return say(s, 'error', {
        code: 'formulaRefused',
        problem: { ...problem, path: e.indicator },
      });
  }
  return commit(s, {
    label: { code: 'importCatalog', file: fileName },
    source: 'import',
    rows: [],
    catalog: { before: s.catalog, after },
  });
}
