import { describe, expect, it } from 'vitest';
import { scorecardRanks, type Scorecard } from './scorecard';

const col = (indicator: string, direction: 'higher' | 'lower') => ({
  indicator,
  unit: '%',
  direction,
  target: 1,
  targetYear: 2025,
  qualifier: '' as const,
  nearFrom: 1,
});
const cell = (value: number | null) => ({
  value,
  year: 2023,
  band: 'met' as const,
  status: 'met' as const,
});

describe('scorecardRanks', () => {
  it('ranks each column in its own direction; ties share; no value, no rank', () => {
    const card: Scorecard = {
      set: { id: 'g', name: 'g', targets: [] },
      columns: [col('素养', 'higher'), col('自付', 'lower')],
      rows: [
        { district: 'A', cells: [cell(30), cell(20)] },
        { district: 'B', cells: [cell(40), cell(10)] },
        { district: 'C', cells: [cell(30), cell(null)] },
      ],
      years: [2023],
    };
    const r = scorecardRanks(card);
    expect(r.get('A')?.map((x) => [x.rank, x.of])).toEqual([
      [2, 3],
      [2, 2],
    ]);
    expect(r.get('B')?.map((x) => x.rank)).toEqual([1, 1]);
    expect(r.get('C')?.map((x) => x.rank)).toEqual([2, null]);
  });
});
