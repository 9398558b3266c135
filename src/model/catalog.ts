// The indicator catalog: one entry per measure, read from seeds/catalog.csv.
import { OTHER_CATEGORY } from './categories';
import type { RangeProblem } from './problems';
import { restoreCatalogEntry } from './restore';
import type { Catalog, CatalogEntry, Result } from './types';

export const CATALOG_COLUMNS = [
  'indicator',
  'name_en',
  'unit',
  'direction',
  'min',
  'max',
  'category',
] as const;

/** A formula indicator's columns (after CATALOG_COLUMNS): the formula as text, then its terms. */
export const FORMULA_COLUMNS = [
  'formula',
  'earlier_denominator',
  'definition',
  'standard',
] as const;

/**
 * Builds the catalog from header-keyed records; fails on the first malformed row (line = the
 * CSV line, header on line 1). A record's `formula` must already be the parsed AST with its terms
 * (src/io/catalogCsv.ts reads the text); it passes the same restore step as a stored entry.
 */
export function catalogFromRecords(records: Record<string, unknown>[]): Result<Catalog> {
  const map = new Map<string, CatalogEntry>();
  for (const [i, r] of records.entries()) {
    const read = restoreCatalogEntry({ ...r, nameEn: r.name_en }, 'catalog');
    if (!read.ok) return { ok: false, reason: { ...read.reason, line: i + 2 } };
    const { indicator } = read.value;
    if (map.has(indicator))
      return { ok: false, reason: { code: 'catalogDuplicate', name: indicator, line: i + 2 } };
    const category = typeof r.category === 'string' ? r.category.trim() : '';
    map.set(indicator, { ...read.value, category: category || OTHER_CATEGORY });
  }
  return { ok: true, value: map };
}

/** A problem when the value is outside the indicator's valid range, else null. */
export function rangeProblem(entry: CatalogEntry | undefined, value: number): RangeProblem | null {
  if (!entry) return null;
  if (entry.min !== null && value < entry.min) return { code: 'belowMin', min: entry.min };
  if (entry.max !== null && value > entry.max) return { code: 'aboveMax', max: entry.max };
  return null;
}

export function categories(catalog: Catalog): string[] {
  return [...new Set([...catalog.values()].map((e) => e.category))];
}
