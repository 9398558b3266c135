// Three-way merges: what one side changed since a common base goes on top of what the other
// side holds, field by field, so edits to different fields (or different items) both survive.
// `prefer` settles a field both sides changed: the writer keeps 'mine'; an undo keeps 'theirs'.

import type { GoalSet } from './goalSets';
import { conflictKey } from './provenance';
import type { Catalog, CatalogEntry, Observation } from './types';

export type Prefer = 'mine' | 'theirs';

export interface Merged<T> {
  value: T;
  /** Keys of fields (or items, for lists) both sides changed to different values. */
  conflicts: string[];
}

// Object.is first: -0 and 0 are different values (JSON text would call them equal).
const same = (a: unknown, b: unknown) =>
  Object.is(a, b) ||
  (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

/** Field-by-field merge of two versions of one record. */
export function mergeFields<T extends object>(
  base: T,
  mine: T,
  theirs: T,
  prefer: Prefer,
): Merged<T> {
  const out: Record<string, unknown> = {};
  const conflicts: string[] = [];
  const b = base as Record<string, unknown>;
  const m = mine as Record<string, unknown>;
  const th = theirs as Record<string, unknown>;
  for (const k of new Set([...Object.keys(b), ...Object.keys(m), ...Object.keys(th)])) {
    let v: unknown;
    if (same(m[k], b[k])) v = th[k];
    else if (same(th[k], b[k]) || same(th[k], m[k])) v = m[k];
    else {
      conflicts.push(k);
      v = prefer === 'mine' ? m[k] : th[k];
    }
    if (v !== undefined) out[k] = v;
  }
  return { value: out as T, conflicts };
}

export type ItemMerge<T> = (base: T, mine: T, theirs: T, prefer: Prefer) => Merged<T>;

/** Merge of one item that may be absent (null) on any side: added, edited or deleted. */
export function mergeItem<T extends object>(
  base: T | null,
  mine: T | null,
  theirs: T | null,
  prefer: Prefer,
  inner: ItemMerge<T> = mergeFields,
  eq: (a: T | null, b: T | null) => boolean = same,
): Merged<T | null> {
  if (eq(mine, base)) return { value: theirs, conflicts: [] };
  if (eq(theirs, base) || eq(theirs, mine)) return { value: mine, conflicts: [] };
  if (mine && theirs) return inner(base ?? ({} as T), mine, theirs, prefer);
  // One side deleted what the other edited.
  return { value: prefer === 'mine' ? mine : theirs, conflicts: ['*'] };
}

/** Merge of keyed lists (goal sets, targets, slides): per item, keeping the changed order. */
export function mergeList<T extends object>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
  keyOf: (x: T) => string,
  prefer: Prefer,
  inner: ItemMerge<T> = mergeFields,
): Merged<T[]> {
  const index = (list: readonly T[]) => new Map(list.map((x) => [keyOf(x), x]));
  const [b, m, th] = [index(base), index(mine), index(theirs)];
  const conflicts: string[] = [];
  const merged = new Map<string, T>();
  for (const k of new Set([...b.keys(), ...m.keys(), ...th.keys()])) {
    const r = mergeItem(b.get(k) ?? null, m.get(k) ?? null, th.get(k) ?? null, prefer, inner);
    conflicts.push(...r.conflicts.map((c) => (c === '*' ? k : `${k}.${c}`)));
    if (r.value) merged.set(k, r.value);
  }
  // Theirs' order where they reordered what all three share, else mine; the other side's
  // additions go in after the item they follow there.
  const order = (list: readonly T[]) =>
    list.map(keyOf).filter((k) => b.has(k) && m.has(k) && th.has(k));
  const first = same(order(theirs), order(base)) ? mine : theirs;
  const keys = first.map(keyOf);
  let after = -1;
  for (const x of first === mine ? theirs : mine) {
    const k = keyOf(x);
    const at = keys.indexOf(k);
    if (at >= 0) after = at;
    else keys.splice(++after, 0, k);
  }
  return { value: keys.flatMap((k) => merged.get(k) ?? []), conflicts };
}

