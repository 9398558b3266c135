import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import { LITERACY, testObservation } from '../model/testRows';
import type { Catalog, Observation } from '../model/types';
import { createPeerGroup } from './peerGroupActions';
import { peerRanksFor, ranksFor } from './rankSelectors';
import { initialState, setUi, type AppState } from './state';

// 江津 and 大足 are 主城都市区, 黔江 渝东南, 万州 渝东北, 试点1区 has no built-in group.
const DISTRICTS = ['江津区', '大足区', '黔江区', '万州区', '试点1区'];
const catalog: Catalog = new Map([
  ['素养', LITERACY],
  ['死亡率', { ...LITERACY, indicator: '死亡率', nameEn: 'Mortality', direction: 'lower' }],
]);
let n = 0;
const o = (district: string, indicator: string, year: number, value: number): Observation =>
  testObservation({ id: `o${++n}`, district, indicator, year, value });

function state(rows: Observation[], indicator = '素养'): AppState {
  const s = { ...initialState(catalog, DISTRICTS, 't'), table: tableFrom(rows) };
  return setUi(s, { indicator, scope: '' });
}
const ranks = (s: AppState) => ranksFor(s, s.ui);

const rows = [
  // 2020: 江津 1st, 大足 2nd, 黔江 3rd (baseline: two or more districts).
  o('江津区', '素养', 2020, 30),
  o('大足区', '素养', 2020, 20),
  o('黔江区', '素养', 2020, 10),
  o('万州区', '素养', 2019, 99), // alone in 2019: not a baseline
  // latest: 黔江 best, 江津 2nd, 大足 3rd, 试点1区 4th, 万州 stays 99 (2019) → 1st.
  o('江津区', '素养', 2023, 40),
  o('大足区', '素养', 2023, 35),
  o('黔江区', '素养', 2023, 50),
  o('试点1区', '素养', 2023, 5),
  o('江津区', '死亡率', 2023, 3),
  o('大足区', '死亡率', 2023, 1),
  o('黔江区', '死亡率', 2023, 2),
];

describe('ranksFor', () => {
  it('keeps its fields and adds groups, ranks within them and the change since the baseline', () => {
    const r = ranks(state(rows))!;
    expect(r.baselineYear).toBe(2020);
    const by = new Map(r.rows.map((x) => [x.district, x]));
    expect(r.rows.map((x) => x.district)).toEqual(DISTRICTS);
    expect(by.get('万州区')).toMatchObject({ rank: 1, of: 5, year: 2019, group: 'cq-northeast' });
    expect(by.get('黔江区')).toMatchObject({
      rank: 2,
      group: 'cq-southeast',
      groupRank: { rank: 1, of: 1 },
      baselineRank: 3,
      rankChange: 1,
    });
    expect(by.get('江津区')).toMatchObject({
      rank: 3,
      groupRank: { rank: 1, of: 2 },
      rankChange: -2,
    });
    expect(by.get('大足区')).toMatchObject({ groupRank: { rank: 2, of: 2 }, baselineRank: 2 });
    // A value from before the baseline, or no baseline value: no change to show.
    expect(by.get('万州区')?.rankChange).toBeNull();
    expect(by.get('试点1区')).toMatchObject({ group: null, groupRank: null, rankChange: null });
  });

  it('ranks lower-is-better from the smallest; a district without a value has no rank', () => {
    const r = ranks(state(rows, '死亡率'))!;
    expect(r.rows.map((x) => x.rank)).toEqual([3, 1, 2, null, null]);
    expect(r.baselineYear).toBe(2023);
    expect(r.rows.every((x) => x.rankChange === null)).toBe(true);
  });

  it('answers with the same object until the data changes, and re-ranks after an edit', () => {
    const s = state(rows);
    expect(ranks(s)).toBe(ranks({ ...s }));
    // 大足 35 → 60: from 4th to 2nd (behind 万州's 99).
    const edited = state(rows.map((x) => (x === rows[5] ? { ...x, value: 60 } : x)));
    expect(ranks(edited)!.rows.find((x) => x.district === '大足区')?.rank).toBe(2);
    // A baseline-year edit changes the rank change though the latest row is the same.
    const earlier = state([...rows.slice(0, 2), o('黔江区', '素养', 2020, 90), ...rows.slice(3)]);
    expect(ranks(earlier)!.rows.find((x) => x.district === '黔江区')?.rankChange).toBe(-1);
  });
});

describe('peerRanksFor', () => {
  it('orders every district by rank with group statistics (type 7)', () => {
    const s = state(rows);
    const p = peerRanksFor(s, s.ui, '')!;
    expect(p.rows.map((r) => r.district)).toEqual([
      '万州区',
      '黔江区',
      '江津区',
      '大足区',
      '试点1区',
    ]);
    // values 5, 35, 40, 50, 99: median 40; best quartile = Q(.75) = 50.
    expect(p.stats).toEqual({ count: 5, median: 40, bestQuartile: 50 });
    expect(p.spread.map((g) => [g.id, g.values.length])).toEqual([
      ['cq-main', 2],
      ['cq-northeast', 1],
      ['cq-southeast', 1],
      ['', 1],
    ]);
  });

  it('ranks within a chosen group, a planner group included', () => {
    let s = state(rows);
    const main = peerRanksFor(s, s.ui, 'cq-main')!;
    expect(main.rows.map((r) => [r.district, r.inGroup?.rank])).toEqual([
      ['江津区', 1],
      ['大足区', 2],
    ]);
    expect(main.stats).toEqual({ count: 2, median: 37.5, bestQuartile: 38.75 });
    s = createPeerGroup(s, '试点', ['试点1区', '黔江区']);
    const mine = peerRanksFor(s, s.ui, s.ui.peerGroup)!;
    expect(mine.group?.name).toBe('试点');
    expect(mine.rows.map((r) => [r.district, r.inGroup?.rank, r.inGroup?.of])).toEqual([
      ['黔江区', 1, 2],
      ['试点1区', 2, 2],
    ]);
    expect(mine.spread.at(-1)).toMatchObject({ id: s.ui.peerGroup, builtIn: false });
    // An unknown id (a group deleted in another tab) compares every district.
    expect(peerRanksFor(s, s.ui, 'gone')!.rows).toHaveLength(5);
  });

  it('gives the lower-is-better best quartile from the low end', () => {
    const s = state(rows, '死亡率');
    expect(peerRanksFor(s, s.ui, '')!.stats).toEqual({ count: 3, median: 2, bestQuartile: 1.5 });
  });
});
