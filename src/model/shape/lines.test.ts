import { describe, expect, it } from 'vitest';
import { detectLayout } from './layout';
import { findTable, groupValue, isNoteRow, isTitleRow } from './lines';
import { yearOfHeader } from './years';

const rows = (text: string) => text.split('\n').map((l) => l.split(','));
const find = (text: string, headerRow?: number) =>
  findTable(
    rows(text),
    (i) => i + 1,
    (h) => detectLayout(h) !== null,
    headerRow,
  );

describe('title, header and note lines', () => {
  it('knows title and note lines', () => {
    for (const t of [
      '数据库：分省年度数据',
      '指标:年末常住人口(万人),,',
      '表1 各区县人口,,单位：万人',
    ])
      expect(isTitleRow(t.split(','))).toBe(true);
    expect(isTitleRow(['地区', '2024年'])).toBe(false);
    // A workbook fills every cell of a merged title with its text.
    expect(isTitleRow(['各区县人口', '各区县人口', '各区县人口'])).toBe(true);
    for (const n of [
      '注：初步数',
      '注1：含流动人口',
      '数据来源：国家统计局',
      '资料来源: 区统计局',
      '说明：…',
    ])
      expect(isNoteRow([n])).toBe(true);
    expect(isNoteRow(['江津区', '33'])).toBe(false);
  });

  it('finds the header below titles, and the notes with every row after the first', () => {
    const r = find('表1 人口,,单位：万人\n\n地区,2024年\n江津区,1\n注：甲\n荣昌区,2\n来源：乙');
    expect(r).toEqual({
      ok: true,
      value: {
        header: 2,
        titles: [{ line: 1, text: '表1 人口 单位：万人' }],
        notesFrom: 4,
        notes: [
          { line: 5, text: '注：甲' },
          { line: 6, text: '荣昌区 2' },
          { line: 7, text: '来源：乙' },
        ],
      },
    });
  });

  it('passes over a two-cell row it cannot read as a header for the next one', () => {
    const r = find('重庆市卫生健康统计,2024\n区县,指标,数值\n江津区,人口,1');
    expect(r.ok && r.value.header).toBe(1);
  });

  it('a group header repeats one value over year columns', () => {
    expect(groupValue(['地区', '人口(万人)', '人口(万人)'], ['地区', '2024年', '2023年'])).toBe(
      '人口(万人)',
    );
    expect(groupValue(['', '人口', ''], ['地区', '2024'])).toBe('人口');
    expect(groupValue(['地区', '人口', '床位'], ['地区', '2024年', '2023年'])).toBeUndefined();
    expect(groupValue(['指标', '人口'], ['指标', '江津区'])).toBeUndefined();
    expect(groupValue(['', '单位：万人'], ['地区', '2024'])).toBeUndefined();
    expect(groupValue(['各区县人口', '各区县人口'], ['地区', '2024'])).toBeUndefined();
  });
});

describe('year headers', () => {
  it.each([
    ['2024', 2024],
    ['2024年', 2024],
    ['2024 年', 2024],
    ['2024年度', 2024],
    ['2024年末', 2024],
    ['2024年底', 2024],
    ['2024-12-31', 2024],
    ['2024/12/31', 2024],
    ['２０２３年', 2023],
  ])('%s → %i', (h, y) => expect(yearOfHeader(h)).toBe(y));

  it.each(['江津区', '年份', '20241', '1850', '2024年1月', '江津区 年份', ''])(
    '%s is no year',
    (h) => expect(yearOfHeader(h)).toBeNull(),
  );
});

describe('shapes from the header', () => {
  it.each([
    [['区县', '指标', '数值'], 'long'],
    [['指标', '单位', '江津区', '荣昌区'], 'wide'],
    [['地区', '2024年', '2023年'], 'regionsByYears'],
    [['', '2024', '2023'], 'regionsByYears'],
    [['地区名称', '2024年'], 'regionsByYears'],
    [['region', '2024'], 'regionsByYears'],
    [['指标', '2022年', '2021年'], 'indicatorsByYears'],
    [['指标名称', '单位', '2022年'], 'indicatorsByYears'],
    [['地区', '人口', '人口'], null],
    [['甲', '2024'], null],
  ])('%j → %s', (header, layout) => expect(detectLayout(header)).toBe(layout));
});
