// Which sheet a workbook opens on, and what a refusal still carries: a cover sheet is passed
// over for the first sheet that holds a table, and a refused sheet keeps its pickers and preview.
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import type { ImportContext } from '../model/importPlan';
import type { Sheet } from '../model/sheet';
import { DISTRICTS } from '../model/types';
import { chooseSheet, prepareImport, type PrepareOptions } from './prepare';
import { workbookBytes, type WorkbookKind } from './testing/workbooks';

const ctx: ImportContext = { catalog: loadSeedCatalog(), districts: DISTRICTS };
const opt: PrepareOptions = { layout: 'auto', wideYear: 2024, wideKind: 'actual' };
const TITLE = '重庆市区县卫生健康统计资料（2024）';

const sheet = (name: string, rows: string[][]): Sheet => ({
  name,
  rows,
  lines: rows.map((_, i) => i + 1),
  hiddenRows: [],
  hiddenColumns: [],
  merged: 0,
});

/** A cover (one title cell, a merged title row, an editor line), then two data sheets. */
const coverBook = (kind: WorkbookKind) =>
  workbookBytes(
    [
      {
        name: '封面',
        rows: [[TITLE], [TITLE, TITLE, TITLE], [null, '重庆市卫生健康委员会 编']],
        merges: ['A2:C2'],
      },
      {
        name: '表1',
        rows: [
          ['指标：居民健康素养水平(%)'],
          ['地区', '2024年', '2023年'],
          ['江津区', 35.2, 33.5],
          ['黔江区', 25.1, 22],
        ],
      },
      { name: '表2', rows: [['区县', '指标', '单位', '年份', '类型', '数值']] },
    ],
    kind,
  );

/** A cover, a contents sheet (a real two-column table, but no plan), then the statistical table. */
const contentsBook = (kind: WorkbookKind, title = '表1 人均预期寿命') =>
  workbookBytes(
    [
      { name: '封面', rows: [[TITLE], ['重庆市卫生健康委员会 编']] },
      {
        name: '目录',
        rows: [
          ['序号', '表名'],
          [1, '表1 人均预期寿命'],
          [2, '表2 居民健康素养水平'],
        ],
      },
      {
        name: '表1',
        rows: [[title], ['单位：岁'], ['地区', '2024年'], ['江津区', 80.6], ['黔江区', 78.2]],
      },
    ],
    kind,
  );

describe('the default sheet', () => {
  for (const kind of ['xlsx', 'xls'] as WorkbookKind[])
    it(`${kind}: opens on the first sheet a plan can be built from, past a contents sheet`, async () => {
      const r = await prepareImport(contentsBook(kind, '指标：人均预期寿命'), opt, ctx);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      expect(r.value.sheet).toBe('表1');
      expect(r.value.plan.rows.map((x) => [x.obs.district, x.obs.value])).toEqual([
        ['江津区', 80.6],
        ['黔江区', 78.2],
      ]);
    });

  it('else opens on the first sheet that only asks for its indicator, past a contents sheet', async () => {
    const r = await prepareImport(contentsBook('xlsx'), opt, ctx);
    const sheet = r.ok ? r.value.sheet : r.read?.sheet;
    expect(sheet).toBe('表1');
    if (!r.ok) expect(r.reason).toMatchObject({ code: 'needIndicator', sheet: '表1' });
  });

  it('falls back to the first sheet with a table, and its refusal, when no sheet can be read', async () => {
    const bytes = workbookBytes(
      [
        { name: '封面', rows: [[TITLE]] },
        {
          name: '目录',
          rows: [
            ['序号', '表名'],
            [1, '表1'],
          ],
        },
        { name: '空', rows: [] },
      ],
      'xlsx',
    );
    const r = await prepareImport(bytes, opt, ctx);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.read?.sheet).toBe('目录');
    expect(r.reason.sheet).toBe('目录');
  });
});

describe('chooseSheet', () => {
  it('passes over covers and notes: every row with at most one distinct value', () => {
    const sheets = [
      sheet('封面', [[TITLE], [TITLE, TITLE, ''], ['', '编']]),
      sheet('说明', [['说明'], ['本表由区卫生健康委整理']]),
      sheet('表1', [
        ['地区', '2024年'],
        ['江津区', '35.2'],
      ]),
    ];
    expect(chooseSheet(sheets, undefined)).toEqual({ ok: true, value: sheets[2] });
  });

  it('takes the first sheet with data when none holds a table, and a sheet asked for', () => {
    const sheets = [sheet('空', []), sheet('封面', [[TITLE]]), sheet('说明', [['说明']])];
    expect(chooseSheet(sheets, undefined)).toEqual({ ok: true, value: sheets[1] });
    expect(chooseSheet(sheets, '说明')).toEqual({ ok: true, value: sheets[2] });
  });
});

describe('a workbook with a cover sheet', () => {
  for (const kind of ['xlsx', 'xls'] as WorkbookKind[]) {
    it(`${kind}: opens on 表1 and reads its values`, async () => {
      const r = await prepareImport(coverBook(kind), opt, ctx);
      if (!r.ok) throw new Error(JSON.stringify(r.reason));
      expect(r.value.sheet).toBe('表1');
      expect(r.value.plan.rows.map((x) => [x.obs.district, x.obs.year, x.obs.value])).toEqual([
        ['江津区', 2024, 35.2],
        ['江津区', 2023, 33.5],
        ['黔江区', 2024, 25.1],
        ['黔江区', 2023, 22],
      ]);
    });
  }

  it('a refused sheet carries what was read: sheets, the sheet, its preview rows and lines', async () => {
    const r = await prepareImport(coverBook('xlsx'), { ...opt, sheet: '封面' }, ctx);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.reason).toMatchObject({ code: 'badHeader', sheet: '封面' });
    expect(r.read).toMatchObject({
      format: 'xlsx',
      sheets: [
        { name: '封面', rows: 3 },
        { name: '表1', rows: 4 },
        { name: '表2', rows: 1 },
      ],
      sheet: '封面',
      preview: [
        [TITLE, '', ''],
        [TITLE, TITLE, TITLE],
        ['', '重庆市卫生健康委员会 编', ''],
      ],
      previewLines: [1, 2, 3],
    });
  });

  it('a refused CSV carries its encoding, delimiter and lines', async () => {
    const bytes = new TextEncoder().encode('只是一行标题\n第二行\n');
    const r = await prepareImport(bytes, opt, ctx);
    if (r.ok) throw new Error('expected a refusal');
    expect(r.read).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      preview: [['只是一行标题'], ['第二行']],
      previewLines: [1, 2],
    });
  });

  it('an empty file carries nothing read', async () => {
    const r = await prepareImport(new Uint8Array(), opt, ctx);
    expect(r).toEqual({ ok: false, reason: { code: 'emptyFile' } });
  });
});
