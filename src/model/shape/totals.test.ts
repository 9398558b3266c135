// Totals rows and columns in every shape: a totals row is listed by its own line, a totals
// column by its header's line and its column, each once.
import { describe, expect, it } from 'vitest';
import { plan, values } from './testPlan';

describe('totals rows and columns, second tester', () => {
  it('wide: a 合计 indicator row is a totals row, not a new indicator', () => {
    const text =
      '指标,单位,江津区,黔江区,合计,Total\n人均预期寿命,岁,80.6,78.2,158.8,158.8\n合计,,1,2,3,3';
    const p = plan(text, { wideYear: 2024 });
    expect(values(p)).toEqual([
      '江津区|人均预期寿命|岁|2024|80.6',
      '黔江区|人均预期寿命|岁|2024|78.2',
    ]);
    expect(p.unknownIndicators).toEqual([]);
    expect(p.skipped).toEqual([]);
    expect(p.totals).toEqual([
      { label: '合计', line: 1, count: 2, column: 5 },
      { label: 'Total', line: 1, count: 2, column: 6 },
      { label: '合计', line: 3, count: 2 },
    ]);
    expect(p.counts).toMatchObject({ rows: 2, rowsTaken: 1, rowsSkipped: 0, totals: 6 });
  });

  it('long: a row whose indicator is 合计 is a totals row', () => {
    const p = plan('地区,指标,年份,数值\n江津区,人口,2024,1\n江津区,合计,2024,1');
    expect(p.rows).toHaveLength(1);
    expect(p.skipped).toEqual([]);
    expect(p.unknownIndicators).toEqual([]);
    expect(p.totals).toEqual([{ label: '合计', line: 3, count: 1 }]);
  });

  it('regions × years: a 合计 column is listed by the header line and its column', () => {
    const text = '指标：人口(万人)\n地区,2024年,2023年,合计\n江津区,1,2,3\n黔江区,4,5,9';
    const p = plan(text);
    expect(p.rows).toHaveLength(4);
    expect(p.totals).toEqual([{ label: '合计', line: 2, count: 2, column: 4 }]);
  });

  it('indicators × years: a 合计 column and a 总计 row', () => {
    const p = plan(
      '地区：荣昌区\n指标,2024年,2023年,合计\n床位数（张）,100,90,190\n总计,100,90,190',
    );
    expect(values(p)).toEqual(['荣昌区|床位数|张|2024|100', '荣昌区|床位数|张|2023|90']);
    expect(p.totals).toEqual([
      { label: '合计', line: 2, count: 2, column: 4 },
      { label: '总计', line: 4, count: 2 },
    ]);
  });

  it('a two-row merged header with a 合计 column and a 合计 row: both listed', () => {
    const text = [
      '地区,人口(万人),人口(万人),合计',
      '地区,2024年,2023年,合计',
      '江津区,1,2,3',
      '合计,1,2,3',
    ].join('\n');
    const p = plan(text);
    expect(p.rows).toHaveLength(2);
    expect(p.totals).toEqual([
      { label: '合计', line: 2, count: 2, column: 4 },
      { label: '合计', line: 4, count: 2 },
    ]);
    expect(p.counts).toMatchObject({ cells: 6, cellsTaken: 2, totals: 4 });
  });
});

describe('one skip per fact', () => {
  it('a code that disagrees with the name is skipped once per line, cells counted each', () => {
    const p = plan('指标：人口(万人)\n区划代码,地区,2024年,2023年,2022年\n500111,黔江区,70,70,70');
    expect(p.skipped).toEqual([
      {
        code: 'districtCodeConflict',
        text: '500111 黔江区',
        divisionCode: '500111',
        district: '大足区',
        field: 'district',
        line: 3,
      },
    ]);
    expect(p.counts).toMatchObject({ cellsSkipped: 3, rowsSkipped: 1 });
  });

  it('bad values of one line are said once', () => {
    const p = plan('指标：人口(万人)\n地区,2024年,2023年\n江津区,很高,较高\n黔江区,1,不详');
    expect(p.skipped.map((s) => [s.code, s.line])).toEqual([
      ['notANumber', 3],
      ['notANumber', 4],
    ]);
    expect(p.counts).toMatchObject({ cellsSkipped: 3 });
  });
});
