// Where the table is in a sheet: title lines above the header (数据库：, 指标：, 表1 …), the
// header row, a group header above it (a merged 年末常住人口(万人) over the year columns), and
// note lines below the data (注：, 数据来源：), which are kept as text and never read as data.
import type { Problem } from '../problems';
import type { TextLine } from '../importPlan';
import { totalLabel } from '../marks';
import { yearOfHeader } from './years';

const TITLE =
  /^(?:(?:数据库|指标|时间|单位|计量单位|地区|统计时间|报告期|统计范围|制表单位|填报单位|统计口径|database|indicator|unit|units|region|district|time|period)\s*[：:]|(?:附)?表\s*[\d一二三四五六七八九十]+)/i;
const NOTE =
  /^(?:注|附注|注释|说明|备注|数据来源|资料来源|来源|note|notes|source|sources)\s*[\d①②③④⑤⑥⑦⑧⑨⑩]*\s*[：:]/i;
/** How far down a header is looked for; statistical titles are a handful of lines. */
const SEARCH_ROWS = 30;

const filled = (cells: readonly string[]) => cells.filter((c) => c.trim() !== '');
const firstFilled = (cells: readonly string[]) => cells.find((c) => c.trim() !== '')?.trim() ?? '';

/** A line above the table: one value (a workbook repeats a merged title), or 数据库：/表1 …. */
export function isTitleRow(cells: readonly string[]): boolean {
  return new Set(filled(cells).map((c) => c.trim())).size <= 1 || TITLE.test(firstFilled(cells));
}

export function isNoteRow(cells: readonly string[]): boolean {
  return NOTE.test(firstFilled(cells));
}

/** The line's filled cells, a value repeated by a merged range said once. */
export const lineText = (cells: readonly string[]): string =>
  filled(cells)
    .map((c) => c.trim())
    .filter((c, i, all) => c !== all[i - 1])
    .join(' ');

/**
 * The one value a merged group header repeats over the value columns (`地区 | 年末常住人口(万人)
 * | 年末常住人口(万人)`), when the header below it has years; else undefined.
 */
export function groupValue(
  cells: readonly string[],
  header: readonly string[],
): string | undefined {
  // A totals column (合计, merged over both header rows) is no part of the group.
  const group = cells.slice(1).filter((c, i) => !totalLabel(c) && !totalLabel(header[i + 1] ?? ''));
  const values = new Set(filled(group).map((c) => c.trim()));
  if (values.size !== 1 || !header.slice(1).some((h) => yearOfHeader(h) !== null)) return undefined;
  const [value = ''] = values;
  // The same value in the first cell too is a title merged over the whole row.
  return value === cells[0]?.trim() ||
    TITLE.test(value) ||
    NOTE.test(value) ||
    yearOfHeader(value) !== null
    ? undefined
    : value;
}

/**
 * Each column's group when a header row above names a different indicator over each group of
 * year columns (`地区 | 人均预期寿命(岁) | 人均预期寿命(岁) | 居民健康素养水平(%) | …`); an empty
 * cell takes the group on its left (a CSV writes a merged cell once). Undefined unless every
 * year column has a group and there are two groups or more.
 */
export function groupColumns(
  cells: readonly string[],
  header: readonly string[],
): string[] | undefined {
  const groups: string[] = [];
  let last = '';
  let years = 0;
  header.forEach((h, c) => {
    const above = (cells[c] ?? '').trim();
    const named =
      above !== '' &&
      totalLabel(above) === null &&
      !TITLE.test(above) &&
      !NOTE.test(above) &&
      yearOfHeader(above) === null;
    // The first column is the regions' own label (地区 merged down), never a group.
    if (above !== '' && c > 0) last = named ? above : '';
    const year = c > 0 && yearOfHeader(h.trim()) !== null;
    if (year) years++;
    groups.push(year ? last : '');
  });
  const named = header.map((_, c) => groups[c] ?? '').filter((g) => g !== '');
  return years > 0 && named.length === years && new Set(named).size > 1 ? groups : undefined;
}

