// Reverting one logged change, and restoring a whole saved state (snapshot or backup).
import type { GoalSet } from '../model/goalSets';
import { mergeFields, mergeGoalSets, mergeItem, sameObservation } from '../model/merge';
import { findObservation, tableRows, type ObsTable, type RowChange } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import type { Change } from './messages';
import { asOneStep, commit, say, type AppState } from './state';
import type { CustomPeerGroup } from '../model/peerGroups';
import { computedProblem, storesComputed } from './derivedGuard';

/** Field by field, numbers by Object.is: -0 differs from 0 (JSON text would call them equal). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  const kx = keys(x);
  return kx.length === keys(y).length && kx.every((k) => sameValue(x[k], y[k]));
}

/**
 * Takes back one logged change: the fields it changed go back (over later edits of those
 * fields), while later edits of the row's other fields stay.
 */
export function revertRow(
  s: AppState,
  change: { before: Observation | null; after: Observation | null },
): AppState {
  const id = (change.before ?? change.after)?.id;
  if (!id) return s;
  const current = findObservation(s.table, id) ?? null;
  const target = mergeItem(
    change.after,
    change.before,
    current,
    'mine',
    mergeFields,
    sameObservation,
  ).value;
  if (sameObservation(current, target)) return say(s, 'info', { code: 'alreadyBefore' });
  if (target && storesComputed(s.catalog, current, target))
    return say(s, 'error', {
      code: 'fieldProblems',
      problems: [computedProblem(target.indicator)],
    });
  return say(
    commit(s, {
      label: { code: 'revertOne' },
      rows: [{ before: current, after: target }],
      source: 'revert',
    }),
    'info',
    { code: 'reverted' },
  );
}

/** Takes back one logged goal-set change, set by set and target by target. */
export function revertGoalSets(
  s: AppState,
  change: { before: GoalSet[]; after: GoalSet[] },
): AppState {
  const after = mergeGoalSets(change.after, change.before, s.goalSets, 'mine').value;
  if (JSON.stringify(after) === JSON.stringify(s.goalSets))
    return say(s, 'info', { code: 'alreadyBefore' });
  return commit(s, {
    label: { code: 'revertGoalSets' },
    rows: [],
    goalSets: { before: s.goalSets, after },
    source: 'revert',
  });
}

/**
 * The catalog with the planner's own formula indicators as `saved` has them (edited ones back,
 * ones added since gone, removed ones back); built-in and plain entries stay. Also the count.
 */
export function savedFormulas(
  current: Catalog,
  saved: readonly CatalogEntry[],
  builtIn: ReadonlySet<string>,
): { catalog: Catalog; changed: number } {
  const own = (e: CatalogEntry) => !!e.formula && !builtIn.has(e.indicator);
  const theirs = new Map(saved.filter(own).map((e) => [e.indicator, e] as const));
  let changed = 0;
  const next: [string, CatalogEntry][] = [];
  for (const [k, e] of current) {
    if (!own(e)) next.push([k, e]);
    else if (!theirs.has(k)) changed++;
    else {
      const was = theirs.get(k)!;
      if (!sameValue(was, e)) changed++;
      next.push([k, sameValue(was, e) ? e : was]);
    }
  }
  for (const [k, e] of theirs)
    if (!current.has(k)) {
      changed++;
      next.push([k, e]);
    }
  return { catalog: changed ? new Map(next) : current, changed };
}

/**
 * Replaces the data with a saved state, touching only rows that differ; one undo step. With
 * `formulas` (a snapshot), the planner's formula indicators return to the saved ones too; a
 * backup keeps this app's definitions.
 */
export function restoreState(
  s: AppState,
  rows: ObsTable | readonly Observation[],
  goalSets: GoalSet[],
  catalog: readonly CatalogEntry[],
  label: Change,
  formulas?: { builtIn: ReadonlySet<string> },
): AppState {
  const target = Array.isArray(rows) ? (rows as Observation[]) : tableRows(rows as ObsTable);
  const current = new Map(tableRows(s.table).map((o) => [o.id, o]));
  const changes: RowChange[] = [];
  for (const o of target) {
    const before = current.get(o.id) ?? null;
    current.delete(o.id);
    if (!before || !sameValue(before, o)) changes.push({ before, after: o });
  }
  for (const before of current.values()) changes.push({ before, after: null });
  // A snapshot always holds the whole catalog; none at all means an old copy that did not keep it.
  const own =
    formulas && catalog.length
      ? savedFormulas(s.catalog, catalog, formulas.builtIn)
      : { catalog: s.catalog, changed: 0 };
  const extra = catalog.filter((e) => !own.catalog.has(e.indicator) && !s.catalog.has(e.indicator));
  const added = [...new Set(target.map((o) => o.district))].filter((d) => !s.districts.includes(d));
  // Districts and catalog entries the restore brings go back with its undo.
  const next = commit(s, {
    label,
    rows: changes,
    // Unchanged goal sets are no change: 修改历史 would list “荣昌区 2025 目标 → 荣昌区 2025 目标”.
    goalSets:
      JSON.stringify(s.goalSets) === JSON.stringify(goalSets)
        ? undefined
        : { before: s.goalSets, after: goalSets },
    source: 'restore',
    districts: added.length
      ? { before: s.districts, after: [...s.districts, ...added] }
      : undefined,
    catalog:
      extra.length || own.changed
        ? {
            before: s.catalog,
            after: new Map([...own.catalog, ...extra.map((e) => [e.indicator, e] as const)]),
          }
        : undefined,
  });
  return say(next, 'info', {
    code: 'restored',
    change: label,
    count: changes.length,
    ...(own.changed ? { formulas: own.changed } : {}),
  });
}

/**
 * The workbook set back to a backup's or a snapshot's copy, its peer groups with it, as one undo
 * step. `groups` undefined (a copy from before groups were kept) leaves them as they are.
 */
export function restoreWithGroups(
  s: AppState,
  copy: {
    observations: readonly Observation[];
    goalSets: GoalSet[];
    catalog: readonly CatalogEntry[];
    peerGroups?: CustomPeerGroup[];
  },
  label: Change,
  formulas?: { builtIn: ReadonlySet<string> },
): AppState {
  const groups = copy.peerGroups;
  return asOneStep(s, (st) => {
    const r = restoreState(st, copy.observations, copy.goalSets, copy.catalog, label, formulas);
    if (!groups || JSON.stringify(groups) === JSON.stringify(r.peerGroups)) return r;
    const p = { before: r.peerGroups, after: groups };
    const next = commit(r, { label, rows: [], peerGroups: p, source: 'restore' });
    // The toast says the groups changed too (else "0 行有变化" when only they did).
    const m = r.message?.msg;
    return m?.code === 'restored'
      ? say(next, r.message!.kind, { ...m, groups: groupsChanged(r.peerGroups, groups) })
      : next;
  });
}

/** Groups added, removed or changed, by id. */
function groupsChanged(before: readonly CustomPeerGroup[], after: readonly CustomPeerGroup[]) {
  const was = new Map(before.map((g) => [g.id, JSON.stringify(g)]));
  const now = new Set(after.map((g) => g.id));
  return (
    after.filter((g) => was.get(g.id) !== JSON.stringify(g)).length +
    before.filter((g) => !now.has(g.id)).length
  );
}
