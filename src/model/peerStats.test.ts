import { describe, expect, it } from 'vitest';
import {
  baselineYearOf,
  bestQuartile,
  groupStats,
  median,
  quantile,
  rankChange,
  ranksWithin,
  topAndNeighbours,
} from './peerStats';

describe('quantile (type 7)', () => {
  it('interpolates between the values around (n − 1)·p, hand-computed', () => {
    // [1,2,3,4]: p=.75 → h=2.25 → 3 + .25·(4−3) = 3.25; p=.25 → h=.75 → 1 + .75 = 1.75.
    expect(quantile([1, 2, 3, 4], 0.75)).toBeCloseTo(3.25);
    expect(quantile([1, 2, 3, 4], 0.25)).toBeCloseTo(1.75);
    // [10,20,30,40,50]: p=.75 → h=3 → 40 exactly.
    expect(quantile([10, 20, 30, 40, 50], 0.75)).toBe(40);
    // [2,4,7]: p=.75 → h=1.5 → 4 + .5·3 = 5.5.
    expect(quantile([2, 4, 7], 0.75)).toBeCloseTo(5.5);
    expect(quantile([5], 0.75)).toBe(5);
    expect(quantile([], 0.5)).toBeNull();
  });

  it('medians: odd, even, missing values left out', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, null, 3, 2])).toBe(2.5);
    expect(median([null, null])).toBeNull();
  });

  it('best quartile is the 75th percentile when higher is better, the 25th when lower', () => {
    expect(bestQuartile([4, 1, 3, 2], 'higher')).toBeCloseTo(3.25);
    expect(bestQuartile([4, 1, 3, 2], 'lower')).toBeCloseTo(1.75);
    expect(bestQuartile([4, 1, 3, 2], 'neutral')).toBeNull();
    expect(bestQuartile([null, 7], 'higher')).toBe(7);
    expect(groupStats([1, null, 3], 'higher')).toEqual({ count: 2, median: 2, bestQuartile: 2.5 });
  });
});

describe('ranksWithin', () => {
  it('ranks each group on its own; ties, missing values and ungrouped districts', () => {
    const g: Record<string, string | null> = { a: 'x', b: 'x', c: 'x', d: 'y', e: 'y', f: null };
    const input = [
      { district: 'a', value: 5 },
      { district: 'b', value: 9 },
      { district: 'c', value: 5 },
      { district: 'd', value: 1 },
      { district: 'e', value: null },
      { district: 'f', value: 100 },
    ];
    const r = ranksWithin(input, (d) => g[d] ?? null, 'lower');
    expect(r.get('a')).toMatchObject({ rank: 1, of: 3 });
    expect(r.get('c')).toMatchObject({ rank: 1, of: 3 });
    expect(r.get('b')).toMatchObject({ rank: 3, of: 3, percentile: 0 });
    expect(r.get('d')).toMatchObject({ rank: 1, of: 1, percentile: null });
    expect(r.get('e')).toMatchObject({ rank: null });
    expect(r.has('f')).toBe(false);
  });
});

describe('baseline year and rank change', () => {
  it('is the earliest year where two districts have values', () => {
    expect(baselineYearOf([[2018, 2020], [2020, 2021], [2019]])).toBe(2020);
    expect(baselineYearOf([[2018], [2019]])).toBeNull();
    expect(baselineYearOf([])).toBeNull();
  });

  it('counts places moved up as positive, nothing from the baseline year itself', () => {
    expect(rankChange(2, 5, 2023, 2019)).toBe(3);
    expect(rankChange(4, 1, 2023, 2019)).toBe(-3);
    expect(rankChange(4, 1, 2019, 2019)).toBeNull();
    expect(rankChange(null, 1, 2023, 2019)).toBeNull();
    expect(rankChange(1, null, 2023, 2019)).toBeNull();
  });
});

describe('topAndNeighbours', () => {
  const rows = Array.from({ length: 38 }, (_, i) => i + 1);
  it('keeps every row up to 15', () => {
    expect(topAndNeighbours(rows.slice(0, 15), () => false)).toHaveLength(15);
  });
  it('shows the top 10, a gap, the selected ±2 and a closing gap', () => {
    const out = topAndNeighbours(rows, (r) => r === 20);
    expect(out.map((x) => ('gap' in x ? `…${x.gap}` : x.row))).toEqual([
      1,
      2,
      3,
      4,
      5,
      6,
      7,
      8,
      9,
      10,
      '…7',
      18,
      19,
      20,
      21,
      22,
      '…16',
    ]);
  });
  it('merges neighbours into the top and ends at the last row', () => {
    const near = topAndNeighbours(rows, (r) => r === 11).map((x) => ('gap' in x ? 'gap' : x.row));
    expect(near.slice(0, 13)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const last = topAndNeighbours(rows, (r) => r === 38).map((x) => ('gap' in x ? 'gap' : x.row));
    expect(last.slice(-4)).toEqual(['gap', 36, 37, 38]);
  });
});
