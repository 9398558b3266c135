// The import plan of one sheet: find the table (titles, header, notes), read its shape, name
// what the shape leaves out (the indicator of a regions × years table, the district of an
// indicators × years one), then read the rows.
import type { Fields } from '../importRow';
import type { ImportContext, ImportOptions, ImportPlan, Layout, RowSink } from '../importPlan';
import type { Problem } from '../problems';
import { duplicateColumns, headerLang, isGoalsTable, planFields } from './header';
import { fileDistrictOf, fileIndicatorOf, tableTitleIndicatorOf, tableUnit } from './indicator';
import { columnsOf, detectLayout } from './layout';
import { totalLabel } from '../marks';
import { findTable, unnamedGroupColumns, type TableLines } from './lines';
import { readRows } from './read';
import { splitUnit } from './units';

type Built = { ok: true; plan: ImportPlan } | { ok: false; reason: Problem };

const used = (cells: readonly string[] | undefined) => !!cells?.some((c) => c.trim() !== '');

/** The header's cells, trimmed, without a BOM or trailing empty cells. */
function cleanHeader(cells: readonly string[]): string[] {
  const h = cells.map((c, i) => (i === 0 ? c.replace(/^\uFEFF/, '') : c).trim());
  while (h.length > 1 && h[h.length - 1] === '') h.pop();
  return h;
}

/**
 * The header row, with a totals label (合计) from the group header above filling an empty cell
 * below it: a CSV writes a cell merged over both rows once.
 */
function headerCells(rows: readonly string[][], table: TableLines): string[] {
  const cells = [...(rows[table.header] as string[])];
  const above = table.groupRow === undefined ? [] : (rows[table.groupRow] as string[]);
  above.forEach((a, c) => {
    if ((cells[c] ?? '').trim() === '' && totalLabel(a) !== null) cells[c] = a.trim();
  });
  return Array.from(cells, (c) => c ?? '');
}

/**
 * A years table with an empty top-left cell is read as regions × years, unless its first column
 * holds indicators: names with a unit in brackets, and no district among them.
 */
function blankCorner(
  layout: Layout | null,
  header: readonly string[],
  rows: readonly string[][],
  table: TableLines,
  ctx: ImportContext,
): Layout | null {
  if (layout !== 'regionsByYears' || header[0] !== '') return layout;
  const known = new Set(ctx.districts);
  let units = 0;
  for (let i = table.header + 1; i < Math.min(table.notesFrom, table.header + 50); i++) {
    const name = (rows[i]?.[0] ?? '').trim();
    if (name === '') continue;
    if (known.has(name) || known.has(`${name}区`) || known.has(`${name}县`)) return layout;
    if (splitUnit(name).unit !== '') units++;
  }
  return units > 0 ? 'indicatorsByYears' : layout;
}

