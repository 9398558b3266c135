// The indicator catalog: one entry per measure, read from seeds/catalog.csv.
import { formatNumber, t } from '../i18n';
import { OTHER_CATEGORY } from './categories';
import type { Catalog, CatalogEntry, Direction, Result } from './types';

export const CATALOG_COLUMNS = [
  'indicator',
  'name_en',
  'unit',
  'direction',
  'min',
  'max',
  'category',
] as const;

const DIRECTIONS: readonly Direction[] = ['higher', 'lower', 'neutral'];

function bound(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

/** Builds the catalog from header-keyed records; fails on the first malformed row. */
export function catalogFromRecords(records: Record<string, string>[]): Result<Catalog> {
  const map = new Map<string, CatalogEntry>();
  for (const [i, r] of records.entries()) {
    const indicator = (r.indicator ?? '').trim();
    const direction = (r.direction ?? '').trim() as Direction;
    if (!indicator) return { ok: false, reason: t.reason.catalogNoName(i + 2) };
    if (!DIRECTIONS.includes(direction)) {
      return { ok: false, reason: t.reason.catalogDirection(i + 2, direction) };
    }
    if (map.has(indicator)) return { ok: false, reason: t.reason.catalogDuplicate(indicator) };
    map.set(indicator, {
      indicator,
      nameEn: (r.name_en ?? '').trim(),
      unit: (r.unit ?? '').trim(),
      direction,
      min: bound(r.min),
      max: bound(r.max),
      category: (r.category ?? '').trim() || OTHER_CATEGORY,
    });
  }
  return { ok: true, value: map };
}

/** A reason when the value is outside the indicator's valid range, else null. */
export function rangeProblem(entry: CatalogEntry | undefined, value: number): string | null {
  if (!entry) return null;
  if (entry.min !== null && value < entry.min) return t.reason.belowMin(formatNumber(entry.min));
  if (entry.max !== null && value > entry.max) return t.reason.aboveMax(formatNumber(entry.max));
  return null;
}

export function categories(catalog: Catalog): string[] {
  return [...new Set([...catalog.values()].map((e) => e.category))];
}
