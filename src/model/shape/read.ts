// The data rows of a table → plan rows. Each value cell is taken, skipped with its problem,
// counted as no data, or kept apart as a total; rows and cells are counted apart.
import { matchDistrict } from '../districtMatch';
import { checkCell, withoutId, type Fields } from '../importRow';
import type { ImportContext, ImportPlan, PlanRow, RowSink } from '../importPlan';
import { totalLabel } from '../marks';
import type { Problem } from '../problems';
import type { Kind } from '../types';
import type { Columns } from './layout';
import { tally, type TallyResult } from './tally';
import { splitUnit, type NameAndUnit } from './units';

export interface ReadInput {
  rows: readonly string[][];
  /** Data rows are [from, to): below the header, above the notes. */
  from: number;
  to: number;
  /** The header's width: rows of another width are refused, or padded where `padShort`. */
  width: number;
  padShort: boolean;
  /** An indicator cell with a totals label (总计, 合计) makes a totals row (not regions × years). */
  totalsByIndicator?: boolean;
  /** The header's line: where a totals column is said to be. */
  headerLine: number;
  cols: Columns;
  /** Fields every row shares (the indicator a title names, the district asked for). */
  constants: Fields;
  /** The unit a `单位：` line gives where a row names none. */
  tableUnit: string;
  fallback: { kind: Kind; year: number | null };
  ctx: ImportContext;
  lineOf: (i: number) => number;
  onProgress?: ((done: number, total: number) => void) | undefined;
  /** Where accepted rows go; the plan's own list when absent. */
  sink?: RowSink | undefined;
}

const blank = (c: string | undefined) => (c ?? '').trim() === '';

/** The row at the header's width: trailing empty cells dropped, short rows padded if allowed. */
function fit(cells: readonly string[], width: number, padShort: boolean): readonly string[] {
  if (cells.length > width && cells.slice(width).every(blank)) return cells.slice(0, width);
  if (cells.length < width && padShort)
    return [...cells, ...Array<string>(width - cells.length).fill('')];
  return cells;
}

/**
 * The district cell of a row with a code column: the name, or the code where the name is
 * empty, or both where they disagree (so the match refuses the row as a code conflict).
 */
function withCode(name: string, code: string, known: ReadonlySet<string>): string {
  if (code === '') return name;
  if (name === '') return code;
  const both = matchDistrict(`${code} ${name}`, known);
  return both && 'conflict' in both ? `${code} ${name}` : name;
}

/** The plan's own list as a sink: each row as a plan row without its id. */
const planSink = (plan: ImportPlan): RowSink => ({
  add(line, obs, warnings) {
    const row: PlanRow = { line, obs: withoutId(obs) };
    if (warnings) row.warnings = warnings;
    plan.rows.push(row);
  },
});