export function planTable(
  rows: readonly string[][],
  opt: ImportOptions,
  ctx: ImportContext,
  onProgress: ((done: number, total: number) => void) | undefined,
  lines: readonly number[] | undefined,
  sink?: RowSink,
): Built {
  if (!rows.some((r) => used(r))) return { ok: false, reason: { code: 'emptyFile' } };
  const lineOf = (i: number) => lines?.[i] ?? i + 1;
  const found = findTable(
    rows.map((r, i) => (i === 0 ? cleanHeader(r) : r)),
    lineOf,
    (h) => detectLayout(h) !== null || isGoalsTable(h),
    opt.headerRow,
  );
  if (!found.ok) return found;
  const table = found.value;
  const header = cleanHeader(headerCells(rows, table));
  const headerLine = lineOf(table.header);
  if (isGoalsTable(header)) return { ok: false, reason: { code: 'goalsTable' } };
  const dup = duplicateColumns(header, table.groups);
  if (dup) {
    // Repeated years under a group row that names only some of them: say which lack a name.
    const above = table.header > 0 ? (rows[table.header - 1] as string[]) : null;
    const unnamed = above && unnamedGroupColumns(above, header);
    if (unnamed)
      return {
        ok: false,
        reason: { code: 'unnamedGroup', line: lineOf(table.header - 1), columns: unnamed },
      };
    return { ok: false, reason: dup };
  }
  const layout =
    opt.layout === 'auto'
      ? blankCorner(detectLayout(header), header, rows, table, ctx)
      : opt.layout;
  const cols = layout && columnsOf(header, layout);
  // Each year column of a regions × years table under several groups takes its group's indicator.
  const groups = layout === 'regionsByYears' ? table.groups : undefined;
  if (cols && groups)
    for (const v of cols.values) if (v.year !== undefined) v.group = groups[v.col];
  if (!layout || !cols || (layout !== 'long' && cols.values.every((v) => v.total !== undefined))) {
    return {
      ok: false,
      reason: { code: 'badHeader', headers: header.slice(0, 6), line: headerLine },
    };
  }
  const dataRows = rows.slice(table.header + 1, table.notesFrom);
  if (!dataRows.some((r) => used(r))) return { ok: false, reason: { code: 'headerOnly' } };

  const keepWhole = (name: string) => ctx.catalog.has(name);
  let fileIndicator = fileIndicatorOf(table.titles, table.group, keepWhole);
  const fileDistrict = fileDistrictOf(table.titles);
  const unit = tableUnit(table.titles);
  const has = (field: string) => cols.fixed.some((f) => f.field === field);
  const constants: Fields = {};
  if (layout === 'regionsByYears' && !has('indicator') && !groups) {
    const given = opt.indicator?.trim() ? splitUnit(opt.indicator, keepWhole) : undefined;
    // Else the one numbered title (表1 人均预期寿命) names it.
    if (!fileIndicator?.name)
      fileIndicator = tableTitleIndicatorOf(table.titles, keepWhole) ?? fileIndicator;
    const named = given ?? (fileIndicator?.name ? fileIndicator : undefined);
    if (!named) {
      const asked: Problem = { code: 'needIndicator', line: headerLine };
      return { ok: false, reason: unit === '' ? asked : { ...asked, unit } };
    }
    constants.indicator = named.name;
    constants.unit = opt.unit?.trim() || named.unit || unit;
  }
  if (layout === 'indicatorsByYears' && !has('district')) {
    const district = opt.district?.trim() || fileDistrict;
    if (!district) return { ok: false, reason: { code: 'needDistrict', line: headerLine } };
    constants.district = district;
  }

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
    fields: planFields(header),
    yearsFromFile:
      layout === 'regionsByYears' ||
      layout === 'indicatorsByYears' ||
      (layout === 'wide' && (cols.values.some((v) => v.yearCol !== undefined) || has('year'))),
    kindFromFile: layout !== 'long' && has('kind'),
    headerRow: table.header,
    titles: table.titles,
    notes: table.notes,
  };
  if (fileIndicator) plan.fileIndicator = fileIndicator;
  if (fileDistrict !== undefined) plan.fileDistrict = fileDistrict;
  if (cols.ignored.length > 0)
    plan.warnings.push({ code: 'ignoredColumns', headers: cols.ignored, line: headerLine });
  const fallback =
    layout === 'long'
      ? { kind: 'actual' as const, year: null }
      : {
          kind: opt.wideKind,
          year: layout === 'wide' && !plan.yearsFromFile ? opt.wideYear : null,
        };
  const read = readRows(plan, {
    rows,
    from: table.header + 1,
    to: table.notesFrom,
    width: header.length,
    padShort: layout === 'regionsByYears' || layout === 'indicatorsByYears',
    totalsByIndicator: layout !== 'regionsByYears',
    headerLine,
    cols,
    constants,
    tableUnit: unit,
    fallback,
    ctx,
    lineOf,
    onProgress,
    sink,
  });
  plan.counts = read.counts;
  plan.dataRows = read.counts.rows;
  plan.totals = read.totals;
  plan.noDataMarks = read.noDataMarks;
  return { ok: true, plan };
}
