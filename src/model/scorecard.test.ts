import { describe, expect, it } from 'vitest';
import { buildScorecard, sortScorecard } from './scorecard';
import { addSlide, moveSlide, removeSlide, renameSlide, restoreDeck, type Slide } from './slides';
import { tableFrom } from './table';
import type { Catalog, Observation } from './types';

const catalog: Catalog = new Map([
  [
    '素养',
    {
      indicator: '素养',
      nameEn: 'Literacy',
      unit: '%',
      direction: 'higher',
      min: 0,
      max: 100,
      category: 'x',
    },
  ],
  [
    '自付',
    {
      indicator: '自付',
      nameEn: 'Out of pocket',
      unit: '%',
      direction: 'lower',
      min: 0,
      max: 100,
      category: 'x',
    },
  ],
]);
const o = (district: string, indicator: string, year: number, value: number): Observation => ({
  id: `${district}${indicator}${year}`,
  district,
  indicator,
  unit: '%',
  year,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
});
const set = {
  id: 'g',
  name: '目标',
  targets: [
    { indicator: '素养', value: 30, year: 2025, qualifier: '' as const },
    { indicator: '自付', value: 10, year: 2025, qualifier: '' as const },
  ],
};

describe('buildScorecard', () => {
  const t = tableFrom([
    o('A', '素养', 2023, 32.22),
    o('B', '素养', 2022, 28.96),
    o('C', '素养', 2020, 20),
    o('C', '素养', 2022, 21),
    o('A', '自付', 2023, 10.4),
    o('B', '自付', 2023, 12),
  ]);
  const card = buildScorecard(t, catalog, ['A', 'B', 'C', 'D'], set);

  it('gives each indicator its own direction-aware thresholds', () => {
    expect(card.columns.map((c) => [c.indicator, c.nearFrom])).toEqual([
      ['素养', 28.5],
      ['自付', 10.5],
    ]);
  });

  it('bands cells: met, near, on track, behind, no data', () => {
    const bands = card.rows.map((r) => r.cells.map((c) => c.band));
    expect(bands).toEqual([
      ['met', 'near'],
      // B has one point for 自付: no trajectory, so no claim to be on track.
      ['near', 'no_data'],
      ['behind', 'no_data'],
      ['no_data', 'no_data'],
    ]);
    expect(card.years).toEqual([2022, 2023]);
  });
});

describe('sortScorecard', () => {
  const t = tableFrom([
    o('A', '素养', 2023, 32.22),
    o('B', '素养', 2022, 28.96),
    o('C', '素养', 2020, 20),
    o('A', '自付', 2023, 10.4),
  ]);
  const card = buildScorecard(t, catalog, ['A', 'B', 'C', 'D'], set);
  it('sorts districts by one column’s number, districts without data last either way', () => {
    const order = (c: typeof card) => c.rows.map((r) => r.district);
    expect(order(sortScorecard(card, 0, 'asc'))).toEqual(['C', 'B', 'A', 'D']);
    expect(order(sortScorecard(card, 0, 'desc'))).toEqual(['A', 'B', 'C', 'D']);
    expect(order(sortScorecard(card, 1, 'desc'))).toEqual(['A', 'B', 'C', 'D']);
    expect(order(sortScorecard(card, null, 'asc'))).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('slides', () => {
  const s = (id: string): Slide => ({
    id,
    kind: 'across',
    title: '',
    indicator: '素养',
    scope: '',
    district: null,
    year: 'latest',
    dataKind: 'actual',
    goalSource: 'own',
  });
  it('add, rename, move and remove', () => {
    let deck = addSlide(addSlide(addSlide([], s('a')), s('b')), s('c'));
    deck = moveSlide(deck, 'c', -5);
    expect(deck.map((x) => x.id)).toEqual(['c', 'a', 'b']);
    deck = renameSlide(deck, 'a', ' 会议 ');
    expect(deck[1]?.title).toBe('会议');
    expect(removeSlide(deck, 'b').map((x) => x.id)).toEqual(['c', 'a']);
  });
  it('restores only well-formed slides', () => {
    expect(restoreDeck([s('a'), { id: 3 }, { id: 'x', kind: 'pie' }, null])).toEqual([s('a')]);
    expect(restoreDeck('nope')).toEqual([]);
  });
});
