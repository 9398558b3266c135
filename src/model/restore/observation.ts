// restoreObservation: the one judge of an observation, whichever way it came in (typing, paste,
// CSV, backup, snapshot, another tab, the report reader, the IndexedDB load). It takes foreign
// or old data and returns a valid, normalised row or the first problem, with the field it is in.
import { at, atPath, describeFound, type Problem, type ProblemField } from '../problems';
import type { Observation, Qualifier, Result } from '../types';
import {
  MAX_YEAR,
  MIN_YEAR,
  cellText,
  restoreIndicatorName,
  restoreKind,
  restorePreferred,
  restoreQualifier,
  restoreText,
  restoreValue,
  restoreYear,
  type RestoredValue,
} from './fields';
import { Refused, run } from './refused';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** An own field only: a key such as "constructor" must not find Object.prototype's. */
export const own = (o: Record<string, unknown>, key: string): unknown =>
  Object.hasOwn(o, key) ? o[key] : undefined;

export interface RestoreOptions {
  /** The row's id when the caller gives one (a new row); else the data must carry one. */
  id?: string;
  /** The unit to read the value in and to keep (the catalog's), instead of the row's own. */
  unit?: string;
  /** The caller owns `raw` (read from storage just now): a row in the stored form is kept as is. */
  owned?: boolean;
}

function take<T>(r: Result<T>, field: ProblemField): T {
  if (!r.ok) throw new Refused(at(r.reason, { field }));
  return r.value;
}

/**
 * A value with its qualifier: the qualifier given, else the one written in the value ("≥95").
 * Both given and different ("≈95" under 限定 "≥"): which one is meant is a guess, so ask.
 */
export function restoreMeasure(
  value: unknown,
  qualifier: unknown,
  unit: string,
): Result<RestoredValue> {
  const q = restoreQualifier(qualifier);
  if (!q.ok) return { ok: false, reason: at(q.reason, { field: 'qualifier' }) };
  const v = restoreValue(value, unit);
  if (!v.ok) return { ok: false, reason: at(v.reason, { field: 'value' }) };
  if (q.value && v.value.qualifier && q.value !== v.value.qualifier)
    return {
      ok: false,
      reason: {
        code: 'qualifierConflict',
        text: cellText(value) ?? '',
        qualifier: q.value,
        field: 'value',
      },
    };
  return { ok: true, value: { value: v.value.value, qualifier: q.value || v.value.qualifier } };
}

const trimmed = (v: unknown): v is string => typeof v === 'string' && v.trim() === v;
const named = (v: unknown): v is string => trimmed(v) && v !== '';
const isQualifier = (v: unknown): v is Qualifier => v === '' || v === '≥' || v === '≈';
const isValue = (v: unknown): v is number | null =>
  v === null || (typeof v === 'number' && Number.isFinite(v));

// The stored form's keys in the order the copy below gives them.
const KEYS = ['id', 'district', 'indicator', 'unit', 'year', 'kind', 'value', 'qualifier']
  .concat(['scope', 'source', 'quote', 'note'])
  .concat(['original', 'preferred']);

/**
 * Whether `o` (its fields already checked) is what the copy would be, key for key and in order:
 * no other key, `original` as { value, qualifier }, `preferred` only when true.
 */
function asCopied(o: Record<string, unknown>): boolean {
  let i = 0;
  for (const k in o) {
    while (i < KEYS.length && KEYS[i] !== k) {
      // Only the two optional keys may be missing.
      if (i < 12) return false;
      i++;
    }
    if (i === KEYS.length) return false;
    i++;
  }
  if (i < 12 || o.preferred === false) return false;
  if (o.original === undefined) return !('original' in o);
  let j = 0;
  for (const k in o.original as object) {
    if (k !== (j === 0 ? 'value' : 'qualifier') || j > 1) return false;
    j++;
  }
  return j === 2;
}

/**
 * A row already in the stored form (the app's own rows: the load reads 100,000 of them) is
 * copied without reading each field; the result is exactly the one the full reading gives.
 * `reuse`: the caller owns `o` (a fresh read from IndexedDB), so a row that already is what the
 * copy would be is kept as it is (the same row, 100,000 fewer objects to make and collect).
 */