/** A goal set merges its name as a field and its targets per indicator. */
export const mergeGoalSet: ItemMerge<GoalSet> = (base, mine, theirs, prefer) => {
  const head = mergeFields(
    { id: base.id, name: base.name },
    { id: mine.id, name: mine.name },
    { id: theirs.id, name: theirs.name },
    prefer,
  );
  const targets = mergeList(
    base.targets ?? [],
    mine.targets,
    theirs.targets,
    (x) => x.indicator,
    prefer,
  );
  return {
    value: { ...head.value, targets: targets.value },
    conflicts: [...head.conflicts, ...targets.conflicts.map((c) => `targets.${c}`)],
  };
};

export const mergeGoalSets = (
  base: readonly GoalSet[],
  mine: readonly GoalSet[],
  theirs: readonly GoalSet[],
  prefer: Prefer,
): Merged<GoalSet[]> => mergeList(base, mine, theirs, (g) => g.id, prefer, mergeGoalSet);

/** Equal observations, without serialising: cheap enough for a 100,000-row write. */
export function sameObservation(a: Observation | null, b: Observation | null): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return (
    a.id === b.id &&
    a.district === b.district &&
    a.indicator === b.indicator &&
    a.unit === b.unit &&
    a.year === b.year &&
    a.kind === b.kind &&
    Object.is(a.value, b.value) &&
    a.qualifier === b.qualifier &&
    a.scope === b.scope &&
    a.source === b.source &&
    a.quote === b.quote &&
    a.note === b.note &&
    Object.is(a.original?.value, b.original?.value) &&
    a.original?.qualifier === b.original?.qualifier &&
    Boolean(a.preferred) === Boolean(b.preferred)
  );
}

/**
 * One observation as a writer stores it over what another tab stored since `base` (the row
 * this tab last saw): only the fields this tab changed replace the stored ones.
 */
export const mergeObservation = (
  base: Observation | null,
  mine: Observation | null,
  theirs: Observation | null,
): Merged<Observation | null> =>
  mergeItem(base, mine, theirs, 'mine', mergeFields, sameObservation);

/** Keyed by `id` (slides), for the deck. */
export const mergeById = <T extends { id: string }>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
): T[] => mergeList(base, mine, theirs, (x) => x.id, 'mine').value;

/**
 * The catalog merged per entry over what another side holds: an entry added, edited or removed
 * since `base` on one side stays so, entries the other side added are kept.
 */
export function mergeCatalogs(
  base: Iterable<CatalogEntry>,
  mine: Iterable<CatalogEntry>,
  theirs: Iterable<CatalogEntry>,
  prefer: Prefer,
): CatalogEntry[] {
  return mergeList([...base], [...mine], [...theirs], (e) => e.indicator, prefer, keepMine).value;
}

/** A catalog entry is one thing: both sides changed it, the preferred side's entry wins. */
const keepMine: ItemMerge<CatalogEntry> = (_b, mine, theirs, prefer) => ({
  value: prefer === 'mine' ? mine : theirs,
  conflicts: [],
});

/** The same catalog object when nothing changed (views key their memos on it). */
export function catalogOf(current: Catalog, entries: readonly CatalogEntry[]): Catalog {
  const now = [...current.values()];
  const same =
    entries.length === now.length &&
    entries.every((e, i) => now[i] === e || JSON.stringify(now[i]) === JSON.stringify(e));
  return same ? current : new Map(entries.map((e) => [e.indicator, e]));
}

/** Rows a writer newly marked as the chosen source (`base` = the row before its change). */
export const newlyChosen = (row: Observation | null, base: Observation | null | undefined) =>
  Boolean(row?.preferred) && base !== undefined && !base?.preferred;

/**
 * One chosen source per group, whichever tab chose last: the rows newly chosen here take the
 * mark off the other rows of their group (one chunk: a group never spans districts).
 */
export function settleChoices(chunk: Map<string, Observation>, chosen: readonly Observation[]) {
  for (const c of chosen) {
    if (!chunk.get(c.id)?.preferred) continue;
    const k = conflictKey(c);
    for (const [id, o] of chunk) {
      if (id === c.id || !o.preferred || conflictKey(o) !== k) continue;
      const { preferred: _p, ...rest } = o;
      chunk.set(id, rest);
    }
  }
}
