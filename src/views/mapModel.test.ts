// What the tile map shows, built as the app builds it: legend labels and counts, classes of the
// districts off the map, goal status without a target, qualifiers and one number format.
import { describe, expect, it } from 'vitest';
import { DIVISIONS } from '../model/districtCodes';
import { tableFrom } from '../model/table';
import { formulaEntry, op, plainEntry, ref, testCatalog, testObservation } from '../model/testRows';
import { TILE_LAYOUT } from '../model/tileLayout';
import type { Observation } from '../model/types';
import { buildMapModel, type MapPick } from './mapModel';

const ON_MAP = DIVISIONS.filter((d) => TILE_LAYOUT.some((x) => x.code === d.code)).map(
  (d) => d.name,
);
let n = 0;
const obs = (district: string, value: number, over: Partial<Observation> = {}) =>
  testObservation({ id: `m${++n}`, district, value, ...over });
const pick = (over: Partial<MapPick> = {}): MapPick => ({
  indicator: '素养',
  scope: '',
  year: 'latest',
  kind: 'actual',
  goalSource: 'own',
  breaks: 'quantile',
  district: null,
  ...over,
});
const slices = (rows: Observation[], districts: string[], catalog = testCatalog()) => ({
  table: tableFrom(rows),
  catalog,
  districts,
  goalSets: [],
});
const total = (m: { legend: { count: number }[] }) => m.legend.reduce((a, b) => a + b.count, 0);

describe('map legend', () => {
  it('rounds break labels to a few significant digits of the step, with the grid grouping', () => {
    const values = [28.96, 29.5, 30.1, 31.133333, 31.9, 33.41, 35.0001, 36.2, 40.123456, 47.561734];
    const ds = ON_MAP.slice(0, values.length);
    const m = buildMapModel(
      slices(
        values.map((v, i) => obs(ds[i] as string, v)),
        ds,
      ),
      pick({ breaks: 'equal' }),
    );
    const labels = m?.legend.filter((x) => !x.hatch).map((x) => x.label) ?? [];
    expect(labels.length).toBeGreaterThan(1);
    for (const l of labels) expect(l).not.toMatch(/\.\d{3,}/);
    // Each value's class is the one whose label (upper bound included) holds it.
    const bounds = labels.map((l) => l.split('–').map((x) => Number(x.replace(/,/g, ''))));
    for (const [i, v] of values.entries()) {
      const row = m?.rows.find((r) => r.district === ds[i]);
      const k = labels.indexOf(row?.cls ?? '');
      const [lo, hi] = bounds[k] as [number, number];
      expect(v).toBeLessThanOrEqual(hi);
      expect(k === 0 ? v >= lo : v > lo).toBe(true);
    }
    expect(m?.legendNote).toMatch(/含上限/);
  });

  it('large values: one grouping rule for tiles, legend and ranking', () => {
    const values = [8758, 9100, 12102, 15000, 61728394517.5];
    const ds = ON_MAP.slice(0, values.length);
    const catalog = testCatalog(plainEntry('人口', '人'));
    const m = buildMapModel(
      slices(
        values.map((v, i) => obs(ds[i] as string, v, { indicator: '人口', unit: '人' })),
        ds,
        catalog,
      ),
      pick({ indicator: '人口' }),
    );
    const row = m?.rows.find((r) => r.district === ds[0]);
    expect(row?.value).toBe('8,758人');
    expect(m?.tiles.find((x) => x.district === ds[0])?.value).toBe('8,758');
    expect(m?.legend[0]?.label).toMatch(/^8,7\d\d/);
  });

  it('with no value at all says 无数据, never "0 级"', () => {
    const catalog = testCatalog(formulaEntry('每千人口', '', op('/', ref('素养'), ref('人口'))));
    const m = buildMapModel(
      slices([obs(ON_MAP[0] as string, 50)], [ON_MAP[0] as string], catalog),
      pick({ indicator: '每千人口' }),
    );
    expect(m?.legendTitle).not.toMatch(/0 级/);
    expect(m?.legendTitle).toContain('无数据');
  });

  it('classes and counts are over the 38 tiles; a district off the map is listed with its class', () => {
    const ds = [...ON_MAP.slice(0, 5), '试点新区'];
    const m = buildMapModel(
      slices(
        ds.map((d, i) => obs(d, 10 + i)),
        ds,
      ),
      pick(),
    );
    expect(total(m as NonNullable<typeof m>)).toBe(38);
    expect(m?.legend.at(-1)?.count).toBe(33);
    // 试点新区 has the largest value but makes no class: the classes end at the tiles' largest.
    expect(m?.legend.filter((x) => !x.hatch).at(-1)?.label).toMatch(/14$/);
    expect(m?.offMap.map((r) => r.district)).toEqual(['试点新区']);
    expect(m?.offMap[0]?.cls).toMatch(/\S/);
    expect(m?.legendNote).toMatch(/38/);
  });
});

describe('map by goal status', () => {
  it('a district with data but no target is 无目标, not 缺数据', () => {
    const ds = ON_MAP.slice(0, 2);
    const rows = [
      obs(ds[0] as string, 70, { year: 2020 }),
      obs(ds[0] as string, 80, { year: 2022 }),
      obs(ds[0] as string, 90, { year: 2025, kind: 'target' }),
      obs(ds[1] as string, 70, { year: 2022 }),
    ];
    const m = buildMapModel(slices(rows, ds), pick({ breaks: 'status' }));
    const noTarget = m?.legend.find((x) => x.label === '无目标');
    expect(noTarget?.count).toBe(1);
    expect(m?.legend.find((x) => x.label === '缺数据')?.count).toBe(36);
    expect(m?.rows.find((r) => r.district === ds[1])?.cls).toBe('无目标');
    expect(total(m as NonNullable<typeof m>)).toBe(38);
  });
});

describe('map values', () => {
  it('show the qualifier and the grid’s decimals', () => {
    const ds = ON_MAP.slice(0, 2);
    const rows = [
      obs(ds[0] as string, 95.123456, { qualifier: '≥' }),
      obs(ds[1] as string, 0.000012345),
    ];
    const m = buildMapModel(slices(rows, ds), pick());
    const tile = (d: string) => m?.tiles.find((x) => x.district === d);
    expect(tile(ds[0] as string)?.value).toBe('≥95.123456');
    expect(tile(ds[1] as string)?.value).toBe('0.000012');
    expect(m?.rows.find((r) => r.district === ds[0])?.value).toBe('≥95.123456%');
    expect(tile(ds[0] as string)?.title).toContain('≥95.123456%');
  });
});
