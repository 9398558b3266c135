// Import plans of the shapes planners' tables come in: statistical exports with title and note
// lines, regions × years, indicators × years, year headers, units in brackets, and counts.
import { describe, expect, it } from 'vitest';
import { plan, refusal, values } from './shape/testPlan';

const BUREAU = [
  '数据库：分省年度数据',
  '指标：年末常住人口(万人)',
  '时间：最近5年',
  '地区,2024年,2023年,2022年',
  '江津区,137.5,136.9,136.2',
  '荣昌区,67.3,67.1,',
  '北京市,2183.2,2185.8,2184.3',
  '注：2024年数据为初步统计数。',
  '数据来源：国家统计局',
].join('\n');

describe('statistical table shapes', () => {
  it('reads the statistics-bureau export: titles, header, notes, indicator and unit', () => {
    const p = plan(BUREAU);
    expect(p.layout).toBe('regionsByYears');
    expect(p.headerRow).toBe(3);
    expect(p.titles).toEqual([
      { line: 1, text: '数据库：分省年度数据' },
      { line: 2, text: '指标：年末常住人口(万人)' },
      { line: 3, text: '时间：最近5年' },
    ]);
    expect(p.notes).toEqual([
      { line: 8, text: '注：2024年数据为初步统计数。' },
      { line: 9, text: '数据来源：国家统计局' },
    ]);
    expect(p.fileIndicator).toEqual({ name: '年末常住人口', unit: '万人' });
    expect(values(p).slice(0, 4)).toEqual([
      '江津区|年末常住人口|万人|2024|137.5',
      '江津区|年末常住人口|万人|2023|136.9',
      '江津区|年末常住人口|万人|2022|136.2',
      '荣昌区|年末常住人口|万人|2024|67.3',
    ]);
    expect(p.rows.every((r) => r.obs.kind === 'actual')).toBe(true);
    expect(p.skipped).toEqual([]);
    expect(p.unknownDistricts).toEqual([{ name: '北京市', count: 3 }]);
    expect(p.unknownIndicators).toEqual([{ name: '年末常住人口', unit: '万人', count: 8 }]);
    expect(p.dataRows).toBe(3);
    expect(p.counts).toEqual({
      rows: 3,
      rowsTaken: 3,
      rowsSkipped: 0,
      cells: 9,
      cellsTaken: 8,
      cellsSkipped: 0,
      noData: 1,
      totals: 0,
    });
    expect(p.yearsFromFile).toBe(true);
  });

  it('regions × years without an 指标 line asks for the indicator, then takes it', () => {
    const text = '地区,2019年,2018年\n江津区,23.6,21.5\n大足区,11.2,10.8';
    expect(refusal(text)).toEqual({ code: 'needIndicator', line: 1 });
    const p = plan(text, { indicator: '人口', unit: '万人' });
    expect(p.layout).toBe('regionsByYears');
    expect(p.fileIndicator).toBeUndefined();
    expect(values(p)).toEqual([
      '江津区|人口|万人|2019|23.6',
      '江津区|人口|万人|2018|21.5',
      '大足区|人口|万人|2019|11.2',
      '大足区|人口|万人|2018|10.8',
    ]);
  });

  it('regions × years: the indicator asked for wins over the file’s, a 单位 line gives the unit', () => {
    const p = plan('单位：万人\n区县,2024\n江津区,137.5', { indicator: '年末常住人口' });
    expect(p.fileIndicator).toEqual({ name: '', unit: '万人' });
    expect(values(p)).toEqual(['江津区|年末常住人口|万人|2024|137.5']);
    expect(values(plan(BUREAU, { indicator: '常住人口（万人）' }))[0]).toBe(
      '江津区|常住人口|万人|2024|137.5',
    );
  });

  it('regions × years with an empty first header', () => {
    const p = plan('指标：居民健康素养水平（%）\n,2024年,2023年\n荣昌区,33.5,30.1');
    expect(values(p)).toEqual([
      '荣昌区|居民健康素养水平|%|2024|33.5',
      '荣昌区|居民健康素养水平|%|2023|30.1',
    ]);
  });

  it('a title merged over a workbook row is a title, not a header or an indicator', () => {
    const p = plan(
      '各区县年末常住人口,各区县年末常住人口,各区县年末常住人口\n地区,2024年,2023年\n江津区,1,2',
      {
        indicator: '人口',
      },
    );
    expect([p.headerRow, p.fileIndicator]).toEqual([1, undefined]);
    expect(p.titles).toEqual([{ line: 1, text: '各区县年末常住人口' }]);
  });

  it('indicators × years asks for the district once, then splits each unit', () => {
    const text = '指标,2022年,2021年\n年末总人口(万人),141175,141260\n人均预期寿命(岁),78.2,78.1';
    expect(refusal(text)).toEqual({ code: 'needDistrict', line: 1 });
    const p = plan(text, { district: '江津区' });
    expect(p.layout).toBe('indicatorsByYears');
    expect(values(p)).toEqual([
      '江津区|年末总人口|万人|2022|141175',
      '江津区|年末总人口|万人|2021|141260',
      '江津区|人均预期寿命|岁|2022|78.2',
      '江津区|人均预期寿命|岁|2021|78.1',
    ]);
    expect(p.unknownDistricts).toEqual([]);
    expect(p.unknownIndicators).toEqual([{ name: '年末总人口', unit: '万人', count: 2 }]);
  });

  it('indicators × years takes its district from a 地区 title line, unless one is asked for', () => {
    const text = '数据库：分省年度数据\n地区：荣昌区\n时间：最近5年\n指标,2023年\n人口(万人),67.1';
    const p = plan(text);
    expect(p.fileDistrict).toBe('荣昌区');
    expect(values(p)).toEqual(['荣昌区|人口|万人|2023|67.1']);
    expect(values(plan(text, { district: '大足区' }))).toEqual(['大足区|人口|万人|2023|67.1']);
  });

  it('an empty top-left cell over indicator names with units reads as indicators × years', () => {
    const text = ',2022年,2021年\n年末总人口(万人),141175,141260';
    expect(refusal(text)).toEqual({ code: 'needDistrict', line: 1 });
    expect(refusal(',2022年,2021年\n江津,1,1\n人口(万人),2,2')).toEqual({
      code: 'needIndicator',
      line: 1,
    });
  });

  it('reads a group header over the years as the indicator (merged cells, or one cell in a CSV)', () => {
    const merged =
      '地区,年末常住人口(万人),年末常住人口(万人)\n地区,2024年,2023年\n江津区,137.5,136.9';
    const p = plan(merged);
    expect([p.layout, p.headerRow]).toEqual(['regionsByYears', 1]);
    expect(p.fileIndicator).toEqual({ name: '年末常住人口', unit: '万人' });
    expect(values(p)).toEqual([
      '江津区|年末常住人口|万人|2024|137.5',
      '江津区|年末常住人口|万人|2023|136.9',
    ]);
    expect(p.titles).toEqual([{ line: 1, text: '地区 年末常住人口(万人)' }]);
    const csv = plan(',年末常住人口(万人),\n地区,2024年,2023年\n江津区,137.5,136.9');
    expect(csv.fileIndicator).toEqual({ name: '年末常住人口', unit: '万人' });
    expect(csv.rows).toHaveLength(2);
  });
});

