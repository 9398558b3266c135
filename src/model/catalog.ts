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

/** Builds the catalog from header-keyed records; fails on the first malformed row. */
export function catalogFromRecords(records: Record<string, string>[]): Result<Catalog> {
  const map = new Map<string, CatalogEntry>();
  for (const [i, r] of records.entries()) {
    const read = restoreCatalogEntry({ ...r, nameEn: r.name_en }, 'catalog');
    if (!read.ok) return { ok: false, reason: { ...read.reason, line: i + 2 } };
    const { indicator } = read.value;
    if (map.has(indicator))
      return { ok: false, reason: { code: 'catalogDuplicate', name: indicator, line: i + 2 } };
    map.set(indicator, {
      ...read.value,
      category: (r.category ?? '').trim() || OTHER_CATEGORY,
    });
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
