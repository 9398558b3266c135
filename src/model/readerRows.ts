// A candidate figure as the planner left it in the report reader, checked before it is added:
// a blank or unreadable field is refused with its reason (a blank is never read as 0).
import { t } from '../i18n';
import { parseNumber } from './numbers';
import type { Kind, Qualifier, Result } from './types';

export interface ReaderFields {
  indicator: string;
  district: string;
  year: string;
  kind: string;
  value: string;
  unit: string;
}

export interface ReaderRow {
  indicator: string;
  district: string;
  year: number;
  kind: Kind;
  value: number;
  qualifier: Qualifier;
  unit: string;
}

/** Plain decimal or exponent notation, as the reader itself shows a value (1e-7). */
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

export function readerRow(f: ReaderFields): Result<ReaderRow> {
  const r = t.trace.rowReason;
  const indicator = f.indicator.trim();
  const district = f.district.trim();
  const unit = f.unit.trim();
  if (!indicator) return { ok: false, reason: r.noIndicator };
  if (!district) return { ok: false, reason: r.noDistrict };
  const y = f.year.trim();
  if (!/^\d{4}$/.test(y) || Number(y) < 1900 || Number(y) > 2100)
    return { ok: false, reason: y ? r.badYear(y) : r.noYear };
  const raw = f.value.trim();
  if (!raw) return { ok: false, reason: r.noValue };
  const q = /^[≥≈]/.exec(raw)?.[0] as Qualifier | undefined;
  const rest = q ? raw.slice(1).trim() : raw;
  let value: number;
  let qualifier: Qualifier = q ?? '';
  if (PLAIN.test(rest)) value = Number(rest);
  else {
    const p = parseNumber(raw, unit);
    if (!p.ok) return { ok: false, reason: r.badValue(p.reason) };
    value = p.value.value;
    qualifier = p.value.qualifier;
  }
  if (!Number.isFinite(value)) return { ok: false, reason: r.badValue(raw) };
  const kind: Kind = f.kind === 'target' ? 'target' : 'actual';
  return {
    ok: true,
    value: { indicator, district, year: Number(y), kind, value, qualifier, unit },
  };
}