export function readRows(plan: ImportPlan, input: ReadInput): TallyResult {
  const { rows, cols, ctx, fallback, lineOf } = input;
  const sink = input.sink ?? planSink(plan);
  const known = new Set(ctx.districts);
  // Rows of districts and indicators not known, counted as they are taken, in first-met order.
  const dCount = new Map<string, number>();
  const iCount = new Map<string, { unit: string; count: number }>();
  const count = tally();
  // Each place's first line, and each value met there with its first line: one lookup a row.
  // A place is an index into plain columns (no object kept per row for the whole check); its
  // first value is kept as it is (NaN for blank), the others by `value|qualifier` text.
  const places = new Map<string, number>();
  const firstLine: number[] = [];
  const firstValue: number[] = [];
  const firstQualifier: string[] = [];
  const more = new Map<number, Map<string, number>>();
  const names = new Map<string, NameAndUnit>();
  const keepWhole = (name: string) => ctx.catalog.has(name);
  // Each indicator text is asked once whether it is a totals label (合计, 全市).
  const totals = new Map<string, string | null>();
  const totalOf = (name: string): string | null => {
    let t = totals.get(name);
    if (t === undefined) totals.set(name, (t = totalLabel(name)));
    return t;
  };
  const shared = Object.keys(input.constants).length > 0;
  // One fact per line is said once (梁平县 in each of a row's year cells).
  const said = new Set<string>();
  const skippedSaid = new Set<string>();
  /** Skips a cell with its problem, said once per line whatever the cell's value or year. */
  const skip = (problem: Problem, f: Fields, line: number): void => {
    count.skipped();
    const cell = new Set([(f.value ?? '').trim(), (f.year ?? '').trim()]);
    const facts = Object.entries(problem).filter(([, v]) => !cell.has(String(v)));
    const key = JSON.stringify([line, ...facts]);
    if (skippedSaid.has(key)) return;
    skippedSaid.add(key);
    plan.skipped.push({ ...problem, line });
  };

  const warn = (w: Problem, line: number) => {
    const key = JSON.stringify({ ...w, line });
    if (said.has(key)) return;
    said.add(key);
    plan.warnings.push({ ...w, line });
  };

  const take = (f: Fields, line: number): void => {
    const r = checkCell(f, line, ctx, known, fallback.kind, fallback.year);
    if (r.noData !== undefined) return count.noData(r.noData);
    if (r.total !== undefined) return count.total(r.total, line);
    if (!r.obs) return skip(r.problem ?? { code: 'unreadable' }, f, line);
    const o = r.obs;
    // Same place, year and source but a different value is a disagreement to keep, not a duplicate.
    const place = `${o.district}|${o.indicator}|${o.year}|${o.kind}|${o.scope}|${o.source}`;
    const at = places.get(place);
    let other: number | undefined;
    if (at !== undefined) {
      other = firstLine[at];
      const v = o.value === null ? NaN : o.value;
      const w = firstValue[at] as number;
      // -0 and 0 are one value, as their text is; so are two blanks.
      const same =
        (v === w || (Number.isNaN(v) && Number.isNaN(w))) && o.qualifier === firstQualifier[at];
      const value = `${o.value}|${o.qualifier}`;
      const seen = more.get(at);
      const first = same ? other : seen?.get(value);
      if (first !== undefined) return skip({ code: 'duplicateRow', other: first }, f, line);
      if (seen) seen.set(value, line);
      else more.set(at, new Map([[value, line]]));
    } else {
      places.set(place, firstLine.length);
      firstLine.push(line);
      firstValue.push(o.value === null ? NaN : o.value);
      firstQualifier.push(o.qualifier);
    }
    if (other !== undefined) warn({ code: 'conflictRow', other, line }, line);
    if (r.warnings) for (const w of r.warnings) warn(w, line);
    sink.add(line, o, r.warnings);
    if (!known.has(o.district)) dCount.set(o.district, (dCount.get(o.district) ?? 0) + 1);
    if (!ctx.catalog.has(o.indicator)) {
      const e = iCount.get(o.indicator) ?? { unit: o.unit, count: 0 };
      e.count++;
      iCount.set(o.indicator, e);
    }
    count.taken();
  };

  const total = rows.length - 1;
  // Said at once, so the check is timed from its first row (the worker's phases).
  input.onProgress?.(input.from, total);
  for (let i = input.from; i < input.to; i++) {
    const raw = rows[i] as string[];
    if (i % 5000 === 0 && i > input.from) input.onProgress?.(i, total);
    if (raw.every(blank)) continue;
    count.row();
    const line = lineOf(i);
    const cells = fit(raw, input.width, input.padShort);
    if (cells.length !== input.width) {
      plan.skipped.push({ code: 'columnCount', count: cells.length, expected: input.width, line });
      count.skipped(Math.max(1, cols.values.length));
      continue;
    }
    const f: Fields = shared ? { ...input.constants } : {};
    for (const { col, field } of cols.fixed) f[field] = cells[col];
    if (cols.code !== undefined)
      f.district = withCode((f.district ?? '').trim(), (cells[cols.code] ?? '').trim(), known);
    const indicatorCell = (f.indicator ?? '').trim();
    // A catalog indicator is never a totals row, whatever its name ends with.
    const rowTotal =
      input.totalsByIndicator && !ctx.catalog.has(indicatorCell) ? totalOf(indicatorCell) : null;
    // 年末常住人口(万人): the bracket is the unit, unless the catalog knows the whole name.
    const named = f.indicator?.trim();
    if (named) {
      let split = names.get(named);
      if (!split) names.set(named, (split = splitUnit(named, keepWhole)));
      if (split.unit !== '') {
        f.indicator = split.name;
        if (blank(f.unit)) f.unit = split.unit;
      }
    }
    if (blank(f.unit) && input.tableUnit !== '') f.unit = input.tableUnit;
    if (cols.values.length === 0) {
      if (rowTotal !== null) count.total(rowTotal, line);
      else take(f, line);
      continue;
    }
    for (const v of cols.values) {
      const value = (cells[v.col] ?? '').trim();
      if (value === '') {
        count.noData('');
        continue;
      }
      // A wide column named like a total is the district of that name where the workbook has one.
      if (v.total !== undefined && !(v.district !== undefined && known.has(v.district))) {
        count.total(v.total, input.headerLine, v.col + 1);
        continue;
      }
      if (rowTotal !== null) {
        count.total(rowTotal, line);
        continue;
      }
      const year = v.year ?? (v.yearCol === undefined ? f.year : cells[v.yearCol]);
      const cell: Fields = { ...f, district: v.district ?? f.district, value, year };
      if (v.group !== undefined) {
        let split = names.get(v.group);
        if (!split) names.set(v.group, (split = splitUnit(v.group, keepWhole)));
        cell.indicator = split.name;
        cell.unit = split.unit || input.tableUnit;
      }
      take(cell, line);
    }
  }
  input.onProgress?.(total, total);
  plan.unknownDistricts = [...dCount].map(([name, count]) => ({ name, count }));
  plan.unknownIndicators = [...iCount].map(([name, e]) => ({ name, ...e }));
  return count.result();
}
