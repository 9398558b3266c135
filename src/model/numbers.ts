// Turns what planners type or paste (Excel/WPS, IME full-width) into a number in the
// indicator's own unit, or a problem code saying why not. Every accepted value is exactly what the
// text says: scaling (万, 亿) is a shift of the decimal point, never a float multiplication,
// and text with more digits than a double keeps is refused rather than rounded.
import type { Qualifier, Result } from './types';

export interface ParsedNumber {
  value: number;
  qualifier: Qualifier;
}

/** Powers of ten; a Map so that no typed text can reach Object.prototype. */
const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['万', 4],
  ['亿', 8],
]);

/** Full-width digits and punctuation (from Chinese IMEs) to ASCII. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[。．]/g, '.');
}

/** Power of ten implied by a unit such as 万人 or 亿元 (0 for plain units). */
function unitExponent(unit: string): number {
  return unit.length > 1 ? (MULTIPLIERS.get(unit.charAt(0)) ?? 0) : 0;
}

/** A unit as its plain unit and power of ten: 万人 → 人 and 4, 亿元 → 元 and 8, 张 → 张 and 0. */
export function unitScale(unit: string): { base: string; exponent: number } {
  const exponent = unitExponent(unit);
  return { base: exponent === 0 ? unit : unit.slice(1), exponent };
}

const QUALIFIER_PREFIX = /^(≥|>=|＞=|不低于|不少于|大于等于|超过|超|约|近|≈|~)/;
const QUALIFIER_SUFFIX = /(以上|余|多|左右)$/;
const NUMBER = /^([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d{1,4}))?(.*)$/;

/** Significant digits and the power of ten of the first one; '' for zero. */
function decimalDigits(text: string): { digits: string; exp: number } {
  const [mantissa = '', e = '0'] = text.replace(/^[+-]/, '').split(/[eE]/);
  const [int = '', frac = ''] = mantissa.split('.');
  const all = int + frac;
  const lead = all.length - all.replace(/^0+/, '').length;
  const digits = all.slice(lead).replace(/0+$/, '');
  return { digits, exp: int.length - lead - 1 + Number(e) };
}

/**
 * Plain decimals of at most 15 digits (nearly every cell of a 100,000-row file): a double keeps
 * every such number exactly, so it needs none of the checks below.
 */
const PLAIN = /^-?\d+(?:\.\d+)?$/;
function plainNumber(raw: string): Result<ParsedNumber> | null {
  if (raw.length > 17 || !PLAIN.test(raw)) return null;
  const digits = raw.length - (raw.charCodeAt(0) === 45 ? 1 : 0) - (raw.includes('.') ? 1 : 0);
  if (digits > 15) return null;
  const value = Number(raw);
  return { ok: true, value: { value: value === 0 ? 0 : value, qualifier: '' } };
}

/**
 * Parses "32.22%", "1,234", "69万" (with unit 万人 → 69), "1.97亿" (unit 万元 → 19700),
 * "３２．２２", "≥95%", "95%以上", "1e21", "1.5E-7". Returns a reason for anything else.
 */
export function parseNumber(raw: string, unit = ''): Result<ParsedNumber> {
  const plain = plainNumber(raw);
  if (plain) return plain;
  let s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: { code: 'empty' } };
  let qualifier: Qualifier = '';
  const pre = QUALIFIER_PREFIX.exec(s);
  if (pre) {
    qualifier = /≥|>=|不低于|不少于|大于等于/.test(pre[0]) ? '≥' : '≈';
    s = s.slice(pre[0].length);
  }
  const suf = QUALIFIER_SUFFIX.exec(s);
  if (suf) {
    qualifier = suf[0] === '以上' ? '≥' : '≈';
    s = s.slice(0, -suf[0].length);
  }
  // Anything after the number must be the unit (or a part of it), a % or a multiplier.
  const m = NUMBER.exec(s);
  if (!m || m[2] === undefined)
    return { ok: false, reason: { code: 'notANumber', text: raw.trim() } };
  const sign = m[1] ?? '';
  const mantissa = m[2].replace(/,/g, '');
  let shift = Number(m[3] ?? '0');
  let rest = m[4] ?? '';
  // Digits or separators left over ("12.3.4", "79,1") are a malformed number, not a unit.
  if (/[\d.,]/.test(rest)) return { ok: false, reason: { code: 'notANumber', text: raw.trim() } };
  const mult = MULTIPLIERS.get(rest.charAt(0));
  if (mult !== undefined) {
    shift += mult - unitExponent(unit);
    rest = rest.slice(1);
  } else if (unitExponent(unit) !== 0 && rest !== '' && unit.endsWith(rest)) {
    // "69人" typed into a 万人 column: the user meant plain people.
    shift -= unitExponent(unit);
    rest = '';
  }
  const percentOk = rest === '%' && (unit === '%' || unit === '');
  if (rest !== '' && !percentOk && !unit.endsWith(rest)) {
    return { ok: false, reason: { code: 'wrongUnit', text: raw.trim(), found: rest, unit } };
  }
  const text = `${sign}${mantissa}e${shift}`;
  const value = Number(text);
  if (!Number.isFinite(value))
    return { ok: false, reason: { code: 'notFinite', text: raw.trim() } };
  // A double keeps 15–17 significant digits: more, or a value below its range, would be
  // stored as a different number. Refuse instead of rounding silently.
  const wanted = decimalDigits(text);
  const kept = decimalDigits(String(value));
  if (wanted.digits !== kept.digits || (wanted.digits !== '' && wanted.exp !== kept.exp)) {
    return { ok: false, reason: { code: 'notExact', text: raw.trim(), kept: value } };
  }
  // −0 is the same quantity as 0, and JSON (backups) cannot tell them apart.
  return { ok: true, value: { value: value === 0 ? 0 : value, qualifier } };
}

/**
 * A number as plain decimal text (never "1e+21" or "1e-7"), with every digit JavaScript's
 * shortest round-trip form has: parseNumber(numberText(n)) gives n back.
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const s = String(n);
  if (!/e/i.test(s)) return s === '-0' ? '0' : s;
  const { digits, exp } = decimalDigits(s);
  const sign = n < 0 ? '-' : '';
  if (exp >= digits.length - 1) return sign + digits + '0'.repeat(exp - digits.length + 1);
  if (exp < 0) return `${sign}0.${'0'.repeat(-exp - 1)}${digits}`;
  return `${sign}${digits.slice(0, exp + 1)}.${digits.slice(exp + 1)}`;
}
