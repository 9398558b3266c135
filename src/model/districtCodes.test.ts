import { describe, expect, it } from 'vitest';
import {
  CITY,
  DIVISIONS,
  FORMER,
  divisionCoded,
  divisionNamed,
  divisionRomanised,
  divisionShort,
  formerCoded,
  formerNamed,
} from './districtCodes';

describe('the Chongqing code table', () => {
  it('holds the 38 county-level divisions: 26 districts, 8 counties, 4 autonomous counties', () => {
    expect(DIVISIONS).toHaveLength(38);
    const count = (k: string) => DIVISIONS.filter((v) => v.kind === k).length;
    expect([count('district'), count('county'), count('autonomousCounty')]).toEqual([26, 8, 4]);
    expect(new Set(DIVISIONS.map((v) => v.code)).size).toBe(38);
    expect(new Set(DIVISIONS.map((v) => v.short)).size).toBe(38);
    for (const v of DIVISIONS) {
      expect(v.code).toMatch(/^50(01[0-5]\d|02[2-4]\d)$/);
      expect(v.name.startsWith(v.short) || v.name === v.short).toBe(true);
    }
  });

  it('has the codes of the current list (民政部, GB/T 2260)', () => {
    const codes = Object.fromEntries(DIVISIONS.map((v) => [v.code, v.name]));
    expect(codes).toMatchObject({
      '500101': '万州区',
      '500110': '綦江区',
      '500111': '大足区',
      '500116': '江津区',
      '500120': '璧山区',
      '500151': '铜梁区',
      '500152': '潼南区',
      '500153': '荣昌区',
      '500154': '开州区',
      '500155': '梁平区',
      '500156': '武隆区',
      '500229': '城口县',
      '500233': '忠县',
      '500238': '巫溪县',
      '500240': '石柱土家族自治县',
      '500241': '秀山土家族苗族自治县',
      '500242': '酉阳土家族苗族自治县',
      '500243': '彭水苗族土家族自治县',
    });
    expect(CITY).toMatchObject({ code: '500000', name: '重庆市' });
  });

  it('every former name points at a current division, with the year of the change', () => {
    for (const f of FORMER) {
      expect(divisionNamed(f.now), f.name).toBeDefined();
      expect(f.year).toBeGreaterThanOrEqual(1997);
      expect(f.year).toBeLessThanOrEqual(2016);
      expect(divisionNamed(f.name), `${f.name} is not current`).toBeUndefined();
    }
    expect(formerNamed('梁平县')).toMatchObject({ code: '500228', now: '梁平区', year: 2016 });
    expect(formerNamed('开县')).toMatchObject({ code: '500234', now: '开州区', year: 2016 });
    expect(formerNamed('江津市')).toMatchObject({ code: '500181', now: '江津区', year: 2006 });
    expect(formerNamed('万盛区')).toMatchObject({ now: '綦江区', year: 2011, merged: true });
    expect(formerNamed('双桥区')).toMatchObject({ now: '大足区', year: 2011, merged: true });
  });

  it('looks divisions up by code, short name and romanised name', () => {
    expect(divisionCoded('500116')?.name).toBe('江津区');
    expect(divisionShort('江津')?.name).toBe('江津区');
    expect(divisionShort('石柱')?.name).toBe('石柱土家族自治县');
    expect(divisionShort('石柱县')?.name).toBe('石柱土家族自治县');
    expect(divisionShort('忠县')?.name).toBe('忠县');
    // A former code reused by its successor reads as the current division.
    expect(divisionCoded('500110')?.name).toBe('綦江区');
    expect(formerCoded('500110')).toBeUndefined();
    expect(formerCoded('500228')?.now).toBe('梁平区');
    for (const r of ['Jiangjin', 'JIANGJIN', 'Jiangjin District', 'jiangjin qu'])
      expect(divisionRomanised(r)?.name, r).toBe('江津区');
    expect(divisionRomanised('Nan’an')?.name).toBe('南岸区');
    expect(divisionRomanised('Chengkou County')?.name).toBe('城口县');
    expect(divisionRomanised('Shizhu Tujia Autonomous County')?.name).toBe('石柱土家族自治县');
    expect(divisionRomanised('constructor')).toBeUndefined();
    expect(divisionNamed('constructor')).toBeUndefined();
  });
});
