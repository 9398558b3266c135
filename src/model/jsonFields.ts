// Typed readers for JSON the app wrote (backups): each value is kept exactly or refused with
// its JSON path (goalSets[2].targets[0].value). Numbers must be JSON numbers: text is never
// re-parsed, so what the app wrote is what it reads back.
import { t } from '../i18n';
import type { GoalSet, GoalTarget } from './goalSets';
import { SLIDE_KINDS, type Slide, type SlideKind } from './slides';
import type { CatalogEntry, Direction, Kind, Observation, Qualifier } from './types';

export type Json = Record<string, unknown>;

/** Collects problems; every reader returns undefined after noting one. */
export class Problems {
  readonly list: string[] = [];
  bad(path: string, expected: string, found: unknown): undefined {
    this.list.push(t.backup.badField(path, expected, describe(found)));
    return undefined;
  }
}

function describe(v: unknown): string {
  const f = t.backup.found;
  if (v === undefined) return f.missing;
  if (v === null) return f.null;
  if (typeof v === 'string') return f.text(v.length > 20 ? `${v.slice(0, 20)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return f.value(String(v));
  return Array.isArray(v) ? f.list : f.object;
}

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function obj(p: Problems, v: unknown, path: string): Json | undefined {
  return isObject(v) ? v : p.bad(path, t.backup.expect.object, v);
}

export function list(p: Problems, v: unknown, path: string): unknown[] | undefined {
  return Array.isArray(v) ? v : p.bad(path, t.backup.expect.list, v);
}

/** Text; a missing optional field reads as ''. */
export function text(p: Problems, o: Json, key: string, path: string, required = false) {
  const v = o[key];
  if (v === undefined && !required) return '';
  if (typeof v !== 'string' || (required && v.trim() === ''))
    return p.bad(`${path}.${key}`, required ? t.backup.expect.name : t.backup.expect.text, v);
  return v;
}

export function num(p: Problems, o: Json, key: string, path: string): number | undefined {
  const v = o[key];
  return typeof v === 'number' && Number.isFinite(v)
    ? v
    : p.bad(`${path}.${key}`, t.backup.expect.number, v);
}

export function numOrNull(p: Problems, o: Json, key: string, path: string) {
  const v = o[key];
  if (v === null) return null;
  return typeof v === 'number' && Number.isFinite(v)
    ? v
    : p.bad(`${path}.${key}`, t.backup.expect.numberOrBlank, v);
}

function year(p: Problems, o: Json, key: string, path: string): number | undefined {
  const v = o[key];
  return typeof v === 'number' && Number.isInteger(v) && v >= 1900 && v <= 2100
    ? v
    : p.bad(`${path}.${key}`, t.backup.expect.year, v);
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
  return allowed.includes(v as T)
    ? (v as T)
    : p.bad(`${path}.${key}`, t.backup.expect.oneOf(allowed.join(' / ')), o[key]);
}

const QUALIFIERS: readonly Qualifier[] = ['', '≥', '≈'];
const KINDS: readonly Kind[] = ['actual', 'target'];
const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'neutral'];

export function observation(p: Problems, raw: unknown, path: string): Observation | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const r: Observation = {
    id: text(p, o, 'id', path, true) ?? '',
    district: text(p, o, 'district', path, true) ?? '',
    indicator: text(p, o, 'indicator', path, true) ?? '',
    unit: text(p, o, 'unit', path) ?? '',
    year: year(p, o, 'year', path) ?? 0,
    kind: oneOf(p, o, 'kind', path, KINDS) ?? 'actual',
    value: numOrNull(p, o, 'value', path) ?? null,
    qualifier: oneOf(p, o, 'qualifier', path, QUALIFIERS, '') ?? '',
    scope: text(p, o, 'scope', path) ?? '',
    source: text(p, o, 'source', path) ?? '',
    quote: text(p, o, 'quote', path) ?? '',
    note: text(p, o, 'note', path) ?? '',
  };
  if (o.original !== undefined) {
    const orig = obj(p, o.original, `${path}.original`);
    if (orig) {
      const value = numOrNull(p, orig, 'value', `${path}.original`);
      const qualifier = oneOf(p, orig, 'qualifier', `${path}.original`, QUALIFIERS, '');
      if (value !== undefined && qualifier !== undefined) r.original = { value, qualifier };
    }
  }
  if (o.preferred !== undefined) {
    if (typeof o.preferred === 'boolean') r.preferred = o.preferred;
    else p.bad(`${path}.preferred`, t.backup.expect.yesNo, o.preferred);
  }
  return p.list.length === before ? r : undefined;
}

function target(p: Problems, raw: unknown, path: string): GoalTarget | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const r: GoalTarget = {
    indicator: text(p, o, 'indicator', path, true) ?? '',
    value: numOrNull(p, o, 'value', path) ?? null,
    year: year(p, o, 'year', path) ?? 0,
    qualifier: oneOf(p, o, 'qualifier', path, QUALIFIERS, '') ?? '',
  };
  return p.list.length === before ? r : undefined;
}

export function goalSet(p: Problems, raw: unknown, path: string): GoalSet | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const id = text(p, o, 'id', path, true);
  const name = text(p, o, 'name', path, true);
  const targets = (list(p, o.targets, `${path}.targets`) ?? []).map((x, i) =>
    target(p, x, `${path}.targets[${i}]`),
  );
  if (p.list.length !== before || id === undefined || name === undefined) return undefined;
  return { id, name, targets: targets as GoalTarget[] };
}

export function catalogEntry(p: Problems, raw: unknown, path: string): CatalogEntry | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const r: CatalogEntry = {
    indicator: text(p, o, 'indicator', path, true) ?? '',
    nameEn: text(p, o, 'nameEn', path) ?? '',
    unit: text(p, o, 'unit', path) ?? '',
    direction: oneOf(p, o, 'direction', path, DIRECTIONS) ?? 'neutral',
    min: numOrNull(p, o, 'min', path) ?? null,
    max: numOrNull(p, o, 'max', path) ?? null,
    category: text(p, o, 'category', path) ?? '',
  };
  return p.list.length === before ? r : undefined;
}

export function slide(p: Problems, raw: unknown, path: string): Slide | undefined {
  const o = obj(p, raw, path);
  if (!o) return undefined;
  const before = p.list.length;
  const strOrNull = (key: string) =>
    o[key] === null || o[key] === undefined ? null : (text(p, o, key, path) ?? null);
  const yearRaw = o.year;
  const r: Slide = {
    id: text(p, o, 'id', path, true) ?? '',
    kind: oneOf<SlideKind>(p, o, 'kind', path, SLIDE_KINDS) ?? 'across',
    title: text(p, o, 'title', path) ?? '',
    indicator: strOrNull('indicator'),
    scope: text(p, o, 'scope', path) ?? '',
    district: strOrNull('district'),
    year:
      yearRaw === 'latest' || yearRaw === undefined
        ? 'latest'
        : (year(p, o, 'year', path) ?? 'latest'),
    dataKind: oneOf(p, o, 'dataKind', path, KINDS, 'actual') ?? 'actual',
    goalSource: text(p, o, 'goalSource', path) || 'own',
  };
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
