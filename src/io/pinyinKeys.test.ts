// The build-time keys: every bundled name has one, aligned with its characters.
import { describe, expect, it } from 'vitest';
import keys from 'virtual:search-keys';
import { DIVISIONS } from '../model/districtCodes';
import { DISTRICTS } from '../model/types';
import { loadSeedCatalog } from '../data/seed';
import { readingsOfDivision, readingsOfName } from './pinyinKeys';

describe('build-time pinyin keys (virtual:search-keys)', () => {
  it('cover every catalog indicator, the seed districts and the 38 divisions, char for char', () => {
    const names = [...loadSeedCatalog().keys(), ...DISTRICTS, ...DIVISIONS.map((d) => d.name)];
    expect(DIVISIONS).toHaveLength(38);
    for (const name of names) {
      const key = keys[name];
      expect(key, name).toBeDefined();
      const readings = (key ?? '').split(' ');
      expect(readings, name).toHaveLength(Array.from(name).length);
      // Every Chinese character has a reading.
      Array.from(name).forEach((ch, i) => {
        if (/\p{Script=Han}/u.test(ch)) expect(readings[i], `${name} ${ch}`).toMatch(/^[a-z]+$/);
      });
    }
  });

  it('spell a division’s short name as districtCodes.ts does', () => {
    for (const d of DIVISIONS) {
      const r = (keys[d.name] ?? '').split(' ');
      const short = Array.from(d.short === d.name ? d.short.slice(0, -1) : d.short).length;
      expect(r.slice(0, short).join(''), d.name).toBe(d.pinyin.toLowerCase().replace(/'/g, ''));
    }
    expect(keys['长寿区']).toBe('chang shou qu');
    expect(keys['江津区']).toBe('jiang jin qu');
    expect(keys['忠县']).toBe('zhong xian');
    expect(keys['石柱土家族自治县']).toBe('shi zhu tu jia zu zi zhi xian');
  });

  it('read names alone, brackets without a reading, letters as themselves, ü as v', () => {
    expect(readingsOfName('每千人口执业（助理）医师数')).toEqual(
      'mei qian ren kou zhi ye  zhu li  yi shi shu'.split(' '),
    );
    expect(readingsOfName('区域内就诊率')).toEqual(['qu', 'yu', 'nei', 'jiu', 'zhen', 'lv']);
    expect(readingsOfName('65岁HIV')).toEqual(['6', '5', 'sui', 'h', 'i', 'v']);
    // 长寿区 on its own: not the 市长 ("mayor") of 重庆市长寿区.
    expect(readingsOfName('长寿区')).toEqual(['chang', 'shou', 'qu']);
  });

  it('refuse a spelling that does not fit the characters', () => {
    expect(readingsOfDivision({ name: '江津区', short: '江津', pinyin: 'Jiangbei' })).toBeNull();
  });
});
