// Turns what planners type or paste (Excel/WPS, IME full-width) into a number in the
// indicator's own unit, or a reason it could not.
import { t } from '../i18n';
import type { Qualifier, Result } from './types';

export interface ParsedNumber {
  value: number;
  qualifier: Qualifier;
}

const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Full-width digits and punctuation (from Chinese IMEs) to ASCII. */
export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[。．]/g, '.');
}

/** Scale factor implied by a unit such as 万人 or 亿元 (1 for plain units). */
export function unitScale(unit: string): number {
  return unit.length > 1 ? (MULTIPLIERS[unit.charAt(0)] ?? 1) : 1;
}

const QUALIFIER_PREFIX = /^(≥|>=|＞=|不低于|不少于|大于等于|超过|超|约|近|≈|~)/;
const QUALIFIER_SUFFIX = /(以上|余|多|左右)$/;

/**
 * Parses "32.22%", "1,234", "69万" (with unit 万人 → 69), "1.97亿" (unit 万元 → 19700),
 * "３２．２２", "≥95%", "95%以上". Returns a reason for anything else.
 */
export function parseNumber(raw: string, unit = ''): Result<ParsedNumber> {
  let s = toHalfWidth(raw).trim().replace(/\s+/g, '');
  if (s === '') return { ok: false, reason: t.reason.empty };
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
  const m = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(.*)$/.exec(s);
  if (!m || m[1] === undefined) return { ok: false, reason: t.reason.notNumber(raw.trim()) };
  let value = Number(m[1].replace(/,/g, ''));
  let rest = m[2] ?? '';
  const mult = rest.charAt(0);
  const factor = MULTIPLIERS[mult];
  if (factor !== undefined) {
    value = (value * factor) / unitScale(unit);
    rest = rest.slice(1);
  } else if (unitScale(unit) !== 1 && rest !== '' && unit.endsWith(rest)) {
    // "69人" typed into a 万人 column: the user meant plain people.
    value = value / unitScale(unit);
    rest = '';
  }
  const percentOk = rest === '%' && (unit === '%' || unit === '');
  if (rest !== '' && !percentOk && !unit.endsWith(rest)) {
    return { ok: false, reason: t.reason.wrongUnit(raw.trim(), rest, unit) };
  }
  if (!Number.isFinite(value)) return { ok: false, reason: t.reason.notFinite(raw.trim()) };
  return { ok: true, value: { value: roundFloat(value), qualifier } };
}

/** Removes binary float noise (0.1*3) without changing meaningful digits. */
export function roundFloat(n: number): number {
  return Number(n.toPrecision(12));
}
