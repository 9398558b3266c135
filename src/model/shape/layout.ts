// The table's shape from its header, and what each column holds in that shape.
import { fieldOf, LONG_FIELDS, wideYearOf, type Field, type LongField } from '../csvFormat';
import type { Layout } from '../importPlan';
import { totalLabel } from '../marks';
import { yearOfHeader } from './years';

/** First-column headers of a regions × years table besides the district aliases. */
const REGION_HEADERS = new Set([
  '地区名称',
  '区域',
  '区县（市）',
  '区县(市)',
  '行政区划',
  '省份',
  '地区/年份',
]);
/** Fields a row of a wide or years table may carry besides its values. */
const ROW_FIELDS = new Set<Field>([
  'district',
  'indicator',
  'scope',
  'unit',
  'category',
  'note',
  'kind',
  'year',
]);

/** A column of GB/T 2260 codes (500116) beside or instead of the district names. */
const CODE_HEADERS = new Set([
  '区划代码',
  '代码',
  '行政区划代码',
  '地区代码',
  '区县代码',
  '统计用区划代码',
  'code',
  'division code',
  'region code',
]);

const isRegionHeader = (h: string) =>
  h === '' || fieldOf(h) === 'district' || REGION_HEADERS.has(h);
export const isCodeHeader = (h: string) => CODE_HEADERS.has(h.trim().toLowerCase());
/** A totals column (合计, 总计, Total): its cells are kept apart, never a district or a year. */
export const isTotalsHeader = (h: string) => !fieldOf(h) && totalLabel(h) !== null;

export function detectLayout(header: readonly string[]): Layout | null {
  const fields = new Set(header.map(fieldOf));
  if (fields.has('district') && fields.has('indicator') && fields.has('value')) return 'long';
  // Headers that are no field; a first column named 地区名称 or 区域 is the regions' column.
  // A codes column says nothing of the shape, nor does a totals column beside the years.
  const rest = header.filter(
    (h, c) => h !== '' && !fieldOf(h) && !(c === 0 && isRegionHeader(h)) && !isCodeHeader(h),
  );
  const years = rest.filter((h) => yearOfHeader(h) !== null);
  const yearsOnly =
    years.length > 0 && years.length === rest.filter((h) => !isTotalsHeader(h)).length;
  const rowFieldsOnly = header.every(
    (h) => h === '' || !fieldOf(h) || ROW_FIELDS.has(fieldOf(h) as Field),
  );
  if (yearsOnly && rowFieldsOnly) {
    if (fields.has('indicator')) return 'indicatorsByYears';
    if (isRegionHeader(header[0] ?? '') || isCodeHeader(header[0] ?? '')) return 'regionsByYears';
  }
  if (fields.has('indicator') && rest.length > years.length) return 'wide';
  return null;
}

/** A column of values: the district or year it stands for, and where a wide value's year is. */
export interface ValueColumn {
  col: number;
  district?: string;
  year?: string;
  yearCol?: number;
  /** A totals column's label: its cells are counted as totals, never read. */
  total?: string;
  /** The indicator (with its bracket unit) a group header names over this year column. */
  group?: string;
}

export interface Columns {
  /** Columns read into the row's fields. */
  fixed: { col: number; field: LongField }[];
  values: ValueColumn[];
  /** Headers that are read in no way in this shape (a year in a wide file). */
  ignored: string[];
  /** regionsByYears: a column of division codes beside the district names. */
  code?: number;
}

/** What each column of `header` holds when the table has `layout`. */
export function columnsOf(header: readonly string[], layout: Layout): Columns {
  const fields = header.map(fieldOf);
  const fixed: Columns['fixed'] = [];
  const values: ValueColumn[] = [];
  const ignored: string[] = [];
  if (layout === 'long') {
    fields.forEach(
      (f, col) => f && f !== 'category' && LONG_FIELDS.includes(f) && fixed.push({ col, field: f }),
    );
    return { fixed, values, ignored };
  }
  const keyField = layout === 'indicatorsByYears' || layout === 'wide' ? 'indicator' : 'district';
  // A years table's first column is its key even when its header is empty or unknown.
  const keyCol = fields.indexOf(keyField) >= 0 || layout === 'wide' ? fields.indexOf(keyField) : 0;
  fields.forEach((f, col) => {
    if (col === keyCol) fixed.push({ col, field: keyField });
    else if (f && ROW_FIELDS.has(f) && f !== 'category' && !(layout === 'wide' && f === 'district'))
      fixed.push({ col, field: f });
  });
  const taken = new Set(fixed.map((f) => f.col));
  const codeCol = header.findIndex(isCodeHeader);
  const code = layout === 'regionsByYears' && codeCol >= 0 && !taken.has(codeCol);
  if (code) taken.add(codeCol);
  if (layout === 'wide') {
    const districts = new Set(
      header.filter((h, c) => !fields[c] && h !== '' && yearOfHeader(h) === null),
    );
    const yearCol = new Map<string, number>();
    header.forEach((h, c) => {
      const d = fields[c] ? undefined : wideYearOf(h, districts);
      if (d !== undefined) yearCol.set(d, c);
    });
    for (const c of yearCol.values()) districts.delete(header[c] as string);
    header.forEach((h, col) => {
      if (districts.has(h)) {
        const yc = yearCol.get(h);
        const v: ValueColumn =
          yc === undefined ? { col, district: h } : { col, district: h, yearCol: yc };
        if (totalLabel(h) !== null) v.total = h;
        values.push(v);
      } else if (!taken.has(col) && !fields[col] && yearOfHeader(h) !== null) ignored.push(h);
    });
    return { fixed, values, ignored };
  }
  header.forEach((h, col) => {
    if (taken.has(col) || h === '') return;
    const year = yearOfHeader(h);
    if (year !== null) values.push({ col, year: String(year) });
    else if (isTotalsHeader(h)) values.push({ col, total: h });
    else if (!fields[col]) ignored.push(h);
  });
  return code ? { fixed, values, ignored, code: codeCol } : { fixed, values, ignored };
}
