import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { describe, expect, it } from 'vitest';
import { buildCompare } from '../../model/compare';
import { buildOwnGoals } from '../../model/goalsView';
import { goalsSheet, longSheet, wideSheet, type SheetExport } from '../../model/sheetExport';
import { tableFrom } from '../../model/table';
import { testObservation } from '../../model/testRows';
import type { Catalog } from '../../model/types';
import { STATUS_COLOURS, textWidth, writeWorkbook } from './writeWorkbook';

const catalog: Catalog = new Map([
  [
    '居民健康素养水平',
    {
      indicator: '居民健康素养水平',
      nameEn: 'Health literacy',
      unit: '%',
      direction: 'higher',
      min: 0,
      max: 100,
      category: '健康水平',
    },
  ],
]);
const QUOTE = '2023年全区居民健康素养水平达到32.22%';
const table = tableFrom([
  testObservation({
    id: 'a',
    indicator: '居民健康素养水平',
    year: 2020,
    value: 25.1,
    source: '江津区报告.txt',
    quote: '2020年居民健康素养水平为25.1%',
  }),
  testObservation({
    id: 'b',
    indicator: '居民健康素养水平',
    year: 2023,
    value: 32.22,
    source: '江津区报告.txt',
    quote: QUOTE,
    note: '=1+1',
  }),
  testObservation({
    id: 'c',
    indicator: '居民健康素养水平',
    year: 2025,
    kind: 'target',
    value: 35,
    source: '江津区报告.txt',
    quote: '到2025年达到35%',
  }),
]);

const write = (e: SheetExport, name: string, sources = '来源') =>
  writeWorkbook([
    { name, ...e.table },
    { name: sources, ...e.sources },
  ]);

async function openExcel(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.slice().buffer);
  return wb;
}

/** The sheet as SheetJS reads it, with the raw parts of the zip for what it does not model. */
const openSheetJs = (bytes: Uint8Array) =>
  XLSX.read(bytes, { type: 'array', cellNF: true, bookFiles: true }) as XLSX.WorkBook & {
    files: Record<string, { content: Uint8Array }>;
  };
const cellAt = (wb: XLSX.WorkBook, sheet: string, address: string) =>
  wb.Sheets[sheet]?.[address] as XLSX.CellObject | undefined;
/** What exceljs read back of a sheet's conditional formats (its typings leave it out). */
const rulesOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
const part = (wb: ReturnType<typeof openSheetJs>, path: string) =>
  Buffer.from(wb.files[path]?.content ?? []).toString('utf8');

