// The one reading of each observation field, whatever brought it: typed text, a CSV cell, a
// JSON value from a backup, a snapshot, another tab or IndexedDB. A field is read the same
// way on every path, so the same row gets the same verdict wherever it came from.
import { numberText, parseNumber, toHalfWidth } from '../numbers';
import { describeFound, type Problem } from '../problems';
import type { Kind, Qualifier, Result } from '../types';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

// Maps, not object literals: a cell reading "constructor" must not find a prototype member.
const KINDS: ReadonlyMap<string, Kind> = new Map([
  ['actual', 'actual'],
  ['实际', 'actual'],
  ['实际值', 'actual'],
  ['target', 'target'],
  ['目标', 'target'],
  ['目标值', 'target'],
]);
const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['', ''],
  ['≥', '≥'],
  ['>=', '≥'],
  ['以上', '≥'],
  ['≈', '≈'],
  ['~', '≈'],
  ['约', '≈'],
  ['余', '≈'],
]);

// Shared results for the forms stored rows nearly always have: the load reads 100,000 rows.
const BLANK: Result<string> = { ok: true, value: '' };
const ACTUAL: Result<Kind> = { ok: true, value: 'actual' };
const TARGET: Result<Kind> = { ok: true, value: 'target' };
// A Chinese file's 实际 / 目标 too: 100,000 rows of an import read one of them.
const SAME_KIND: ReadonlyMap<unknown, Result<Kind>> = new Map([
  ['actual', ACTUAL],
  ['target', TARGET],
  ['实际', ACTUAL],
  ['目标', TARGET],
]);
const SAME_QUALIFIER: ReadonlyMap<unknown, Result<Qualifier>> = new Map([
  ['', { ok: true, value: '' }],
  [undefined, { ok: true, value: '' }],
  ['≥', { ok: true, value: '≥' }],
  ['≈', { ok: true, value: '≈' }],
]);

const fail = (reason: Problem): { ok: false; reason: Problem } => ({ ok: false, reason });

/** A value as the text a cell would show: numbers in plain decimals, blank for null. */
export function cellText(v: unknown): string | null {
  if (typeof v === 'string') return v;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? numberText(v) : String(v);
  if (typeof v === 'boolean') return String(v);
  return null;
}

/** Text; trimmed unless `keepSpace` (a verbatim quote). Objects and lists are refused. */
export function restoreText(v: unknown, keepSpace = false): Result<string> {
  if (v === '' || v === undefined) return BLANK;
  const s = cellText(v);
  if (s === null) return fail({ code: 'notText', found: describeFound(v) });
  return { ok: true, value: keepSpace ? s : s.trim() };
}

/**
 * An indicator's name wherever it is written (a row, a catalog entry, a formula's reference, a
 * goal-set target): trimmed text, not blank. A name such as `__proto__` is text like any other:
 * every lookup by name goes through own keys (Map, Set, Object.hasOwn), never a plain object.
 */
export function restoreIndicatorName(v: unknown): Result<string> {
  const s = restoreText(v);
  if (s.ok && s.value === '') return fail({ code: 'noIndicator' });
  return s;
}

/** A year 1900–2100: a whole JSON number, or text such as "2023", "2023年", "２０２３". */
export function restoreYear(v: unknown): Result<number> {
  if (typeof v === 'number') {
    return Number.isInteger(v) && v >= MIN_YEAR && v <= MAX_YEAR
      ? { ok: true, value: v }
      : fail({ code: 'badYear', text: cellText(v) ?? '' });
  }
  // A file's year cell is nearly always four plain digits.
  if (typeof v === 'string' && v.length === 4 && /^\d{4}$/.test(v)) {
    const year = Number(v);
    if (year >= MIN_YEAR && year <= MAX_YEAR) return { ok: true, value: year };
  }
  const s = cellText(v);
  const text = toHalfWidth(s ?? '')
    .trim()
    .replace(/年$/, '');
  if (s === null || !/^\d{4}$/.test(text)) return fail({ code: 'badYear', text: (s ?? '').trim() });
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR
    ? { ok: true, value: year }
    : fail({ code: 'badYear', text: (s ?? '').trim() });
}

/** actual / target, also 实际 / 目标 (version-1 backups, Chinese files) and any letter case. */
export function restoreKind(v: unknown): Result<Kind> {
  const same = SAME_KIND.get(v);
  if (same) return same;
  const s = (cellText(v) ?? '').trim();
  const kind = KINDS.get(s.toLowerCase());
  return kind ? { ok: true, value: kind } : fail({ code: 'badKind', text: s });
}

/** '', ≥ or ≈, also >=, 以上, ~, 约, 余 and full-width forms. */
export function restoreQualifier(v: unknown): Result<Qualifier> {
  const same = SAME_QUALIFIER.get(v);
  if (same) return same;
  const s = toHalfWidth(cellText(v) ?? '\u0000').trim();
  const q = QUALIFIERS.get(s);
  return q !== undefined ? { ok: true, value: q } : fail({ code: 'badQualifier', text: s });
}

export interface RestoredValue {
  value: number | null;
  qualifier: Qualifier;
}

/**
 * A value in the indicator's unit: blank → null; a JSON number kept as it is, even -0 (it is
 * exact by definition, and stored data never changes silently); text through parseNumber ("32.22%", "69万", "≥95"), kept exactly or refused.
 */
export function restoreValue(v: unknown, unit: string): Result<RestoredValue> {
  if (typeof v === 'number') {
    return Number.isFinite(v)
      ? { ok: true, value: { value: v, qualifier: '' } }
      : fail({ code: 'notANumber', text: String(v) });
  }
  const s = cellText(v);
  if (s === null) return fail({ code: 'notANumber', text: describeText(v) });
  if (s.trim() === '') return { ok: true, value: { value: null, qualifier: '' } };
  return parseNumber(s, unit);
}

const describeText = (v: unknown): string => (Array.isArray(v) ? '[…]' : '{…}');

const NOT_PREFERRED: Result<boolean> = { ok: true, value: false };

/** 采用 (the chosen source): true/false, or 是/yes/true/1/✓ and 否/no/false/0/blank. */
export function restorePreferred(v: unknown): Result<boolean> {
  if (v === undefined) return NOT_PREFERRED;
  if (typeof v === 'boolean') return { ok: true, value: v };
  const s = (cellText(v) ?? '\u0000').trim();
  if (/^(是|yes|true|1|✓)$/i.test(s)) return { ok: true, value: true };
  if (/^(|否|no|false|0)$/i.test(s)) return { ok: true, value: false };
  return fail({ code: 'badPreferred', text: s });
}
