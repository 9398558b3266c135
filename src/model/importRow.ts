// One data row of an import file → an observation, or the reason it cannot be taken.
import { formatNumber, indicatorName, t } from '../i18n';
import { rangeProblem } from './catalog';
import { unneutralise, type LongField } from './csvFormat';
import type { ImportContext, NewObservation, PlanRow } from './importPlan';
import { numberText, parseNumber } from './numbers';
import type { Kind, Qualifier } from './types';

// Maps: a cell reading "constructor" must not find Object.prototype.constructor.
const KINDS: ReadonlyMap<string, Kind> = new Map([
  ['实际', 'actual'],
  ['实际值', 'actual'],
  ['actual', 'actual'],
  ['目标', 'target'],
  ['目标值', 'target'],
  ['target', 'target'],
]);
const QUALIFIERS: ReadonlyMap<string, Qualifier> = new Map([
  ['', ''],
  ['≥', '≥'],
  ['>=', '≥'],
  ['以上', '≥'],
  ['≈', '≈'],
  ['~', '≈'],
  ['约', '≈'],
]);
/** "江津" → "江津区" when that is a known district. */
function canonicalDistrict(name: string, known: ReadonlySet<string>): string {
  if (known.has(name)) return name;
  for (const suffix of ['区', '县']) if (known.has(name + suffix)) return name + suffix;
  return name;
}

export type Fields = Partial<Record<LongField, string>>;

export function checkRow(
  f: Fields,
  line: number,
  ctx: ImportContext,
  known: ReadonlySet<string>,
  fallbackKind: Kind,
  fallbackYear: number | null,
): { row?: PlanRow; problem?: string } {
  const named = unneutralise((f.district ?? '').trim());
  const district = canonicalDistrict(named, known);
  const indicator = unneutralise((f.indicator ?? '').trim());
  if (!district) return { problem: t.reason.noDistrict };
  if (!indicator) return { problem: t.reason.noIndicator };
  const entry = ctx.catalog.get(indicator);
  const fileUnit = (f.unit ?? '').trim();
  const unit = entry?.unit ?? fileUnit;
  const yearText = (f.year ?? '').trim().replace(/年$/, '');
  const year = yearText === '' && fallbackYear !== null ? fallbackYear : Number(yearText);
  if (!Number.isInteger(year) || year < 1900 || year > 2100)
    return { problem: t.reason.badYear(f.year ?? '') };
  const kindText = (f.kind ?? '').trim().toLowerCase();
  const kind = kindText === '' ? fallbackKind : KINDS.get(kindText);
  if (!kind) return { problem: t.reason.importKind(f.kind ?? '') };
  const qText = (f.qualifier ?? '').trim();
  const q = QUALIFIERS.get(qText);
  if (q === undefined) return { problem: t.reason.importQualifier(qText) };
  const rawValue = (f.value ?? '').trim();
  let value: number | null = null;
  let qualifier: Qualifier = q;
  let converted: string | undefined;
  if (rawValue !== '') {
    // A different unit in the file (人 for 万人, 亿元 for 万元) is converted into the catalog's.
    const convert = fileUnit !== '' && entry !== undefined && fileUnit !== entry.unit;
    const text = convert ? `${rawValue}${fileUnit}` : rawValue;
    const parsed = parseNumber(text, unit);
    if (!parsed.ok) return { problem: t.reason.importValue(parsed.reason) };
    value = parsed.value.value;
    // "≈95" under 限定 "≥": which one the file means is a guess, so ask.
    if (q && parsed.value.qualifier && q !== parsed.value.qualifier)
      return { problem: t.reason.qualifierConflict(rawValue, qText) };
    qualifier = q || parsed.value.qualifier;
    const plain = parseNumber(rawValue);
    if (convert && !(plain.ok && plain.value.value === value))
      converted = t.reason.unitConverted(rawValue, fileUnit, numberText(value), unit);
  }
  const range = value === null ? null : rangeProblem(entry, value);
  const obs: NewObservation = {
    district,
    indicator,
    unit,
    year,
    kind,
    value,
    qualifier,
    scope: unneutralise((f.scope ?? '').trim()),
    source: unneutralise((f.source ?? '').trim()),
    quote: unneutralise(f.quote ?? ''),
    note: unneutralise((f.note ?? '').trim()),
  };
  const originalText = (f.original ?? '').trim();
  if (originalText !== '') {
    const parsed = parseNumber(unneutralise(originalText), unit);
    if (!parsed.ok) return { problem: t.reason.original(parsed.reason) };
    obs.original = { value: parsed.value.value, qualifier: parsed.value.qualifier };
  }
  const preferred = (f.preferred ?? '').trim();
  if (/^(是|yes|true|1|✓)$/i.test(preferred)) obs.preferred = true;
  else if (!/^(|否|no|false|0)$/i.test(preferred))
    return { problem: t.reason.badPreferred(preferred) };
  const warning =
    [
      named !== district ? t.reason.districtNamed(named, district) : undefined,
      converted,
      range && value !== null
        ? t.msg.rangeNote(indicatorName(ctx.catalog, indicator), formatNumber(value), range)
        : undefined,
    ]
      .filter(Boolean)
      .join(t.sep.clause) || undefined;
  return { row: { line, obs, warning } };
}