/**
 * The year columns (1-based) a group row names no indicator above, when it names one above
 * others: read as they are, those columns would look like repeats of the named group's years.
 */
export function unnamedGroupColumns(
  cells: readonly string[],
  header: readonly string[],
): number[] | null {
  const groups = groupColumns(cells, header) ?? namedOrBlank(cells, header);
  const years = header.flatMap((h, c) => (c > 0 && yearOfHeader(h.trim()) !== null ? [c] : []));
  const unnamed = years.filter((c) => (groups[c] ?? '') === '');
  return unnamed.length > 0 && unnamed.length < years.length ? unnamed.map((c) => c + 1) : null;
}

/** Each column's group (the named cell on its left after the first column), '' for none. */
function namedOrBlank(cells: readonly string[], header: readonly string[]): string[] {
  let last = '';
  return header.map((_, c) => {
    const above = (cells[c] ?? '').trim();
    if (above !== '' && c > 0) last = totalLabel(above) === null ? above : '';
    return c > 0 ? last : '';
  });
}

export interface TableLines {
  /** Index into the rows of the header. */
  header: number;
  titles: TextLine[];
  /** The value a group header above the header names (its line is among the titles). */
  group?: string;
  /** Index into the rows of that group header. */
  groupRow?: number;
  /** Each column's group when the header row above names several (see groupColumns). */
  groups?: string[];
  /** Index of the first note row (the rows' length when there is none). */
  notesFrom: number;
  notes: TextLine[];
}

/**
 * Finds the header: `headerRow` when given, else the first row that is not a title and that
 * `recognised` accepts (the first non-title row when none is), among the first rows.
 */
export function findTable(
  rows: readonly (readonly string[])[],
  lineOf: (i: number) => number,
  recognised: (header: string[]) => boolean,
  headerRow?: number,
): { ok: true; value: TableLines } | { ok: false; reason: Problem } {
  const used = (i: number) => (rows[i] ?? []).some((c) => c.trim() !== '');
  let header = headerRow ?? -1;
  if (headerRow !== undefined) {
    if (!used(headerRow))
      return { ok: false, reason: { code: 'badHeader', headers: [], line: lineOf(headerRow) } };
  } else {
    let firstCandidate = -1;
    let firstUsed = -1;
    for (let i = 0, seen = 0; i < rows.length && seen < SEARCH_ROWS; i++) {
      const cells = rows[i] as readonly string[];
      if (!used(i)) continue;
      seen++;
      if (firstUsed < 0) firstUsed = i;
      if (isTitleRow(cells)) continue;
      if (firstCandidate < 0) firstCandidate = i;
      if (recognised(cells.map((c) => c.trim()))) {
        header = i;
        break;
      }
    }
    if (header < 0) header = firstCandidate;
    if (header < 0) {
      const cells = rows[firstUsed] ?? [];
      return {
        ok: false,
        reason: { code: 'badHeader', headers: filled(cells).slice(0, 6), line: lineOf(firstUsed) },
      };
    }
  }
  const titles: TextLine[] = [];
  let above = -1;
  for (let i = 0; i < header; i++) {
    if (!used(i)) continue;
    titles.push({ line: lineOf(i), text: lineText(rows[i] as readonly string[]) });
    above = i;
  }
  const group =
    above < 0 ? undefined : groupValue(rows[above] as readonly string[], rows[header] as string[]);
  let notesFrom = rows.length;
  for (let i = header + 1; i < rows.length; i++) {
    if (isNoteRow(rows[i] as readonly string[])) {
      notesFrom = i;
      break;
    }
  }
  const notes: TextLine[] = [];
  for (let i = notesFrom; i < rows.length; i++)
    if (used(i)) notes.push({ line: lineOf(i), text: lineText(rows[i] as readonly string[]) });
  const groups =
    above < 0 || group !== undefined
      ? undefined
      : groupColumns(rows[above] as readonly string[], rows[header] as string[]);
  const value: TableLines = { header, titles, notesFrom, notes };
  if (group !== undefined) Object.assign(value, { group, groupRow: above });
  if (groups !== undefined) Object.assign(value, { groups, groupRow: above });
  return { ok: true, value };
}
