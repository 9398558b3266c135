import { describe, expect, it } from 'vitest';
import { isUnit, splitUnit } from './units';

describe('a unit in brackets at the end of an indicator name', () => {
  it.each([
    ['年末常住人口(万人)', '年末常住人口', '万人'],
    ['年末常住人口（万人）', '年末常住人口', '万人'],
    ['居民健康素养水平（%）', '居民健康素养水平', '%'],
    ['居民健康素养水平(％)', '居民健康素养水平', '%'],
    ['孕产妇死亡率（1/10万）', '孕产妇死亡率', '1/10万'],
    ['每千人口床位数 (张/千人)', '每千人口床位数', '张/千人'],
    ['每千人口执业(助理)医师数(人)', '每千人口执业(助理)医师数', '人'],
    ['卫生总费用【亿元】', '卫生总费用', '亿元'],
    ['婴儿死亡率(‰)', '婴儿死亡率', '‰'],
    ['诊疗人次(万人次)', '诊疗人次', '万人次'],
    ['人均预期寿命(岁)', '人均预期寿命', '岁'],
    ['房屋面积(平方米)', '房屋面积', '平方米'],
  ])('%s → %s and %s', (text, name, unit) => {
    expect(splitUnit(text)).toEqual({ name, unit });
  });

  it.each([
    '执业(助理)医师数',
    '医院数(含民营)',
    '人口(2024)',
    '(万人)',
    '指标(一)',
    '年末常住人口',
  ])('%s keeps its brackets', (text) => {
    expect(splitUnit(text)).toEqual({ name: text, unit: '' });
  });

  it('a name the catalog knows whole is not split', () => {
    expect(splitUnit('门诊量(人次)', (n) => n === '门诊量(人次)')).toEqual({
      name: '门诊量(人次)',
      unit: '',
    });
  });

  it('tells units from other words', () => {
    expect(
      ['个', '张', '家', '所', '元/人', '人/千人', '公里', '万元'].every((u) => isUnit(u)),
    ).toBe(true);
    expect(['助理', '2024', '含村卫生室', '一', ''].some((u) => isUnit(u))).toBe(false);
  });
});