describe('year headers', () => {
  it.each(['2024', '2024年', '2024年度', '2024年末', '2024-12-31', '２０２４年'])(
    '%s is the year 2024, never a district',
    (h) => {
      const p = plan(`地区,${h}\n江津区,5`, { indicator: '人口' });
      expect(values(p)).toEqual(['江津区|人口|万人|2024|5']);
      expect(p.unknownDistricts).toEqual([]);
    },
  );

  it('a year over a wide file’s column is not a district: left out, and said so', () => {
    const p = plan('指标,单位,江津区,2022年\n居民健康素养水平,%,33,34');
    expect(p.layout).toBe('wide');
    expect(values(p)).toEqual(['江津区|居民健康素养水平|%|2025|33']);
    expect(p.unknownDistricts).toEqual([]);
    expect(p.warnings).toEqual([{ code: 'ignoredColumns', headers: ['2022年'], line: 1 }]);
    // Forced wide, a file whose only value column is a year has no district to read.
    expect(refusal('地区,2022年\n江津区,5', { layout: 'wide' })).toMatchObject({
      code: 'badHeader',
    });
  });

  it('the same year twice is refused as duplicate columns', () => {
    expect(refusal('地区,2024年,2024\n江津区,1,2', { indicator: '人口' })).toMatchObject({
      code: 'duplicateColumns',
      columns: [{ headers: ['2024年', '2024'], at: [2, 3] }],
    });
  });
});

describe('units in brackets in indicator cells', () => {
  it('long file: the bracket is the unit, converted to the catalog’s', () => {
    const p = plan(
      '区县,指标,数值,年份\n江津区,居民健康素养水平（%）,33,2024\n荣昌区,人口(人),673000,2024\n大足区,执业(助理)医师数,1200,2024',
    );
    expect(values(p)).toEqual([
      '江津区|居民健康素养水平|%|2024|33',
      '荣昌区|人口|万人|2024|67.3',
      '大足区|执业(助理)医师数||2024|1200',
    ]);
    expect(p.warnings).toEqual([expect.objectContaining({ code: 'unitConverted', line: 3 })]);
  });

  it('wide file: the same, and a catalog name ending in a bracket stays whole', () => {
    const p = plan('指标,江津区\n人口（万人）,137.5\n门诊量(人次),1200', { wideYear: 2024 });
    expect(values(p)).toEqual([
      '江津区|人口|万人|2024|137.5',
      '江津区|门诊量(人次)|人次|2024|1200',
    ]);
  });
});

