// Columns and lines the newcomer's tables had: a 合计 column in every shape, a 总计 row among
// indicators, a 区划代码 column, English title lines, and one warning per fact, not per cell.
import { describe, expect, it } from 'vitest';
import { plan, values } from './testPlan';

describe('a totals column is kept apart in every shape', () => {
  it('regions × years: 合计 and Total columns', () => {
    const p = plan('地区,2024年,2023年,合计\n江津区,35.2,33.5,68.7', { indicator: '人口' });
    expect(p.layout).toBe('regionsByYears');
    expect(values(p)).toEqual(['江津区|人口|万人|2024|35.2', '江津区|人口|万人|2023|33.5']);
    expect(p.totals).toEqual([{ label: '合计', line: 1, count: 1, column: 4 }]);
    expect(p.counts).toMatchObject({ cells: 3, cellsTaken: 2, totals: 1 });
    expect(p.warnings).toEqual([]);
    const en = plan('Region,2024,2023,Total\n江津区,35.2,33.5,68.7', { indicator: '人口' });
    expect(en.rows).toHaveLength(2);
    expect(en.totals).toEqual([{ label: 'Total', line: 1, count: 1, column: 4 }]);
  });

  it('a two-row merged header with a 合计 column: the group is the indicator', () => {
    const text = [
      '地区,居民健康素养水平（%）,居民健康素养水平（%）,合计',
      '地区,2024年,2023年,合计',
      '江津区,35.2,33.5,68.7',
    ].join('\n');
    const p = plan(text);
    expect([p.layout, p.headerRow]).toEqual(['regionsByYears', 1]);
    expect(p.fileIndicator).toEqual({ name: '居民健康素养水平', unit: '%' });
    expect(values(p)).toEqual([
      '江津区|居民健康素养水平|%|2024|35.2',
      '江津区|居民健康素养水平|%|2023|33.5',
    ]);
    expect(p.totals).toEqual([{ label: '合计', line: 2, count: 1, column: 4 }]);
  });

  it('a CSV of that header (merged values said once): 合计 above an empty header cell', () => {
    const text = '地区,居民健康素养水平（%）,,合计\n,2024年,2023年,\n江津区,35.2,33.5,68.7';
    const p = plan(text);
    expect(p.fileIndicator).toEqual({ name: '居民健康素养水平', unit: '%' });
    expect(p.rows).toHaveLength(2);
    expect(p.skipped).toEqual([]);
    expect(p.totals).toEqual([{ label: '合计', line: 2, count: 1, column: 4 }]);
  });

  it('indicators × years with a 合计 column', () => {
    const p = plan('地区：荣昌区\n指标,2024年,2023年,合计\n床位数（张）,100,90,190');
    expect(p.layout).toBe('indicatorsByYears');
    expect(values(p)).toEqual(['荣昌区|床位数|张|2024|100', '荣昌区|床位数|张|2023|90']);
    expect(p.totals).toEqual([{ label: '合计', line: 2, count: 1, column: 4 }]);
    expect(p.warnings).toEqual([]);
  });

  it('indicators × years: a 总计 row is a totals row, not an indicator', () => {
    const p = plan('地区：荣昌区\n指标,2024年,2023年\n床位数（张）,100,90\n总计,100,90');
    expect(values(p)).toEqual(['荣昌区|床位数|张|2024|100', '荣昌区|床位数|张|2023|90']);
    expect(p.unknownIndicators.map((u) => u.name)).toEqual(['床位数']);
    expect(p.totals).toEqual([{ label: '总计', line: 4, count: 2 }]);
    expect(p.counts).toMatchObject({ rows: 2, rowsTaken: 1, totals: 2 });
  });
});

describe('a division code column', () => {
  const bureau = (header: string, ...rows: string[]) =>
    ['指标：人口(万人)', header, ...rows].join('\n');

  it.each(['区划代码', '代码', '行政区划代码'])('%s beside 地区', (code) => {
    const p = plan(bureau(`${code},地区,2024,2023`, '500116,江津区,1,2', '500153,,3,4'));
    expect(p.layout).toBe('regionsByYears');
    expect(values(p)).toEqual([
      '江津区|人口|万人|2024|1',
      '江津区|人口|万人|2023|2',
      '荣昌区|人口|万人|2024|3',
      '荣昌区|人口|万人|2023|4',
    ]);
    expect(p.skipped).toEqual([]);
    expect(p.warnings.filter((w) => w.line === 3)).toEqual([]);
    expect(p.warnings.filter((w) => w.line === 4)).toMatchObject([{ code: 'districtNamed' }]);
  });

  it('a code and a name that disagree are refused', () => {
    const p = plan(bureau('区划代码,地区,2024', '500153,江津区,1'));
    expect(p.rows).toEqual([]);
    expect(p.skipped).toMatchObject([
      { code: 'districtCodeConflict', divisionCode: '500153', district: '荣昌区', line: 3 },
    ]);
  });

  it('a code-only regions column; the city’s code is its totals row', () => {
    const p = plan(bureau('代码,2024,2023', '500000,3191,3190', '500116,1,2'));
    expect(p.layout).toBe('regionsByYears');
    expect(values(p)).toEqual(['江津区|人口|万人|2024|1', '江津区|人口|万人|2023|2']);
    expect(p.totals).toEqual([{ label: '500000', line: 3, count: 2 }]);
    expect(p.unknownDistricts).toEqual([]);
    const named = plan(bureau('代码,2024', '500000 重庆市,3191'));
    expect(named.totals).toEqual([{ label: '500000 重庆市', line: 3, count: 1 }]);
  });
});

describe('English title lines', () => {
  it('Indicator: and Unit: name a regions × years table', () => {
    const p = plan('Indicator: Beds\nUnit: persons\nRegion,2024,2023\n江津区,1,2');
    expect(p.fileIndicator).toEqual({ name: 'Beds', unit: 'persons' });
    expect(values(p)).toEqual(['江津区|Beds|persons|2024|1', '江津区|Beds|persons|2023|2']);
    expect(plan('Indicator: Beds (beds)\nRegion,2024\n江津区,1').rows).toHaveLength(1);
  });

  it('Region: names the district of an indicators × years table', () => {
    const p = plan('Region: 荣昌区\nIndicator,2024,2023\n人口,1,2');
    expect(p.fileDistrict).toBe('荣昌区');
    expect(values(p)).toEqual(['荣昌区|人口|万人|2024|1', '荣昌区|人口|万人|2023|2']);
  });
});

describe('one warning per fact', () => {
  it('a former name in a regions × years row is said once; out-of-range values each', () => {
    const p = plan('地区,2024,2023,2022,2021,2020\n梁平县,1,2,3,4,5', { indicator: '人口' });
    expect(p.rows).toHaveLength(5);
    expect(p.warnings).toMatchObject([{ code: 'districtNamed', text: '梁平县', line: 2 }]);
    const r = plan('地区,2024,2023\n江津区,150,160', { indicator: '居民健康素养水平' });
    expect(r.warnings.map((w) => w.code)).toEqual(['outOfRange', 'outOfRange']);
  });
});
