// One data row of an import file → an observation, the problem that stops it, a no-data mark or
// a totals line. The file's own ways of writing (neutralised formulas, 江津 or 500116 for 江津区,
// 梁平县 for 梁平区, a unit column, a year column left out of a wide file) are undone here; the
// row itself is judged by the one restore step.
import { rangeProblem } from './catalog';
import { unneutralise, type LongField } from './csvFormat';
import {
  matchDistrict,
  type DistrictAliases,
  type DistrictMatch,
  type MatchResult,
} from './districtMatch';
import type { ImportContext, NewObservation, PlanRow } from './importPlan';
import { noDataMark } from './marks';
import { parseNumber } from './numbers';
import type { Problem } from './problems';
import { restoreObservation } from './restore';
import type { Kind, Observation } from './types';

/** The import context, optionally with other names for districts (English names on screen). */
export type RowContext = ImportContext & { districtAliases?: DistrictAliases };

/** The warning that says how a district cell was read, when it was not read as written. */
function districtWarning(text: string, m: DistrictMatch, line: number): Problem | null {
  if (text === m.district) return null;
  const w: Problem = { code: 'districtNamed', text, district: m.district, line };
  if (m.via === 'code' || m.via === 'former') w.via = m.via;
  if (m.code !== undefined) w.divisionCode = m.code;
  if (m.former !== undefined) w.former = m.former;
  if (m.year !== undefined) w.year = m.year;
  if (m.merged) w.merged = true;
  return w;
}

export type Fields = Partial<Record<LongField, string>>;

// A file names few districts over many rows: each text is matched once per set of known ones
// (a plan's `known` is its own Set, so the memo lives as long as the plan is being built).
const districtMemo = new WeakMap<
  ReadonlySet<string>,
  { aliases: DistrictAliases | undefined; hits: Map<string, MatchResult> }
>();
function matchKnown(text: string, known: ReadonlySet<string>, aliases?: DistrictAliases) {
  let memo = districtMemo.get(known);
  if (!memo || memo.aliases !== aliases)
    districtMemo.set(known, (memo = { aliases, hits: new Map() }));
  let m = memo.hits.get(text);
  if (m === undefined) memo.hits.set(text, (m = matchDistrict(text, known, aliases)));
  return m;
}

/** `{ id, ...obs } = o` written out (a copy without an id): an object rest per row is slow. */
export function withoutId(o: NewObservation): NewObservation {
  const obs: NewObservation = {
    district: o.district,
    indicator: o.indicator,
    unit: o.unit,
    year: o.year,
    kind: o.kind,
    value: o.value,
    qualifier: o.qualifier,
    scope: o.scope,
    source: o.source,
    quote: o.quote,
    note: o.note,
  };
  if (o.original !== undefined) obs.original = o.original;
  if (o.preferred !== undefined) obs.preferred = o.preferred;
  if (o.derived !== undefined) obs.derived = o.derived;
  return obs;
}

/** How an other name is keyed: case and spaces aside (`Life  expectancy` = `life expectancy`). */
export const aliasKey = (name: string): string => name.toLowerCase().replace(/\s+/g, '');

/** A name as written, else its target among the other names (an English catalog name, a unit). */
function canonical(
  text: string,
  own: (t: string) => boolean,
  aliases?: ReadonlyMap<string, string>,
) {
  return text === '' || own(text) ? text : (aliases?.get(aliasKey(text)) ?? text);
}

/**
 * A row (or a wide cell) is taken, refused with a problem, holds a no-data mark (`—`, `…`, `x`:
 * neither an error nor a zero), or belongs to a totals line (`合计`, `全市`: kept apart).
 */
export type RowOutcome =
  | { row: PlanRow; problem?: undefined; noData?: undefined; total?: undefined }
  | { problem: Problem; row?: undefined; noData?: undefined; total?: undefined }
  | { noData: string; row?: undefined; problem?: undefined; total?: undefined }
  | { total: string; row?: undefined; problem?: undefined; noData?: undefined };