describe('where the header is', () => {
  it('the header row asked for wins; the rows above it are titles', () => {
    const text = [
      '区县,指标,数值,年份',
      '江津区,居民健康素养水平,33,2024',
      '区县,指标,数值,年份',
      '江津区,人均预期寿命,79,2024',
    ].join('\n');
    const p = plan(text, { headerRow: 2 });
    expect(p.headerRow).toBe(2);
    expect(values(p)).toEqual(['江津区|人均预期寿命|岁|2024|79']);
    expect(p.titles?.map((t) => t.line)).toEqual([1, 2]);
    expect(p.skipped).toEqual([]);
  });

  it('an unreadable header names the line it tried', () => {
    expect(refusal('数据库：分省年度数据\n甲,乙\n1,2')).toEqual({
      code: 'badHeader',
      headers: ['甲', '乙'],
      line: 2,
    });
    expect(refusal('只有一行说明\n还有一行')).toMatchObject({ code: 'badHeader', line: 1 });
    expect(refusal('区县,指标,数值\n\n江津区,人口,1', { headerRow: 1 })).toEqual({
      code: 'badHeader',
      headers: [],
      line: 2,
    });
  });

  it('note lines below a long file are notes, not skipped rows', () => {
    const p = plan(
      '区县,指标,数值,年份\n江津区,人口,137.5,2024\n注：初步数\n资料来源：区统计局,2025',
    );
    expect(p.skipped).toEqual([]);
    expect(p.notes?.map((n) => n.text)).toEqual(['注：初步数', '资料来源：区统计局 2025']);
    expect(p.dataRows).toBe(1);
  });

  it('a table with only notes below the header has no data rows', () => {
    expect(refusal('地区,2024年\n注：无数据', { indicator: '人口' })).toEqual({
      code: 'headerOnly',
    });
  });
});

describe('counts that add up', () => {
  it('a wide file with skipped cells never skips more rows than it has', () => {
    const text = [
      '指标,江津区,荣昌区,大足区',
      '居民健康素养水平,很高,很高,33',
      '人均预期寿命,很高,很高,很高',
      '人口,137.5,,67.3',
      '居民健康素养水平,较高,很低,',
      '人均预期寿命,78,79,80',
    ].join('\n');
    const p = plan(text, { wideYear: 2024 });
    // One problem per line (the cells are still counted each).
    expect(p.skipped.map((s) => [s.code, s.line])).toEqual([
      ['notANumber', 2],
      ['notANumber', 3],
      ['notANumber', 5],
    ]);
    expect(p.dataRows).toBe(5);
    expect(p.counts).toEqual({
      rows: 5,
      rowsTaken: 3,
      rowsSkipped: 2,
      cells: 15,
      cellsTaken: 6,
      cellsSkipped: 7,
      noData: 2,
      totals: 0,
    });
    expect(p.noDataMarks).toEqual([{ mark: '', count: 2 }]);
    const c = p.counts;
    expect(c && c.cellsTaken + c.cellsSkipped + c.noData + c.totals).toBe(c?.cells);
  });

  it('a ragged row is one skipped row, however many cells it hides', () => {
    const p = plan('指标,江津区,荣昌区\n人口,1,2,3\n人口,1,2', { wideYear: 2024 });
    expect(p.counts).toMatchObject({ rows: 2, rowsSkipped: 1, rowsTaken: 1, cellsSkipped: 2 });
  });

  it('a repeated row is a duplicate however its value is written; another qualifier or value is a conflict', () => {
    const p = plan(
      [
        '区县,指标,年份,类型,数值,限定',
        '江津区,人口,2023,实际,0,',
        '江津区,人口,2023,实际,-0,',
        '江津区,人口,2023,实际,0.0,',
        '江津区,人口,2023,实际,0,≈',
        '江津区,人口,2023,实际,≈0,',
        '江津区,人口,2023,实际,,',
        '江津区,人口,2023,实际,,',
        '江津区,人口,2023,实际,5,',
      ].join('\n'),
    );
    expect(p.skipped).toEqual([
      { code: 'duplicateRow', other: 2, line: 3 },
      { code: 'duplicateRow', other: 2, line: 4 },
      { code: 'duplicateRow', other: 5, line: 6 },
      { code: 'duplicateRow', other: 7, line: 8 },
    ]);
    expect(p.warnings.map((w) => [w.code, w.line])).toEqual([
      ['conflictRow', 5],
      ['conflictRow', 7],
      ['conflictRow', 9],
    ]);
  });
});
