// Turns parsed CSV rows into an import plan: accepted rows, and a problem for every row that
// cannot be taken. Nothing is changed here; the plan is shown to the user first.
import { fieldOf, GOAL_HEADERS, LONG_FIELDS, wideYearOf, type LongField } from './csvFormat';
import { checkRow, keepApart, type Fields } from './importRow';
import type { Problem } from './problems';
import type { Catalog, Kind, Observation } from './types';

/**
 * long: one value per row; wide: one column per district; regionsByYears: a row per district and
 * a column per year, for one indicator; indicatorsByYears: a row per indicator and a column per
 * year, for one district.
 */
export type Layout = 'long' | 'wide' | 'regionsByYears' | 'indicatorsByYears';
export type NewObservation = Omit<Observation, 'id'>;

export interface ImportOptions {
  layout: 'auto' | Layout;
  /** Year and kind for wide files, which have one value per district and no year column. */
  wideYear: number;
  wideKind: Kind;
  /** Index into the sheet's rows of the header row; the detected one when absent. */
  headerRow?: number;
  /** regionsByYears: the indicator and its unit when no `指标：` line or group header names it. */
  indicator?: string;
  unit?: string;
  /** indicatorsByYears: the district every value belongs to. */
  district?: string;
}

/** A line of text outside the table: a title above the header or a note below the data. */
export interface TextLine {
  line: number;
  text: string;
}

/** Rows and cells counted apart, so a skip count never exceeds the rows it is about. */
export interface PlanCounts {
  /** Data rows between the header and the notes (empty rows not counted). */
  rows: number;
  /** Rows with at least one value taken. */
  rowsTaken: number;
  /** Rows with no value taken and at least one problem. */
  rowsSkipped: number;
  /** Value cells read (a long file: one per row). */
  cells: number;
  cellsTaken: number;
  cellsSkipped: number;
  /** Cells with a no-data mark (—, …, x, empty among filled cells): neither taken nor errors. */
  noData: number;
  /** Cells of totals rows or columns (合计, 全市 …): kept apart, not a district. */
  totals: number;
}

export interface ImportContext {
  catalog: Catalog;
  districts: readonly string[];
}

export interface PlanRow {
  line: number;
  obs: NewObservation;
  warnings?: Problem[];
}

/** A row's problem, with the physical line it is on. */
export type LineProblem = Problem & { line: number };

export interface ImportPlan {
  layout: Layout;
  headerLang: 'zh' | 'en' | 'mixed';
  header: string[];
  rows: PlanRow[];
  skipped: LineProblem[];
  warnings: LineProblem[];
  unknownDistricts: { name: string; count: number }[];
  unknownIndicators: { name: string; unit: string; count: number }[];
  dataRows: number;
  /** The fields the file has: a merge leaves the others (a note, a source) as they are. */
  fields?: LongField[];
  /** Wide files only: each value's year comes from the file, not from the preview's choice. */
  yearsFromFile?: boolean;
  kindFromFile?: boolean;
  /** Index into the sheet's rows of the header row used. */
  headerRow?: number;
  /** Title lines above the header and note lines below the data. */
  titles?: TextLine[];
  notes?: TextLine[];
  /** The indicator and unit the file names for itself (`指标：…(万人)`, a group header). */
  fileIndicator?: { name: string; unit: string };
  /** Totals kept apart: label, where, and the values they carried. */
  totals?: { label: string; line: number; count: number }[];
  /** The no-data marks met, with how often. */
  noDataMarks?: { mark: string; count: number }[];
  counts?: PlanCounts;
}

const WIDE_FIXED = new Set(['indicator', 'scope', 'unit', 'category', 'note', 'kind', 'year']);
/** Fields every plan row sets, whatever the file's columns. */
const ALWAYS: readonly LongField[] = [
  'district',
  'indicator',
  'unit',
  'year',
  'kind',
  'value',
  'qualifier',
  'scope',
];
/** Columns only the goals export has (computed, so they cannot come back in). */
const GOAL_ONLY = new Set(
  [...GOAL_HEADERS.zh, ...GOAL_HEADERS.en].filter((h) => fieldOf(h) === undefined),
);

function headerLang(header: string[]): ImportPlan['headerLang'] {
  const zh = header.some((h) => /[\u4e00-\u9fff]/.test(h) && fieldOf(h));
  const en = header.some((h) => /^[a-z ]+$/i.test(h.trim()) && fieldOf(h));
  return zh && en ? 'mixed' : en ? 'en' : 'zh';
}

export function detectLayout(header: string[]): Layout | null {
  const fields = new Set(header.map(fieldOf));
  if (fields.has('district') && fields.has('indicator') && fields.has('value')) return 'long';
  if (fields.has('indicator') && header.some((h) => !fieldOf(h) && h.trim() !== '')) return 'wide';
  return null;
}

/** Two columns meaning the same thing: which one would win is a guess, so the file is refused. */
function duplicateColumns(header: readonly string[]): Problem | null {
  const at = new Map<string, number[]>();
  header.forEach((h, c) => {
    if (h === '') return;
    const name = fieldOf(h) ?? `=${h}`;
    at.set(name, [...(at.get(name) ?? []), c + 1]);
  });
  const dup = [...at].filter(([, cols]) => cols.length > 1);
  if (dup.length === 0) return null;
  return {
    code: 'duplicateColumns',
    columns: dup.map(([, cols]) => ({ headers: cols.map((c) => header[c - 1] ?? ''), at: cols })),
  };
}

