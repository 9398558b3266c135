// A two-row merged header naming a different indicator over each group of year columns, and
// the indicator a `表1 名称` title line names.
import { describe, expect, it } from 'vitest';
import { plan, refusal, values } from './testPlan';

describe('indicator groups over the year columns', () => {
  const header = [
    '地区,人均预期寿命(岁),人均预期寿命(岁),居民健康素养水平(%),居民健康素养水平(%),合计',
    '地区,2024年,2023年,2024年,2023年,合计',
  ];

  it('each year column takes its indicator and unit from the group above it', () => {
    const p = plan([...header, '江津区,80.6,80.1,35.2,33.5,229.4'].join('\n'));
    expect(p.layout).toBe('regionsByYears');
    expect(values(p)).toEqual([
      '江津区|人均预期寿命|岁|2024|80.6',
      '江津区|人均预期寿命|岁|2023|80.1',
      '江津区|居民健康素养水平|%|2024|35.2',
      '江津区|居民健康素养水平|%|2023|33.5',
    ]);
    expect(p.skipped).toEqual([]);
    expect(p.totals).toEqual([{ label: '合计', line: 2, count: 1, column: 6 }]);
  });

  it('a CSV of that header (each merged value said once)', () => {
    const text = [
      '地区,人均预期寿命(岁),,居民健康素养水平(%),,合计',
      ',2024年,2023年,2024年,2023年,',
      '江津区,80.6,80.1,35.2,33.5,229.4',
    ].join('\n');
    const p = plan(text);
    expect(values(p).map((v) => v.split('|').slice(1, 4).join('|'))).toEqual([
      '人均预期寿命|岁|2024',
      '人均预期寿命|岁|2023',
      '居民健康素养水平|%|2024',
      '居民健康素养水平|%|2023',
    ]);
    expect(p.totals).toEqual([{ label: '合计', line: 2, count: 1, column: 6 }]);
  });

  it('the same year twice under one group is still a duplicate column', () => {
    const text = [
      '地区,人口(万人),人口(万人),人口(万人)',
      '地区,2024年,2023年,2024年',
      '江津区,1,2,3',
    ].join('\n');
    expect(refusal(text)).toMatchObject({ code: 'duplicateColumns' });
    const groups = [
      '地区,人口(万人),人口(万人),居民健康素养水平(%),居民健康素养水平(%)',
      '地区,2024年,2024年,2024年,2023年',
      '江津区,1,2,3,4',
    ].join('\n');
    expect(refusal(groups)).toMatchObject({
      code: 'duplicateColumns',
      columns: [{ headers: ['2024年', '2024年'], at: [2, 3] }],
    });
  });
});

describe('the indicator a 表N title names', () => {
  it('表1 人均预期寿命 with 单位：岁 imports without asking', () => {
    const p = plan('表1 人均预期寿命\n单位：岁\n地区,2024年\n江津区,80.6');
    expect(p.fileIndicator).toEqual({ name: '人均预期寿命', unit: '岁' });
    expect(values(p)).toEqual(['江津区|人均预期寿命|岁|2024|80.6']);
  });

  it('附表2 with a bracket unit', () => {
    const p = plan('附表2 年末常住人口（万人）\n地区,2024年\n江津区,137.5');
    expect(values(p)).toEqual(['江津区|年末常住人口|万人|2024|137.5']);
  });

  it('two 表N titles: asked, with the 单位 line’s unit', () => {
    const text = '表1 人均预期寿命\n表2 居民健康素养水平\n单位：岁\n地区,2024年\n江津区,80.6';
    expect(refusal(text)).toEqual({ code: 'needIndicator', line: 4, unit: '岁' });
    expect(refusal('单位：岁\n地区,2024年\n江津区,80.6')).toEqual({
      code: 'needIndicator',
      line: 2,
      unit: '岁',
    });
  });
});

describe('a group of years with no indicator above it', () => {
  const rows = ['江津区,80.6,80.1,35.2,33.1', '黔江区,78.2,77.9,30.5,28.4'];

  it('is asked for, not refused as duplicate columns, when the first group is unnamed', () => {
    const r = refusal(
      ['地区,,,居民健康素养水平(%),', '地区,2024年,2023年,2024年,2023年', ...rows].join('\n'),
    );
    expect(r).toMatchObject({ code: 'unnamedGroup', line: 1, columns: [2, 3] });
  });

  it('an empty cell after a named group is that group (a CSV writes a merged cell once)', () => {
    // So 2024年 twice under 人均预期寿命 is a duplicate; the words say to name the other group.
    const r = refusal(
      ['地区,人均预期寿命(岁),,,', '地区,2024年,2023年,2024年,2023年', ...rows].join('\n'),
    );
    expect(r).toMatchObject({ code: 'duplicateColumns' });
  });
});

describe('one warning per fact per line', () => {
  it('a row differing from an earlier one in two years says so once', () => {
    const p = plan(
      ['指标：人均预期寿命(岁)', '地区,2024年,2023年', '江津区,80.6,80.1', '江津,80.7,80.2'].join(
        '\n',
      ),
    );
    expect(p.warnings.filter((w) => w.code === 'conflictRow')).toEqual([
      { code: 'conflictRow', other: 3, line: 4 },
    ]);
  });
});
