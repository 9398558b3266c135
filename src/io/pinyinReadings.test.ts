// Search over the real names: build-time keys for the bundled ones, the run-time dictionary for
// names added later (src/model/search.ts does the matching).
import { describe, expect, it } from 'vitest';
import keys from 'virtual:search-keys';
import { loadSeedCatalog } from '../data/seed';
import { DIVISIONS } from '../model/districtCodes';
import { readingsFromKey, searchItems, type SearchItem } from '../model/search';
import { DISTRICTS } from '../model/types';
import { readingsAtRunTime } from './pinyinReadings';

const keyed = (kind: SearchItem['kind'], name: string): SearchItem => ({
  kind,
  id: name,
  name,
  readings: readingsFromKey(keys[name] ?? ''),
});
const added = (kind: SearchItem['kind'], name: string): SearchItem => ({
  kind,
  id: name,
  name,
  readings: readingsAtRunTime(name),
});
const indicators = [...loadSeedCatalog().keys()].map((n) => keyed('indicator', n));
const seedDistricts = DISTRICTS.map((d) => keyed('district', d));
const divisions = DIVISIONS.map((d) => keyed('district', d.name));
const found = (items: SearchItem[], q: string) => searchItems(items, q).map((h) => h.item.name);

describe('search over the bundled names', () => {
  it('`mqrk` finds the 每千人口… indicators first', () => {
    const hits = found(indicators, 'mqrk');
    const perThousand = indicators.filter((i) => i.name.startsWith('每千人口')).length;
    expect(perThousand).toBeGreaterThan(3);
    expect(hits.slice(0, perThousand).every((n) => n.startsWith('每千人口'))).toBe(true);
    expect(hits).toContain('每千人口医疗卫生机构床位数');
  });

  it('`jj` is 江津区 alone among the seed districts and the 38 divisions; `qianjiang` is 黔江区', () => {
    expect(found(seedDistricts, 'jj')).toEqual(['江津区']);
    expect(found(divisions, 'jj')).toEqual(['江津区']);
    expect(found(divisions, 'qianjiang')).toEqual(['黔江区']);
    expect(found(divisions, 'qj')[0]).toBe('綦江区');
    expect(found(divisions, 'qijiang')).toEqual(['綦江区']);
  });

  it('reads 长寿区 as chang shou only (its curated spelling), and finds Chinese text inside names', () => {
    expect(found(divisions, 'cs')[0]).toBe('长寿区');
    expect(found(divisions, 'changshou')).toEqual(['长寿区']);
    expect(found(divisions, 'zs')).not.toContain('长寿区');
    expect(found(indicators, '就诊率')).toContain('区域内就诊率');
    expect(found(indicators, 'qynjzl')).toEqual(['区域内就诊率']);
  });
});

describe('names added at run time', () => {
  it('are found by pinyin and initials, every reading of a polyphone tried', () => {
    const mine = added('indicator', '每千人口全科医生数');
    expect(found([mine], 'mqrkqkys')).toEqual(['每千人口全科医生数']);
    expect(found([mine], 'quanke')).toEqual(['每千人口全科医生数']);
    expect(found([mine], 'meiqian renkou')).toEqual(['每千人口全科医生数']);
    const district = added('district', '长寿新区');
    expect(found([district], 'cs')).toEqual(['长寿新区']);
    expect(found([district], 'zs')).toEqual(['长寿新区']);
    const set = added('goalSet', '荣昌区 2025 目标');
    expect(found([set], 'rcq2025')).toEqual(['荣昌区 2025 目标']);
    expect(found([set], 'mubiao')).toEqual(['荣昌区 2025 目标']);
  });
});