function storedForm(o: Record<string, unknown>, reuse = false): Observation | null {
  const { id, district, indicator, unit, year, kind, value, qualifier } = o;
  const { scope, source, quote, note, original, preferred } = o;
  if (!named(id) || !named(district) || !named(indicator) || !trimmed(unit)) return null;
  if (typeof year !== 'number' || !Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    return null;
  if ((kind !== 'actual' && kind !== 'target') || !isValue(value) || !isQualifier(qualifier))
    return null;
  if (!trimmed(scope) || !trimmed(source) || typeof quote !== 'string' || !trimmed(note))
    return null;
  if (preferred !== undefined && typeof preferred !== 'boolean') return null;
  let orig: Observation['original'];
  if (original !== undefined) {
    if (!isRecord(original) || !isValue(original.value) || !isQualifier(original.qualifier))
      return null;
    orig = { value: original.value, qualifier: original.qualifier };
  }
  if (reuse && asCopied(o)) return o as unknown as Observation;
  const row: Observation = {
    id,
    district,
    indicator,
    unit,
    year,
    kind,
    value,
    qualifier,
    scope,
    source,
    quote,
    note,
  };
  if (orig) row.original = orig;
  if (preferred) row.preferred = true;
  return row;
}

/** One observation, or the first problem found (fields are checked in one fixed order). */
export function restoreObservation(raw: unknown, opts: RestoreOptions = {}): Result<Observation> {
  if (opts.id === undefined && opts.unit === undefined && isRecord(raw)) {
    const row = storedForm(raw, opts.owned === true);
    if (row) return { ok: true, value: row };
  }
  if (!isRecord(raw))
    return {
      ok: false,
      reason: { code: 'badField', expected: 'object', found: describeFound(raw) },
    };
  const f = (k: string) => own(raw, k);
  return run(() => {
    const id = opts.id ?? take(restoreText(f('id')), 'id');
    if (id === '') throw new Refused({ code: 'noId', field: 'id' });
    const district = take(restoreText(f('district')), 'district');
    if (district === '') throw new Refused({ code: 'noDistrict', field: 'district' });
    const indicator = take(restoreIndicatorName(f('indicator')), 'indicator');
    const unit = opts.unit ?? take(restoreText(f('unit')), 'unit');
    const year = take(restoreYear(f('year')), 'year');
    const kind = take(restoreKind(f('kind')), 'kind');
    const v = restoreMeasure(f('value'), f('qualifier'), unit);
    if (!v.ok) throw new Refused(v.reason);
    const row: Observation = {
      id,
      district,
      indicator,
      unit,
      year,
      kind,
      value: v.value.value,
      qualifier: v.value.qualifier,
      scope: take(restoreText(f('scope')), 'scope'),
      source: take(restoreText(f('source')), 'source'),
      quote: take(restoreText(f('quote'), true), 'quote'),
      note: take(restoreText(f('note')), 'note'),
    };
    const original = restoreOriginal(f('original'), unit);
    if (original) row.original = original;
    if (take(restorePreferred(f('preferred')), 'preferred')) row.preferred = true;
    return row;
  });
}

/** What the report said: { value, qualifier } as stored, or a cell's text such as "≥95". */
function restoreOriginal(raw: unknown, unit: string): Observation['original'] {
  if (raw === undefined || raw === null || raw === '') return undefined;
  if (isRecord(raw)) {
    const q = take(restoreQualifier(own(raw, 'qualifier')), 'original');
    const v = take(restoreValue(own(raw, 'value'), unit), 'original');
    return { value: v.value, qualifier: q || v.qualifier };
  }
  const v = take(restoreValue(raw, unit), 'original');
  return v.value === null ? undefined : { value: v.value, qualifier: v.qualifier };
}

export interface RestoredRows {
  rows: Observation[];
  /** Each refused row's problem, with its place (`path[i]` and its index). */
  problems: (Problem & { index: number })[];
  /** The refused rows as they were, so they can be kept aside rather than dropped. */
  refused: unknown[];
}

/**
 * A list of observations: the good rows, and every bad row reported with where it was. A row
 * whose id an earlier row has (in this list, or in `seen` shared across lists) is refused too:
 * kept, one of the two would be lost on the next save.
 */
export function restoreObservations(
  raw: unknown,
  path = 'observations',
  seen = new Set<string>(),
  opts: Pick<RestoreOptions, 'owned'> = {},
): RestoredRows {
  const out: RestoredRows = { rows: [], problems: [], refused: [] };
  if (!Array.isArray(raw)) {
    if (raw !== undefined && raw !== null) {
      const found = describeFound(raw);
      out.problems.push({ code: 'badField', expected: 'list', found, path, index: -1 });
      out.refused.push(raw);
    }
    return out;
  }
  raw.forEach((item, index) => {
    const r = restoreObservation(item, opts);
    const repeated = r.ok && seen.has(r.value.id);
    if (r.ok && !repeated) {
      seen.add(r.value.id);
      out.rows.push(r.value);
      return;
    }
    const reason: Problem = r.ok ? { code: 'repeatedId', id: r.value.id } : r.reason;
    out.problems.push({ ...atPath(reason, `${path}[${index}]`), index });
    out.refused.push(item);
  });
  return out;
}
