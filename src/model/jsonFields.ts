// Typed readers for JSON the app wrote (backups, stored data): each value is kept exactly or
// refused with its JSON path (goalSets[2].targets[0].value). Observations, goal sets and
// catalog entries are judged by the one restore step, like every other way in.
import { atPath, describeFound, type Expected, type Problem } from './problems';
import {
  restoreCatalogEntry,
  restoreGoalSet,
  restoreGoalTarget,
  restoreObservation,
  restoreYear,
} from './restore';
import type { GoalSet } from './goalSets';
import {
  SLIDE_KINDS,
  SLIDE_MAP_BREAKS,
  type Slide,
  type SlideKind,
  type SlideMapBreaks,
} from './slides';
import type { CatalogEntry, Kind, Observation, Result } from './types';

export type Json = Record<string, unknown>;

/** Collects problems; every reader returns undefined after noting one. */
export class Problems {
  readonly list: Problem[] = [];
  bad(path: string, expected: Expected, found: unknown): undefined {
    this.list.push({ code: 'badField', expected, found: describeFound(found), path });
    return undefined;
  }
  add(p: Problem): undefined {
    this.list.push(p);
    return undefined;
  }
}

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function obj(p: Problems, v: unknown, path: string): Json | undefined {
  return isObject(v) ? v : p.bad(path, 'object', v);
}

export function list(p: Problems, v: unknown, path: string): unknown[] | undefined {
  return Array.isArray(v) ? v : p.bad(path, 'list', v);
}

/** Text; a missing optional field reads as ''. */
export function text(p: Problems, o: Json, key: string, path: string, required = false) {
  const v = o[key];
  if (v === undefined && !required) return '';
  if (typeof v !== 'string' || (required && v.trim() === ''))
    return p.bad(`${path}.${key}`, required ? 'name' : 'text', v);
  return v;
}

export function num(p: Problems, o: Json, key: string, path: string): number | undefined {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : p.bad(`${path}.${key}`, 'number', v);
}

function oneOf<T extends string>(
  p: Problems,
  o: Json,
  key: string,
  path: string,
  allowed: readonly T[],
  missing?: T,
): T | undefined {
  const v = o[key] === undefined ? missing : o[key];
  return allowed.includes(v as T) ? (v as T) : p.bad(`${path}.${key}`, { oneOf: allowed }, o[key]);
}

const KINDS: readonly Kind[] = ['actual', 'target'];

/** A restore result noted in `p` with its JSON path: the value, or undefined. */
function noted<T>(p: Problems, r: Result<T>, path: string): T | undefined {
  return r.ok ? r.value : p.add(atPath(r.reason, path));
}

export const observation = (p: Problems, raw: unknown, path: string): Observation | undefined =>
  noted(p, restoreObservation(raw), path);

export const goalSet = (p: Problems, raw: unknown, path: string): GoalSet | undefined =>
  noted(p, restoreGoalSet(raw, path), path);

/**
 * A goal set read from storage: a bad target is reported and left out, the set and its good
 * targets stay (refusing the whole set would lose every good target on the next save).
 */
export function storedGoalSet(p: Problems, raw: unknown, path: string): GoalSet | undefined {
  if (!isObject(raw) || !Array.isArray(raw.targets)) return goalSet(p, raw, path);
  const set = goalSet(p, { ...raw, targets: [] }, path);
  if (!set) return undefined;
  const targets = raw.targets.flatMap((x, i) => {
    const r = noted(p, restoreGoalTarget(x, `${path}.targets[${i}]`), `${path}.targets[${i}]`);
    return r ? [r] : [];
  });
  return { ...set, targets };
}

export const catalogEntry = (p: Problems, raw: unknown, path: string): CatalogEntry | undefined =>
  noted(p, restoreCatalogEntry(raw, path), path);

export function slide(p: Problems, raw: unknown, path: string): Slide | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const strOrNull = (key: string) =>
    o[key] === null || o[key] === undefined ? null : (text(p, o, key, path) ?? null);
  const yearRaw = o.year;
  const year = yearRaw === 'latest' || yearRaw === undefined ? null : restoreYear(yearRaw);
  if (year && !year.ok) p.add({ ...year.reason, path: `${path}.year` });
  const r: Slide = {
    id: text(p, o, 'id', path, true) ?? '',
    kind: oneOf<SlideKind>(p, o, 'kind', path, SLIDE_KINDS) ?? 'across',
    title: text(p, o, 'title', path) ?? '',
    indicator: strOrNull('indicator'),
    scope: text(p, o, 'scope', path) ?? '',
    district: strOrNull('district'),
    year: year?.ok ? year.value : 'latest',
    dataKind: oneOf(p, o, 'dataKind', path, KINDS, 'actual') ?? 'actual',
    goalSource: text(p, o, 'goalSource', path) || 'own',
  };
  // Map slides only; older backups have none.
  if (o.mapBreaks !== undefined) {
    const breaks = oneOf<SlideMapBreaks>(p, o, 'mapBreaks', path, SLIDE_MAP_BREAKS);
    if (breaks) r.mapBreaks = breaks;
  }
  return p.list.length === before ? r : undefined;
}

/** Every item read with `one`, or undefined when the list or any item is bad. */
export function each<T>(
  p: Problems,
  raw: unknown,
  path: string,
  one: (p: Problems, v: unknown, path: string) => T | undefined,
): T[] | undefined {
  const items = list(p, raw, path);
  if (!items) return undefined;
  const before = p.list.length;
  const out = items.map((v, i) => one(p, v, `${path}[${i}]`));
  return p.list.length === before ? (out as T[]) : undefined;
}

/** The first id (by `key`) that appears twice, else null. */
export function duplicate<T>(items: readonly T[], key: (x: T) => string): string | null {
  const seen = new Set<string>();
  for (const x of items) {
    const k = key(x);
    if (seen.has(k)) return k;
    seen.add(k);
  }
  return null;
}
