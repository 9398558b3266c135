// The planner's formula indicators: add, edit and remove, each one undoable step. Built-in
// entries (the seed catalog's) are never changed here; the ui passes their names in.
import { references } from '../model/formula';
import { formulaProblem, type FormulaEntry } from '../model/formulaCheck';
import { formulaNameProblem } from '../model/formulaName';
import type { GoalSet } from '../model/goalSets';
import { restoreCatalogEntry } from '../model/restore';
import { renameIndicatorInSlides, type Slide } from '../model/slides';
import { tableRows, type RowChange } from '../model/table';
import type { Problem } from '../model/problems';
import type { Catalog } from '../model/types';
import type { Change, Msg } from './messages';
import { commit, say, type AppState } from './state';

/** Formula indicators that read `name` (a removal or a rename would break them). */
export function readersOf(catalog: Catalog, name: string): string[] {
  return [...catalog.values()]
    .filter((e) => e.indicator !== name && e.formula && references(e.formula.ast).includes(name))
    .map((e) => e.indicator);
}

/**
 * What removing a formula indicator takes with it: its stored values and goal-set targets; and
 * the slides showing it, which stay (the planner's own layout) but will show nothing.
 */
export function removalCost(
  s: AppState,
  name: string,
): { rows: number; goalTargets: number; slides: number } {
  const rows = tableRows(s.table).filter((o) => o.indicator === name).length;
  const goalTargets = s.goalSets.reduce(
    (n, g) => n + g.targets.filter((x) => x.indicator === name).length,
    0,
  );
  const slides = s.deck.filter((x) => x.indicator === name).length;
  return { rows, goalTargets, slides };
}

/**
 * Why a draft's name cannot be saved, before its formula is looked at: a taken name would
 * otherwise be read as the formula's own indicator (床位数 → 床位数, a circle).
 */
export function draftNameProblem(
  catalog: Catalog,
  editing: string | null,
  name: string,
): Problem | Msg | null {
  const bad = formulaNameProblem(name);
  if (bad) return bad;
  if (name !== editing && catalog.has(name)) return { code: 'formulaNameTaken', name };
  return null;
}

/**
 * The first reason the dialog's draft (a new entry, or `editing` changed) cannot be saved, said
 * as typed: the name, the unit, the formula, and a rename of a formula others read.
 */
export function draftProblem(
  catalog: Catalog,
  editing: string | null,
  entry: FormulaEntry,
): Problem | Msg | null {
  const name = entry.indicator.trim();
  if (name === '') return { code: 'formulaNameEmpty' };
  const named = draftNameProblem(catalog, editing, name);
  if (named) return named;
  if (editing !== null && name !== editing) {
    const readers = readersOf(catalog, editing);
    if (readers.length) return { code: 'formulaInUse', name: editing, readers };
  }
  const without = new Map([...catalog].filter(([k]) => k !== editing));
  const problem = formulaProblem(entry.formula.ast, new Map([...without, [name, entry]]), name);
  if (problem) return problem;
  if (entry.unit.trim() === '') return { code: 'formulaUnitBlank' };
  return null;
}

/** Why `name` cannot be removed (built in, or read by another formula), or null. */
export function removalRefusal(
  s: AppState,
  name: string,
  builtIn: ReadonlySet<string>,
): Msg | null {
  if (builtIn.has(name)) return { code: 'formulaBuiltIn', name };
  const readers = readersOf(s.catalog, name);
  return readers.length ? { code: 'formulaInUse', name, readers } : null;
}

/** The entry as the restore step gives it back, or the refusal said as a message. */
function checked(
  s: AppState,
  raw: FormulaEntry,
  catalog: Catalog,
): { ok: true; entry: FormulaEntry } | { ok: false; state: AppState } {
  const read = restoreCatalogEntry(raw, 'catalog');
  if (!read.ok)
    return { ok: false, state: say(s, 'error', { code: 'formulaRefused', problem: read.reason }) };
  const entry = read.value as FormulaEntry;
  if (!entry.formula) return { ok: false, state: s };
  const named = formulaNameProblem(entry.indicator);
  if (named)
    return { ok: false, state: say(s, 'error', { code: 'formulaRefused', problem: named }) };
  const problem = formulaProblem(entry.formula.ast, catalog, entry.indicator);
  if (problem) return { ok: false, state: say(s, 'error', { code: 'formulaRefused', problem }) };
  return { ok: true, entry };
}

