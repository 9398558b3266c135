import { describe, expect, it } from 'vitest';
import { DIVISIONS, divisionRomanised } from './districtCodes';
import { districtEntries, romanisedName } from './searchDistricts';

describe('districts for the search', () => {
  it('lists the workbook’s districts first, then every division it lacks', () => {
    const list = districtEntries(['江津区', '万盛经开区', '荣昌区']);
    expect(list.slice(0, 3).map((d) => [d.name, d.inWorkbook])).toEqual([
      ['江津区', true],
      ['万盛经开区', true],
      ['荣昌区', true],
    ]);
    expect(list).toHaveLength(3 + 36);
    expect(new Set(list.map((d) => d.name))).toEqual(
      new Set([...DIVISIONS.map((d) => d.name), '万盛经开区']),
    );
    expect(list.find((d) => d.name === '长寿区')).toEqual({
      name: '长寿区',
      inWorkbook: false,
      also: ['500115', 'Changshou District'],
    });
    expect(list.find((d) => d.name === '万盛经开区')?.also).toEqual([]);
  });

  it('gives each division its full romanised name, read back to the same division', () => {
    const byName = new Map(DIVISIONS.map((d) => [d.name, romanisedName(d)]));
    expect(byName.get('城口县')).toBe('Chengkou County');
    expect(byName.get('石柱土家族自治县')).toBe('Shizhu Tujia Autonomous County');
    expect(byName.get('彭水苗族土家族自治县')).toBe('Pengshui Miao and Tujia Autonomous County');
    expect(byName.get('秀山土家族苗族自治县')).toBe('Xiushan Tujia and Miao Autonomous County');
    for (const d of DIVISIONS) expect(divisionRomanised(romanisedName(d))).toBe(d);
  });
});