/** As RowOutcome, with the accepted row as its restored observation (id included) and warnings. */
export type CellOutcome =
  | {
      obs: Observation;
      warnings?: Problem[];
      problem?: undefined;
      noData?: undefined;
      total?: undefined;
    }
  | { problem: Problem; obs?: undefined; noData?: undefined; total?: undefined }
  | { noData: string; obs?: undefined; problem?: undefined; total?: undefined }
  | { total: string; obs?: undefined; problem?: undefined; noData?: undefined };

/** checkCell with the accepted row as a plan row. */
export function checkRow(
  f: Fields,
  line: number,
  ctx: RowContext,
  known: ReadonlySet<string>,
  fallbackKind: Kind,
  fallbackYear: number | null,
  emptyIsNoData = false,
): RowOutcome {
  const r = checkCell(f, line, ctx, known, fallbackKind, fallbackYear, emptyIsNoData);
  if (r.obs === undefined) return r;
  const row: PlanRow = { line, obs: withoutId(r.obs) };
  if (r.warnings) row.warnings = r.warnings;
  return { row };
}

/**
 * A row (or one cell of a wide row) checked. A totals label in the district cell (合计, 全市) gives
 * `total`; a no-data mark in the value cell (—, …, x) gives `noData`. An empty value is a row
 * with no value (null) in a long file, as the long export writes one; callers reading a grid of
 * values (wide, regions × years) pass `emptyIsNoData` to count it as no data instead.
 */
export function checkCell(
  f: Fields,
  line: number,
  ctx: RowContext,
  known: ReadonlySet<string>,
  fallbackKind: Kind,
  fallbackYear: number | null,
  emptyIsNoData = false,
): CellOutcome {
  const named = unneutralise((f.district ?? '').trim());
  const match = matchKnown(named, known, ctx.districtAliases);
  if (match && 'total' in match) return { total: match.total };
  // '- is how a CSV export keeps a lone - from being read as a formula.
  const mark = noDataMark(unneutralise((f.value ?? '').trim()));
  if (mark !== null && (mark !== '' || emptyIsNoData)) return { noData: mark };
  if (match && 'conflict' in match) {
    const { code: divisionCode, codeDistrict: district } = match.conflict;
    const conflict = { code: 'districtCodeConflict', text: named, divisionCode, district } as const;
    return { problem: { ...conflict, field: 'district', line } };
  }
  const district = match?.district ?? named;
  const indicator = canonical(
    unneutralise((f.indicator ?? '').trim()),
    (t) => ctx.catalog.has(t),
    ctx.indicatorAliases,
  );
  const entry = ctx.catalog.get(indicator);
  const fileUnit = canonical((f.unit ?? '').trim(), (t) => t === entry?.unit, ctx.unitAliases);
  const rawValue = (f.value ?? '').trim();
  // A new indicator with no unit anywhere: a value written 45% (a percent-formatted cell) says it.
  const unit = entry?.unit ?? (fileUnit || (/[%％]$/.test(rawValue) ? '%' : ''));
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
  // A formula computes its actual values (a wide export writes them): stored, they would hide.
  if (entry?.formula && r.value.kind === 'actual')
    return { problem: { code: 'formulaComputed', indicator, line } };
  const obs = r.value;
  const value = obs.value;
  // Most rows have no warning: the list is made only for one.
  let warnings: Problem[] | undefined;
  const read = match && districtWarning(named, match, line);
  if (read) (warnings ??= []).push(read);
  if (convert && value !== null) {
    const plain = parseNumber(rawValue);
    if (!(plain.ok && plain.value.value === value))
      (warnings ??= []).push({
        code: 'unitConverted',
        text: rawValue,
        fileUnit,
        value,
        unit,
        line,
      });
  }
  const range = value === null ? null : rangeProblem(entry, value);
  if (range && value !== null)
    (warnings ??= []).push({ code: 'outOfRange', indicator, value, range, line });
  return warnings ? { obs, warnings } : { obs };
}
