import { describe, expect, it } from 'vitest';
import {
  groupHits,
  matchItem,
  pinyinQuery,
  readingsFromKey,
  searchItems,
  type SearchItem,
} from './search';

const item = (kind: SearchItem['kind'], name: string, key: string, zh?: string): SearchItem => ({
  kind,
  id: zh ?? name,
  name,
  zh,
  readings: readingsFromKey(key),
});

const DOCTORS = item(
  'indicator',
  '每千人口执业（助理）医师数',
  'mei qian ren kou zhi ye  zhu li  yi shi shu',
);
const BEDS = item(
  'indicator',
  '每千人口医疗卫生机构床位数',
  'mei qian ren kou yi liao wei sheng ji gou chuang wei shu',
);
const VISITS = item('indicator', '区域内就诊率', 'qu yu nei jiu zhen lv');
const SEED_DISTRICTS = [
  item('district', '江津区', 'jiang jin qu'),
  item('district', '黔江区', 'qian jiang qu'),
  item('district', '大足区', 'da zu qu'),
  item('district', '荣昌区', 'rong chang qu'),
  item('district', '九龙坡区', 'jiu long po qu'),
];
const JIANGBEI = item('district', '江北区', 'jiang bei qu');
const names = (items: readonly SearchItem[], q: string) =>
  searchItems(items, q).map((h) => h.item.name);

describe('matching a name', () => {
  it('finds 每千人口… by initials, full pinyin (spaces or none), mixed, and a part of the last syllable', () => {
    for (const q of ['mqrk', 'MQRK', 'meiqian', 'mei qian', 'meiqianrenkou', 'mqrenkou', 'meiqia'])
      expect(matchItem(DOCTORS, q)?.how, q).toMatch(/^(initials|pinyin)Prefix$/);
    expect(matchItem(DOCTORS, 'mqrk')).toMatchObject({ how: 'initialsPrefix', from: 0, to: 4 });
    expect(matchItem(DOCTORS, 'meiqian')).toMatchObject({ how: 'pinyinPrefix', from: 0, to: 2 });
  });

  it('steps over brackets inside a match and matches the whole name', () => {
    expect(matchItem(DOCTORS, 'mqrkzyzlyss')).toMatchObject({ how: 'pinyinWhole', to: 13 });
    expect(matchItem(DOCTORS, 'zlyss')).toMatchObject({ how: 'initials', from: 7, to: 13 });
  });

  it('reads ü as v, and `jj` as 江津 only', () => {
    expect(matchItem(VISITS, 'jiuzhenlv')?.how).toBe('pinyin');
    expect(matchItem(VISITS, 'jiuzhenlü')?.how).toBe('pinyin');
    expect(names([...SEED_DISTRICTS, JIANGBEI], 'jj')).toEqual(['江津区']);
    expect(names(SEED_DISTRICTS, 'qianjiang')).toEqual(['黔江区']);
    expect(names(SEED_DISTRICTS, 'QianJiang')).toEqual(['黔江区']);
    // A part of a syllable is its first letter or ends what was typed: `jij` is not 江津.
    expect(matchItem(SEED_DISTRICTS[0] as SearchItem, 'jij')).toBeNull();
  });

  it('matches Chinese text anywhere, exact and prefix first', () => {
    expect(matchItem(VISITS, '就诊')).toMatchObject({ how: 'substring', from: 3, to: 5 });
    expect(matchItem(VISITS, '区域内就诊率')?.how).toBe('exact');
    expect(names([BEDS, DOCTORS], '医师')).toEqual(['每千人口执业（助理）医师数']);
    expect(names([VISITS, ...SEED_DISTRICTS], '区')).toEqual([
      '区域内就诊率',
      '江津区',
      '黔江区',
      '大足区',
      '荣昌区',
      '九龙坡区',
    ]);
  });

  it('matches the English name shown, case aside, and the Chinese name beside it', () => {
    const en = item('district', 'Jiangjin', 'jiang jin qu', '江津区');
    expect(matchItem(en, 'jiangjin')).toMatchObject({ how: 'exact', field: 'name' });
    expect(matchItem(en, 'JIANG')).toMatchObject({ how: 'prefix', field: 'name' });
    expect(matchItem(en, '津')).toMatchObject({ how: 'substring', field: 'zh', from: 1 });
    expect(matchItem(en, 'jjq')).toMatchObject({ how: 'pinyinWhole', field: 'zh' });
  });

  it('matches the full English name and the code, case, spaces and apostrophes aside', () => {
    const jj = {
      ...item('district', 'Jiangjin', 'jiang jin qu', '江津区'),
      also: ['500116', 'Jiangjin District'],
    };
    expect(matchItem(jj, 'Jiangjin District')).toMatchObject({
      how: 'exact',
      field: 'also',
      text: 'Jiangjin District',
      from: 0,
      to: 17,
    });
    expect(matchItem(jj, 'JIANGJIN  district')?.how).toBe('exact');
    expect(matchItem(jj, 'jiangjindist')).toMatchObject({ how: 'prefix', field: 'also', to: 13 });
    expect(matchItem(jj, '500116')).toMatchObject({ how: 'exact', field: 'also', text: '500116' });
    expect(matchItem(jj, '5001')?.how).toBe('prefix');
    // The name first: `jiangjin` is the name shown, `jiangjin qu` its whole pinyin.
    expect(matchItem(jj, 'jiangjin')).toMatchObject({ how: 'exact', field: 'name' });
    expect(matchItem(jj, 'jiangjin qu')).toMatchObject({ how: 'pinyinWhole', field: 'zh' });
    const nanan = {
      ...item('district', '南岸区', 'nan an qu'),
      also: ['500108', 'Nan’an District'],
    };
    expect(matchItem(nanan, "nan'an district")?.how).toBe('exact');
    expect(matchItem(nanan, 'Life expectancy')).toBeNull();
  });

  it('reads regex characters, HTML and very long text as plain text', () => {
    const odd = item('indicator', 'a.*b <i>', '');
    expect(matchItem(odd, '.*')).toMatchObject({ how: 'substring', from: 1, to: 3 });
    expect(matchItem(odd, '<i>')?.how).toBe('substring');
    expect(matchItem(VISITS, '.*')).toBeNull();
    expect(matchItem(VISITS, 'q'.repeat(100000))).toBeNull();
  });

  it('tries every reading of a polyphone given at run time, only the given one otherwise', () => {
    const keyed = item('district', '长寿区', 'chang shou qu');
    const runTime: SearchItem = {
      ...keyed,
      readings: [['chang', 'zhang'], ['shou'], ['qu', 'ou']],
    };
    expect(matchItem(keyed, 'cs')?.how).toBe('initialsPrefix');
    expect(matchItem(keyed, 'zs')).toBeNull();
    expect(matchItem(runTime, 'cs')?.how).toBe('initialsPrefix');
    expect(matchItem(runTime, 'zhangshou')?.how).toBe('pinyinPrefix');
  });

  it('finds nothing for blank or unmatched text', () => {
    expect(matchItem(VISITS, '   ')).toBeNull();
    expect(matchItem(VISITS, 'xyz')).toBeNull();
    expect(pinyinQuery(" Lü 'an ")).toBe('lvan');
  });
});