export function buildPlan(
  rows: readonly string[][],
  opt: ImportOptions,
  ctx: ImportContext,
  onProgress?: (done: number, total: number) => void,
  /** Each row's physical line (a quoted cell can span lines); row index + 1 when absent. */
  lines?: readonly number[],
): { ok: true; plan: ImportPlan } | { ok: false; reason: Problem } {
  const nonEmpty = rows.filter((r) => r.some((c) => c.trim() !== ''));
  if (nonEmpty.length === 0) return { ok: false, reason: { code: 'emptyFile' } };
  const header = (nonEmpty[0] as string[]).map((h) => h.replace(/^\uFEFF/, '').trim());
  if (header.filter((h) => GOAL_ONLY.has(h)).length >= 3) {
    return { ok: false, reason: { code: 'goalsTable' } };
  }
  const dup = duplicateColumns(header);
  if (dup) return { ok: false, reason: dup };
  const layout = opt.layout === 'auto' ? detectLayout(header) : opt.layout;
  if (!layout) {
    return { ok: false, reason: { code: 'badHeader', headers: header.slice(0, 6) } };
  }
  if (nonEmpty.length === 1) return { ok: false, reason: { code: 'headerOnly' } };
  const known = new Set(ctx.districts);
  const cols = header.map(fieldOf);
  // Wide: district columns, and for each the column holding its values' years (if any).
  const districtCols = new Set(header.filter((h, c) => !cols[c] && h !== ''));
  const yearCol = new Map<string, number>();
  header.forEach((h, c) => {
    const d = cols[c] ? undefined : wideYearOf(h, districtCols);
    if (d !== undefined) yearCol.set(d, c);
  });
  for (const c of yearCol.values()) districtCols.delete(header[c] as string);
  const present = new Set<LongField>(ALWAYS);
  for (const f of cols) if (f && f !== 'category') present.add(f);
  const plan: ImportPlan = {
    layout,
    headerLang: headerLang(header),
    header,
    rows: [],
    skipped: [],
    warnings: [],
    unknownDistricts: [],
    unknownIndicators: [],
    dataRows: 0,
    fields: LONG_FIELDS.filter((f) => present.has(f)),
    yearsFromFile: layout === 'wide' && (yearCol.size > 0 || cols.includes('year')),
    kindFromFile: layout === 'wide' && cols.includes('kind'),
  };
  const seen = new Map<string, number>();
  const places = new Map<string, number>();
  const total = rows.length - 1;
  const fromFile = plan.yearsFromFile === true;
  const take = (f: Fields, line: number, fallbackKind: Kind, fallbackYear: number | null): void => {
    const r = checkRow(f, line, ctx, known, fallbackKind, fallbackYear);
    if (r.noData !== undefined || r.total !== undefined) return keepApart(plan, r, line);
    if (!r.row) {
      plan.skipped.push({ ...(r.problem ?? { code: 'unreadable' }), line });
      return;
    }
    const o = r.row.obs;
    // Same place, year and source but a different value is a disagreement to keep, not a duplicate.
    const key = [
      o.district,
      o.indicator,
      o.year,
      o.kind,
      o.scope,
      o.source,
      o.value,
      o.qualifier,
    ].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      plan.skipped.push({ code: 'duplicateRow', other: first, line });
      return;
    }
    seen.set(key, line);
    const place = [o.district, o.indicator, o.year, o.kind, o.scope, o.source].join('|');
    const other = places.get(place);
    if (other !== undefined) plan.warnings.push({ code: 'conflictRow', other, line });
    else places.set(place, line);
    for (const w of r.row.warnings ?? []) plan.warnings.push({ ...w, line });
    plan.rows.push(r.row);
  };
  for (let i = 1; i < rows.length; i++) {
    const cells = rows[i] as string[];
    const line = lines?.[i] ?? i + 1;
    if (i % 5000 === 0) onProgress?.(i, total);
    if (!cells.some((c) => c.trim() !== '')) continue;
    plan.dataRows++;
    if (cells.length !== header.length) {
      plan.skipped.push({
        code: 'columnCount',
        count: cells.length,
        expected: header.length,
        line,
      });
      continue;
    }
    const f: Fields = {};
    if (layout === 'long') {
      cols.forEach(
        (field, c) =>
          field && field !== 'category' && LONG_FIELDS.includes(field) && (f[field] = cells[c]),
      );
      take(f, line, 'actual', null);
    } else {
      cols.forEach(
        (field, c) =>
          field && field !== 'category' && WIDE_FIXED.has(field) && (f[field] = cells[c]),
      );
      header.forEach((h, c) => {
        if (!districtCols.has(h)) return;
        const value = (cells[c] ?? '').trim();
        const yc = yearCol.get(h);
        const year = yc === undefined ? f.year : cells[yc];
        if (value !== '')
          take(
            { ...f, district: h, value, year },
            line,
            opt.wideKind,
            fromFile ? null : opt.wideYear,
          );
      });
    }
  }
  onProgress?.(total, total);
  const dCount = new Map<string, number>();
  const iCount = new Map<string, { unit: string; count: number }>();
  for (const { obs } of plan.rows) {
    if (!known.has(obs.district)) dCount.set(obs.district, (dCount.get(obs.district) ?? 0) + 1);
    if (!ctx.catalog.has(obs.indicator)) {
      const e = iCount.get(obs.indicator) ?? { unit: obs.unit, count: 0 };
      e.count++;
      iCount.set(obs.indicator, e);
    }
  }
  plan.unknownDistricts = [...dCount].map(([name, count]) => ({ name, count }));
  plan.unknownIndicators = [...iCount].map(([name, e]) => ({ name, ...e }));
  return { ok: true, plan };
}
