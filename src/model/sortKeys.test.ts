import { describe, expect, it } from 'vitest';
import { compareSortKeys, numericSortKey } from './sortKeys';

const sorted = (values: (string | number | null)[], order: 'asc' | 'desc') =>
  [...values].sort((a, b) => compareSortKeys(numericSortKey(a), numericSortKey(b), order));

describe('grid sorting', () => {
  it('reads the number whatever its qualifier, grouping or sign', () => {
    expect(numericSortKey('≈2000')).toBe(2000);
    expect(numericSortKey('≥95')).toBe(95);
    expect(numericSortKey('≈12,345.5')).toBe(12345.5);
    expect(numericSortKey('-3')).toBe(-3);
    expect(numericSortKey(7)).toBe(7);
    expect(numericSortKey('')).toBeNull();
    expect(numericSortKey(null)).toBeNull();
    expect(numericSortKey('缺数据')).toBeNull();
  });

  it('江津区 ascending puts ≈2000 between 1258 and 3748, never after every plain number', () => {
    const col = [3748, '≈2000', 1258, null, '≥95', '12,000', 230, ''];
    expect(sorted(col, 'asc')).toEqual(['≥95', 230, 1258, '≈2000', 3748, '12,000', null, '']);
  });

  it('keeps empty and non-numeric cells last in both orders', () => {
    const col = [null, 2, '缺数据', 10, '', 1];
    expect(sorted(col, 'desc').slice(0, 3)).toEqual([10, 2, 1]);
    expect(sorted(col, 'asc').slice(0, 3)).toEqual([1, 2, 10]);
  });

  it('compares numbers as numbers, not as text', () => {
    expect(sorted(['9', '10', '100', '2.5'], 'asc')).toEqual(['2.5', '9', '10', '100']);
  });
});
