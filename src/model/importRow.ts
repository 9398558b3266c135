// One data row of an import file → an observation, or the problem that stops it. The file's
// own ways of writing (neutralised formulas, 江津 for 江津区, a unit column, a year column left
// out of a wide file) are undone here; the row itself is judged by the one restore step.
import { rangeProblem } from './catalog';
import { unneutralise, type LongField } from './csvFormat';
import type { ImportContext, PlanRow } from './importPlan';
import { parseNumber } from './numbers';
import type { Problem } from './problems';
import { restoreObservation } from './restore';
import type { Kind } from './types';

/** "江津" → "江津区" when that is a known district. */
function canonicalDistrict(name: string, known: ReadonlySet<string>): string {
  if (known.has(name)) return name;
  for (const suffix of ['区', '县']) if (known.has(name + suffix)) return name + suffix;
  return name;
}

export type Fields = Partial<Record<LongField, string>>;

/**
 * A row (or a wide cell) is taken, refused with a problem, holds a no-data mark (`—`, `…`, `x`:
 * neither an error nor a zero), or belongs to a totals line (`合计`, `全市`: kept apart).
 */
export type RowOutcome =
  | { row: PlanRow; problem?: undefined; noData?: undefined; total?: undefined }
  | { problem: Problem; row?: undefined; noData?: undefined; total?: undefined }
  | { noData: string; row?: undefined; problem?: undefined; total?: undefined }
  | { total: string; row?: undefined; problem?: undefined; noData?: undefined };

export function checkRow(
  f: Fields,
  line: number,
  ctx: ImportContext,
  known: ReadonlySet<string>,
  fallbackKind: Kind,
  fallbackYear: number | null,
): RowOutcome {
  const named = unneutralise((f.district ?? '').trim());
  const district = canonicalDistrict(named, known);
  const indicator = unneutralise((f.indicator ?? '').trim());
  const entry = ctx.catalog.get(indicator);
  const fileUnit = (f.unit ?? '').trim();
  const unit = entry?.unit ?? fileUnit;
  const rawValue = (f.value ?? '').trim();
  // A different unit in the file (人 for 万人, 亿元 for 万元) is converted into the catalog's.
  const convert =
    rawValue !== '' && fileUnit !== '' && entry !== undefined && fileUnit !== entry.unit;
  const yearText = (f.year ?? '').trim();
  const r = restoreObservation(
    {
      district,
      indicator,
      year: yearText === '' && fallbackYear !== null ? fallbackYear : yearText,
      // A file without a kind column (or a wide file's) takes the kind chosen for it.
      kind: f.kind === undefined ? fallbackKind : f.kind,
      value: convert ? `${rawValue}${fileUnit}` : rawValue,
      qualifier: f.qualifier,
      scope: unneutralise((f.scope ?? '').trim()),
      source: unneutralise((f.source ?? '').trim()),
      quote: unneutralise(f.quote ?? ''),
      note: unneutralise((f.note ?? '').trim()),
      original: unneutralise((f.original ?? '').trim()),
      preferred: f.preferred,
    },
    { id: 'new', unit },
  );
  if (!r.ok) return { problem: { ...r.reason, line } };
  const { id: _id, ...obs } = r.value;
  const value = obs.value;
  const warnings: Problem[] = [];
  if (named !== district) warnings.push({ code: 'districtNamed', text: named, district, line });
  const plain = parseNumber(rawValue);
  if (convert && value !== null && !(plain.ok && plain.value.value === value))
    warnings.push({ code: 'unitConverted', text: rawValue, fileUnit, value, unit, line });
  const range = value === null ? null : rangeProblem(entry, value);
  if (range && value !== null) warnings.push({ code: 'outOfRange', indicator, value, range, line });
  const row: PlanRow = { line, obs };
  if (warnings.length) row.warnings = warnings;
  return { row };
}
