// Sort keys for grid and table cells. Cells show text such as "≈2,000" or "≥95",
// but sort by the number; cells without one (blank, 缺数据) go last in either order.
export type SortOrder = 'asc' | 'desc';

const QUALIFIER = /^[≥≤≈~<>＞＜]\s*/;

/** The number a cell stands for, or null when it has none. */
export function numericSortKey(v: unknown): number | null {
  if (typeof v === 'number') return Number.isFinite(v) ? v : null;
  if (typeof v !== 'string') return null;
  const text = v.trim().replace(QUALIFIER, '').replace(/,/g, '');
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}

export function compareSortKeys(a: number | null, b: number | null, order: SortOrder): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return order === 'asc' ? a - b : b - a;
}
