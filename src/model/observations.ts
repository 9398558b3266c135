// Converts header-keyed text records (from the seed CSV or an import) to observations.
import { t } from '../i18n';
import { parseNumber } from './numbers';
import type { Kind, Observation, Qualifier, Result } from './types';

const QUALIFIERS: readonly Qualifier[] = ['', '≥', '≈'];

export function observationKey(
  o: Pick<Observation, 'district' | 'indicator' | 'year' | 'kind' | 'scope'>,
): string {
  return [o.district, o.indicator, o.year, o.kind, o.scope].join('|');
}

/** Parses one record; `id` must be unique in the table it goes to. */
export function recordToObservation(r: Record<string, string>, id: string): Result<Observation> {
  const district = (r.district ?? '').trim();
  const indicator = (r.indicator ?? '').trim();
  const unit = (r.unit ?? '').trim();
  const kind = (r.kind ?? '').trim() as Kind;
  const qualifier = (r.qualifier ?? '').trim() as Qualifier;
  const year = Number((r.year ?? '').trim());
  if (!district) return { ok: false, reason: t.reason.noDistrict };
  if (!indicator) return { ok: false, reason: t.reason.noIndicator };
  if (!Number.isInteger(year) || year < 1900 || year > 2100) {
    return { ok: false, reason: t.reason.badYear(r.year ?? '') };
  }
  if (kind !== 'actual' && kind !== 'target')
    return { ok: false, reason: t.reason.badKind(r.kind ?? '') };
  if (!QUALIFIERS.includes(qualifier))
    return { ok: false, reason: t.reason.badQualifier(qualifier) };
  const rawValue = (r.value ?? '').trim();
  let value: number | null = null;
  let q = qualifier;
  if (rawValue !== '') {
    const parsed = parseNumber(rawValue, unit);
    if (!parsed.ok) return parsed;
    value = parsed.value.value;
    q = qualifier || parsed.value.qualifier;
  }
  return {
    ok: true,
    value: {
      id,
      district,
      indicator,
      unit,
      year,
      kind,
      value,
      qualifier: q,
      scope: (r.scope ?? '').trim(),
      source: (r.source ?? '').trim(),
      quote: r.quote ?? '',
      note: (r.note ?? '').trim(),
    },
  };
}