function commitCatalog(
  s: AppState,
  after: Catalog,
  label: Change,
  rows: RowChange[] = [],
  goalSets?: GoalSet[],
  deck?: Slide[],
): AppState {
  return commit(s, {
    label,
    source: 'edit',
    rows,
    catalog: { before: s.catalog, after },
    goalSets: goalSets && { before: s.goalSets, after: goalSets },
    deck: deck && deck !== s.deck ? { before: s.deck, after: deck } : undefined,
  });
}

export function addFormula(s: AppState, raw: FormulaEntry): AppState {
  const name = raw.indicator.trim();
  if (name === '') return say(s, 'error', { code: 'formulaNameEmpty' });
  if (s.catalog.has(name)) return say(s, 'error', { code: 'formulaNameTaken', name });
  const r = checked(s, { ...raw, indicator: name }, s.catalog);
  if (!r.ok) return r.state;
  const after = new Map([...s.catalog, [name, r.entry]]);
  return commitCatalog(s, after, { code: 'addFormula', name });
}

/**
 * Replaces the formula indicator `old` by `raw` (same place in the catalog). A new name moves
 * its stored values, goal-set targets and slides along; refused when another formula reads it.
 */
export function editFormula(
  s: AppState,
  old: string,
  raw: FormulaEntry,
  builtIn: ReadonlySet<string>,
): AppState {
  const current = s.catalog.get(old);
  if (!current?.formula) return s;
  if (builtIn.has(old)) return say(s, 'error', { code: 'formulaBuiltIn', name: old });
  const name = raw.indicator.trim();
  if (name === '') return say(s, 'error', { code: 'formulaNameEmpty' });
  if (name !== old && s.catalog.has(name))
    return say(s, 'error', { code: 'formulaNameTaken', name });
  const readers = name !== old ? readersOf(s.catalog, old) : [];
  if (readers.length) return say(s, 'error', { code: 'formulaInUse', name: old, readers });
  const without = new Map([...s.catalog].filter(([k]) => k !== old));
  const r = checked(s, { ...raw, indicator: name }, without);
  if (!r.ok) return r.state;
  const after = new Map([...s.catalog].map(([k, e]) => (k === old ? [name, r.entry] : [k, e])));
  if (name === old) {
    if (JSON.stringify(current) === JSON.stringify(r.entry)) return s;
    return commitCatalog(s, after, { code: 'editFormula', name });
  }
  const rows: RowChange[] = tableRows(s.table)
    .filter((o) => o.indicator === old)
    .map((o) => ({ before: o, after: { ...o, indicator: name } }));
  const moved = s.goalSets.some((g) => g.targets.some((x) => x.indicator === old));
  const goalSets = moved
    ? s.goalSets.map((g) => ({
        ...g,
        targets: g.targets.map((x) => (x.indicator === old ? { ...x, indicator: name } : x)),
      }))
    : undefined;
  const deck = renameIndicatorInSlides(s.deck, old, name);
  return commitCatalog(s, after, { code: 'editFormula', name }, rows, goalSets, deck);
}

/**
 * Removes a formula indicator with its stored values (targets) and goal-set targets: left
 * behind they would name an indicator that no longer exists. Undo brings all of it back.
 */
export function removeFormula(s: AppState, name: string, builtIn: ReadonlySet<string>): AppState {
  const current = s.catalog.get(name);
  if (!current?.formula) return s;
  const refusal = removalRefusal(s, name, builtIn);
  if (refusal) return say(s, 'error', refusal);
  const after = new Map([...s.catalog].filter(([k]) => k !== name));
  const rows: RowChange[] = tableRows(s.table)
    .filter((o) => o.indicator === name)
    .map((o) => ({ before: o, after: null }));
  const had = s.goalSets.some((g) => g.targets.some((x) => x.indicator === name));
  const goalSets = had
    ? s.goalSets.map((g) => ({ ...g, targets: g.targets.filter((x) => x.indicator !== name) }))
    : undefined;
  const next = commitCatalog(s, after, { code: 'removeFormula', name }, rows, goalSets);
  return next.ui.indicator === name ? { ...next, ui: { ...next.ui, indicator: null } } : next;
}
