import { describe, expect, it } from 'vitest';
import { rankDistricts } from './ranks';

const input = (values: (number | null)[]) =>
  values.map((value, i) => ({ district: `d${i}`, value }));

describe('rankDistricts', () => {
  it('ranks higher-is-better with ties as 1, 2, 2, 4 and no rank without a value', () => {
    const r = rankDistricts(input([10, 30, 20, 20, null]), 'higher');
    expect(r.map((x) => x.rank)).toEqual([4, 1, 2, 2, null]);
    expect(r.map((x) => x.of)).toEqual([4, 4, 4, 4, 4]);
    // d1 beats 3 of 3 others; d2 beats 1, ties 1 → (1 + 0.5) / 3.
    expect(r[1]?.percentile).toBe(100);
    expect(r[2]?.percentile).toBeCloseTo(50);
    expect(r[0]?.percentile).toBe(0);
    expect(r[4]?.percentile).toBeNull();
  });

  it('ranks lower-is-better from the smallest', () => {
    expect(rankDistricts(input([5, 1, 3]), 'lower').map((x) => x.rank)).toEqual([3, 1, 2]);
  });

  it('orders a neutral indicator by size, largest first', () => {
    expect(rankDistricts(input([5, 1, 3]), 'neutral').map((x) => x.rank)).toEqual([1, 3, 2]);
  });

  it('gives one district rank 1 and no percentile', () => {
    expect(rankDistricts(input([7]), 'higher')[0]).toMatchObject({
      rank: 1,
      of: 1,
      percentile: null,
    });
  });
});
