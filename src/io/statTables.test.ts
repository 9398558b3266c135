import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { DISTRICTS } from '../model/types';
import { prepareImport } from './prepare';
import { workbookBytes, type CellSpec, type WorkbookKind } from './testing/workbooks';
import {
  htmlTableXls,
  spreadsheetMl,
  STAT_POPULATION,
  statBureauExport,
} from './testing/statTables';

describe('a statistics-bureau export (GB18030, titles, notes, a totals row)', () => {
  it('reads as regions × years for the indicator its 指标： line names', async () => {
    const r = await prepareImport(
      statBureauExport(),
      { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
      { catalog: loadSeedCatalog(), districts: DISTRICTS },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const { plan, encoding } = r.value;
    expect(encoding).toBe('gb18030');
    expect(plan.layout).toBe('regionsByYears');
    expect(plan.fileIndicator).toEqual({ name: '年末常住人口', unit: '万人' });
    expect(plan.titles?.map((t) => t.line)).toEqual([1, 2, 3]);
    expect(plan.notes?.map((t) => t.line)).toEqual([11, 12]);
    expect(plan.totals).toEqual([{ label: '重庆市', line: 5, count: 3 }]);
    expect(plan.noDataMarks).toEqual([{ mark: '—', count: 1 }]);
    expect(plan.skipped).toEqual([]);
    const got = plan.rows.map((r) => [r.obs.district, r.obs.year, r.obs.value, r.obs.unit]);
    const want = Object.entries(STAT_POPULATION).flatMap(([d, v]) =>
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([y, x]) => [d, Number(y), x, '万人']),
    );
    expect(got.sort()).toEqual(want.sort());
    expect(plan.counts).toMatchObject({ rows: 6, rowsTaken: 5, rowsSkipped: 0, cells: 18 });
    expect(plan.counts).toMatchObject({ cellsTaken: 14, noData: 1, totals: 3 });
  });
});

const populationRows = () =>
  Object.entries(STAT_POPULATION)
    .flatMap(([d, v]) =>
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([y, x]) => [d, Number(y), x]),
    )
    .sort();

describe('"xls" downloads that are really text', () => {
  const prepare = (bytes: Uint8Array) =>
    prepareImport(
      bytes,
      { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
      { catalog: loadSeedCatalog(), districts: DISTRICTS },
    );

  it('a GBK web page table reads like the workbook it pretends to be', async () => {
    const r = await prepare(htmlTableXls());
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const { plan } = r.value;
    expect(r.value.format).toBe('html');
    expect(r.value.encoding).toBe('gb18030');
    expect(plan.layout).toBe('regionsByYears');
    expect(plan.fileIndicator).toEqual({ name: '年末常住人口', unit: '万人' });
    expect(plan.totals).toEqual([{ label: '重庆市', line: 3, count: 3 }]);
    expect(plan.notes?.map((n) => n.text)).toEqual(['数据来源：重庆市统计局']);
    expect(plan.rows.map((x) => [x.obs.district, x.obs.year, x.obs.value]).sort()).toEqual(
      populationRows(),
    );
  });

  it('an Excel 2003 XML spreadsheet reads the same', async () => {
    const r = await prepare(spreadsheetMl());
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    expect(r.value.format).toBe('html');
    expect(r.value.sheets?.map((s) => s.name)).toEqual(['常住人口']);
    expect(r.value.plan.rows.map((x) => [x.obs.district, x.obs.year, x.obs.value]).sort()).toEqual(
      populationRows(),
    );
  });

  it('a CSV whose first cell starts with < is still a CSV', async () => {
    const r = await prepare(
      new TextEncoder().encode(
        '区县,指标,单位,年份,类型,数值\n<b>江津区</b>,居民健康素养水平,%,2024,实际,30\n',
      ),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    expect(r.value.format).toBe('csv');
  });
});

describe('a workbook whose figures are percent-formatted cells', () => {
  const prepare = (bytes: Uint8Array) =>
    prepareImport(
      bytes,
      { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
      { catalog: loadSeedCatalog(), districts: DISTRICTS },
    );
  const pct = (v: number, z = '0.00%'): CellSpec => ({ t: 'n', v, z });
  /** Excel shows 35.22% for 0.3522 formatted 0.00%; the CSV it saves holds that text. */
  const table = (indicator: string): [CellSpec[][], string] => {
    const rows: CellSpec[][] = [
      ['数据库：区县年度数据'],
      [`指标：${indicator}`],
      ['地区', '2024年', '2023年'],
      ['重庆市', pct(0.3411), pct(0.3011)],
      ['江津区', pct(0.3522), pct(0.335, '0.0%')],
      ['荣昌区', pct(0.3, '0%'), pct(0.2891)],
      ['注：居民健康素养监测。'],
    ];
    const csv = [
      '数据库：区县年度数据,,',
      `指标：${indicator},,`,
      '地区,2024年,2023年',
      '重庆市,34.11%,30.11%',
      '江津区,35.22%,33.5%',
      '荣昌区,30%,28.91%',
      '注：居民健康素养监测。,,',
    ];
    return [rows, csv.join('\r\n') + '\r\n'];
  };

  for (const kind of ['xlsx', 'xls'] as WorkbookKind[]) {
    it(`${kind}: a % indicator takes the percent shown (35.22 for 江津区), as its CSV does`, async () => {
      const [rows, csv] = table('居民健康素养水平(%)');
      const r = await prepare(workbookBytes([{ name: '健康素养', rows }], kind));
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      const { plan } = r.value;
      expect(plan.layout).toBe('regionsByYears');
      expect(plan.fileIndicator).toEqual({ name: '居民健康素养水平', unit: '%' });
      const got = plan.rows.map((x) => [x.obs.district, x.obs.year, x.obs.value, x.obs.unit]);
      expect(got.sort()).toEqual(
        [
          ['江津区', 2024, 35.22, '%'],
          ['江津区', 2023, 33.5, '%'],
          ['荣昌区', 2024, 30, '%'],
          ['荣昌区', 2023, 28.91, '%'],
        ].sort(),
      );
      expect(plan.skipped).toEqual([]);
      const fromCsv = await prepare(new TextEncoder().encode(csv));
      if (!fromCsv.ok) throw new Error(JSON.stringify(fromCsv.reason));
      expect(plan).toEqual(fromCsv.value.plan);
    });

    it(`${kind}: an indicator in another unit refuses the percent, as its CSV does`, async () => {
      const [rows, csv] = table('人均预期寿命(岁)');
      const r = await prepare(workbookBytes([{ name: '预期寿命', rows }], kind));
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      const { plan } = r.value;
      expect(plan.rows).toEqual([]);
      expect(plan.skipped.find((x) => x.line === 5)).toMatchObject({
        code: 'wrongUnit',
        text: '35.22%',
        found: '%',
        unit: '岁',
      });
      const fromCsv = await prepare(new TextEncoder().encode(csv));
      if (!fromCsv.ok) throw new Error(JSON.stringify(fromCsv.reason));
      expect(plan).toEqual(fromCsv.value.plan);
    });
  }
});