describe('writeWorkbook', () => {
  it('writes the long table with real numbers, formats, a frozen filtered header and widths', async () => {
    const bytes = await write(longSheet(table, 'zh'), '长表');
    const wb = await openExcel(bytes);
    const ws = wb.getWorksheet('长表');
    if (!ws) throw new Error('no 长表 sheet');
    expect(ws.getRow(1).values).toContain('数值');
    const b = ws.getRow(3);
    expect(b.getCell(1).value).toBe('江津区');
    expect(b.getCell(6).value).toBe(32.22);
    expect(b.getCell(6).type).toBe(ExcelJS.ValueType.Number);
    expect(b.getCell(4).value).toBe(2023);
    expect(b.getCell(4).numFmt).toBe('0');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:M4');
    // 原文 is the longest text of its column: 13 CJK characters and 10 others, plus padding.
    expect(textWidth(QUOTE)).toBe(13 * 2 + 10);
    expect(ws.getColumn(10).width).toBe(38 + 182 / 256); // + 5 px of padding, as Excel stores it
    expect(ws.getColumn(1).width).toBe(8 + 182 / 256); // 江津区 = 6, + 2

    // SheetJS reads the same: numbers typed n with their format, the pane frozen below row 1.
    const sj = openSheetJs(bytes);
    expect(cellAt(sj, '长表', 'F3')).toMatchObject({ t: 'n', v: 32.22 });
    expect(cellAt(sj, '长表', 'D3')).toMatchObject({ t: 'n', v: 2023, z: '0' });
    const xml = part(sj, 'xl/worksheets/sheet1.xml');
    expect(xml).toMatch(/<pane[^>]*ySplit="1"[^>]*state="frozen"|<pane[^>]*state="frozen"[^>]*/);
    expect(xml).toContain('ySplit="1"');
    expect(xml).toContain('<autoFilter ref="A1:M4"');
  });

  it('keeps formula-like text as text', async () => {
    const bytes = await write(longSheet(table, 'zh'), '长表');
    const ws = (await openExcel(bytes)).getWorksheet('长表');
    const note = ws?.getRow(3).getCell(11);
    expect(note?.value).toBe('=1+1');
    expect(note?.type).toBe(ExcelJS.ValueType.String);
    const cell = cellAt(openSheetJs(bytes), '长表', 'K3');
    expect(cell).toMatchObject({ t: 's', v: '=1+1' });
    expect(cell?.f).toBeUndefined();
  });

  it('colours the goals status column by conditional-format rules in the app’s colours', async () => {
    const goals = buildOwnGoals(table, catalog, ['江津区']);
    const bytes = await write(goalsSheet(goals, table, 'zh'), '目标表');
    const ws = (await openExcel(bytes)).getWorksheet('目标表');
    if (!ws) throw new Error('no 目标表 sheet');
    expect(ws.getRow(1).getCell(16).value).toBe('状态');
    expect(ws.getRow(2).getCell(16).value).toBe('进度正常');
    expect(ws.getRow(2).getCell(13).numFmt).toBe('0.0');
    expect(ws.getRow(2).getCell(13).type).toBe(ExcelJS.ValueType.Number);
    const cf = rulesOf(ws);
    expect(cf).toHaveLength(2);
    expect(cf[0]?.ref).toBe('P2:P1048576');
    // 按当前速度 (Q): slope (32.22 − 25.1) / 3 = 2.3733 a year; 35 is reached at
    // 2023 + 2.78 / 2.3733 = 2024.17 → 2025; 2025: 32.22 + 2 × 2.3733 = 36.9667.
    expect(
      [17, 18, 19, 20, 21].map((c) => [
        ws.getRow(1).getCell(c).value,
        ws.getRow(2).getCell(c).value,
      ]),
    ).toEqual([
      ['按当前速度', '按当前速度可达成'],
      ['年均变化(实际)', 2.3733],
      ['依据年份', '2020、2023'],
      ['目标年预计值', 36.9667],
      ['预计达成年份', 2025],
    ]);
    expect(ws.getRow(2).getCell(21).numFmt).toBe('0');
    expect(cf[1]?.ref).toBe('Q2:Q1048576');
    expect(
      (cf[1]?.rules ?? []).map((r) => (r.type === 'cellIs' ? (r.formulae as unknown) : null)),
    ).toEqual([['"已达成"'], ['"按当前速度可达成"'], ['"按当前速度无法达成"'], ['"数据不足"']]);
    const rules = cf[0]?.rules ?? [];
    const said = rules.map((r) =>
      r.type === 'cellIs' ? [r.type, r.operator, r.formulae as unknown] : [r.type],
    );
    expect(said).toEqual([
      ['cellIs', 'equal', ['"已达成"']],
      ['cellIs', 'equal', ['"进度正常"']],
      ['cellIs', 'equal', ['"滞后"']],
      ['cellIs', 'equal', ['"缺数据"']],
    ]);
    const fill = rules[1]?.style?.fill;
    expect(fill?.type === 'pattern' && fill.bgColor?.argb).toBe(STATUS_COLOURS.on_track.fill);
    expect(rules[2]?.style?.font?.color?.argb).toBe(STATUS_COLOURS.behind.font);

    const xml = part(openSheetJs(bytes), 'xl/worksheets/sheet1.xml');
    expect(xml).toContain('<conditionalFormatting sqref="P2:P1048576">');
    expect(xml).toMatch(/<cfRule type="cellIs" dxfId="\d+" priority="2" operator="equal">/);
  });

  it('uses the goals grid’s status colours from app.css', () => {
    const css = readFileSync(new URL('../../ui/app.css', import.meta.url), 'utf8');
    const vars = new Map(
      [...css.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]),
    );
    for (const [code, c] of Object.entries(STATUS_COLOURS)) {
      const rule = new RegExp(`\\.status-${code} \\{([^}]*)\\}`).exec(css)?.[1] ?? '';
      const colour = /color: var\(--([\w-]+)\)/.exec(rule)?.[1] ?? '';
      const background = /background: (#[0-9a-f]{6})/i.exec(rule)?.[1] ?? '';
      expect(`FF${vars.get(colour)?.slice(1)}`.toUpperCase(), code).toBe(c.font);
      expect(`FF${background.slice(1)}`.toUpperCase(), code).toBe(c.fill);
    }
  });

  it('writes a sources sheet with each shown value’s report and quote', async () => {
    const view = buildCompare(table, catalog, {
      year: 'latest',
      kind: 'actual',
      category: '',
      districts: ['江津区'],
    });
    const bytes = await write(wideSheet(view, table, 'zh', 'actual'), '宽表');
    const wb = await openExcel(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['宽表', '来源']);
    const wide = wb.getWorksheet('宽表');
    expect(wide?.getRow(2).getCell(6).value).toBe(32.22);
    expect(wide?.getRow(2).getCell(7).value).toBe(2023);
    expect(wide?.getColumn(7).numFmt).toBe('0');

    const sources = XLSX.utils.sheet_to_json<unknown[]>(openSheetJs(bytes).Sheets['来源']!, {
      header: 1,
    });
    expect(sources).toEqual([
      ['区县', '指标', '范围', '单位', '年份', '类型', '数值', '限定', '来源文件', '原文'],
      [
        '江津区',
        '居民健康素养水平',
        undefined,
        '%',
        2023,
        '实际',
        32.22,
        undefined,
        '江津区报告.txt',
        QUOTE,
      ],
    ]);
  });

  it('gives every column a width, also one nine characters wide (exceljs drops its default 9)', async () => {
    const view = buildCompare(table, catalog, {
      year: 'latest',
      kind: 'actual',
      category: '',
      districts: ['江津区', '黔江区', '万州区'],
    });
    const wide = wideSheet(view, table, 'zh', 'actual').table;
    const nine = {
      name: '九',
      rows: [
        ['区县', 'abcdefg', '江津区 年份'],
        ['江津区', 'x', 2023],
      ],
      columns: [{}, {}, { numFmt: '0' }],
    };
    const bytes = await writeWorkbook([{ name: '宽表', ...wide }, nine]);
    const sj = openSheetJs(bytes);
    const widths = (path: string) => {
      const out: number[] = [];
      for (const m of part(sj, path).matchAll(/<col min="(\d+)" max="(\d+)" width="([\d.]+)"/g))
        for (let c = Number(m[1]); c <= Number(m[2]); c++) out[c - 1] = Number(m[3]);
      return out;
    };
    const w = widths('xl/worksheets/sheet1.xml');
    expect(wide.rows[0]).toHaveLength(11);
    for (let c = 0; c < 11; c++) expect(w[c], `宽表 column ${c + 1}`).toBeGreaterThanOrEqual(6);
    const n = widths('xl/worksheets/sheet2.xml');
    for (let c = 0; c < 3; c++) expect(n[c], `九 column ${c + 1}`).toBeGreaterThanOrEqual(6);
    expect(n[1]).toBeGreaterThanOrEqual(9);
    expect(n[1]).toBeLessThan(10);
  });

  it('names sheets as Excel allows and keeps XML-illegal characters out', async () => {
    const bytes = await writeWorkbook([
      { name: 'a/b', rows: [['x'], ['bell\u0007']], columns: [{}] },
      { name: 'A/B', rows: [['y']], columns: [{}] },
    ]);
    const wb = await openExcel(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['a_b', 'A_B (2)']);
    expect(wb.worksheets[0]?.getRow(2).getCell(1).value).toBe('bell\uFFFD');
  });
});