describe('ranking and grouping', () => {
  it('ranks exact > prefix > initials prefix > substring > mid-name pinyin', () => {
    const items = [
      item('indicator', '床位数', 'chuang wei shu'),
      item('indicator', '床位', 'chuang wei'),
      item('indicator', '每千人口床位数', 'mei qian ren kou chuang wei shu'),
      item('indicator', '床位使用率', 'chuang wei shi yong lv'),
      item('indicator', '重点床位', 'zhong dian chuang wei'),
    ];
    expect(searchItems(items, '床位').map((h) => [h.item.name, h.how])).toEqual([
      ['床位', 'exact'],
      ['床位数', 'prefix'],
      ['床位使用率', 'prefix'],
      ['重点床位', 'substring'],
      ['每千人口床位数', 'substring'],
    ]);
    expect(searchItems(items, 'cw').map((h) => [h.item.name, h.how])).toEqual([
      ['床位', 'pinyinWhole'],
      ['床位数', 'initialsPrefix'],
      ['床位使用率', 'initialsPrefix'],
      ['重点床位', 'initials'],
      ['每千人口床位数', 'initials'],
    ]);
  });

  it('groups by kind, the best group first, a few per kind', () => {
    const hits = searchItems([VISITS, ...SEED_DISTRICTS, JIANGBEI], 'jiang');
    const groups = groupHits(hits, 2);
    expect(groups.map((g) => g.kind)).toEqual(['district']);
    expect(groups[0]?.hits.map((h) => h.item.name)).toEqual(['江津区', '江北区']);
    // 黔江区 (q at the start, shorter) leads; 区 in every district name matches `q` too.
    const both = groupHits(searchItems([VISITS, ...SEED_DISTRICTS], 'q'), 3);
    expect(both.map((g) => [g.kind, g.hits.map((h) => h.item.name)])).toEqual([
      ['district', ['黔江区', '江津区', '大足区']],
      ['indicator', ['区域内就诊率']],
    ]);
  });
});
