import { describe, expect, it } from 'vitest';
import { LITERACY, testObservation } from '../model/testRows';
import { tableFrom } from '../model/table';
import type { Catalog } from '../model/types';
import { peerRanksFor } from '../state/rankSelectors';
import { initialState, setUi } from '../state/state';
import { jitter, peerGroupName, spreadSpec } from './spreadSpec';

const catalog: Catalog = new Map([['素养', LITERACY]]);
const values: [string, number][] = [
  ['江津区', 30],
  ['大足区', 40],
  ['渝中区', 50],
  ['黔江区', 20],
  ['试点1区', 10],
];
const s = setUi(
  {
    ...initialState(
      catalog,
      values.map(([d]) => d),
      't',
    ),
    table: tableFrom(
      values.map(([district, value], i) => testObservation({ id: `o${i}`, district, value })),
    ),
  },
  { indicator: '素养', scope: '' },
);

describe('spreadSpec', () => {
  it('draws each group on its own row, the selected district apart, with the medians', () => {
    const spec = spreadSpec(peerRanksFor(s, s.ui, '')!, catalog, '大足区');
    expect(spec.groups).toEqual(['主城都市区', '渝东南武陵山区城镇群', '未分组']);
    expect(spec.points.map((p) => [p.district, Math.round(p.y) + 0])).toEqual([
      ['江津区', 0],
      ['渝中区', 0],
      ['黔江区', 1],
      ['试点1区', 2],
    ]);
    expect(spec.selected).toEqual([{ x: 40, y: jitter('大足区'), district: '大足区' }]);
    expect(spec.medians).toEqual([
      { x: 40, y: 0 },
      { x: 20, y: 1 },
      { x: 10, y: 2 },
    ]);
    // The data table: group, count, min, median, best quartile (type 7), max, the selected one.
    expect(spec.table.rows[0]).toEqual(['主城都市区', '3', '30', '40', '45', '50', '40']);
    expect(spec.empty).toBeNull();
  });

  it('keeps a jitter fixed by name and within a quarter row', () => {
    for (const d of ['江津区', '黔江区', '试点38区', ''])
      expect(Math.abs(jitter(d))).toBeLessThanOrEqual(0.25);
    expect(jitter('江津区')).toBe(jitter('江津区'));
    expect(jitter('江津区')).not.toBe(jitter('黔江区'));
  });

  it('names the planner’s group as typed and a built-in one by id', () => {
    expect(peerGroupName({ id: 'p1', name: '我的组', builtIn: false })).toBe('我的组');
    expect(peerGroupName({ id: '', name: '', builtIn: true })).toBe('未分组');
  });
});
