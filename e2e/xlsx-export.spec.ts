// 导出 Excel (.xlsx): the real menu, the real download, read back in Node with exceljs.
import ExcelJS from 'exceljs';
import { expect, test } from '@playwright/test';
import { openApp, workbook } from './app';

async function open(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

/** Each row as an array of cell values, 1-based columns (index 0 unused). */
const rowsOf = (ws: ExcelJS.Worksheet) => {
  const out: ExcelJS.CellValue[][] = [];
  ws.eachRow((r) => out.push(r.values as ExcelJS.CellValue[]));
  return out;
};

/** The sheet's conditional formats as exceljs read them (its typings leave them out). */
const formatsOf = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;

test('长表 as .xlsx: seed numbers are numbers, the header is frozen, sources and quotes come along', async ({
  page,
}) => {
  await openApp(page);
  const wbPage = workbook(page);
  const size = await wbPage.tableSize();
  const file = await wbPage.exportXlsx(/长表/);
  expect(file.name).toMatch(/^区县卫生指标_长表_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = await open(file.bytes);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['长表', '来源']);

  const long = wb.getWorksheet('长表')!;
  expect(long.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const rows = rowsOf(long);
  expect(rows[0]?.slice(1, 7)).toEqual(['区县', '指标', '单位', '年份', '类型', '数值']);
  expect(rows).toHaveLength(size + 1);
  const literacy = rows.find(
    (r) => r[1] === '江津区' && r[2] === '居民健康素养水平' && r[4] === 2023 && r[5] === '实际',
  );
  expect(literacy?.[6]).toBe(32.22);
  const at = rows.indexOf(literacy!) + 1;
  expect(long.getRow(at).getCell(6).type).toBe(ExcelJS.ValueType.Number);
  expect(long.getRow(at).getCell(4).numFmt).toBe('0');

  const sources = rowsOf(wb.getWorksheet('来源')!);
  expect(sources[0]?.slice(1)).toEqual([
    '区县',
    '指标',
    '范围',
    '单位',
    '年份',
    '类型',
    '数值',
    '限定',
    '来源文件',
    '原文',
  ]);
  expect(sources).toContainEqual(
    expect.arrayContaining([
      '江津区',
      '居民健康素养水平',
      2023,
      32.22,
      '000_9b8b094afcaa7fde.txt',
      '居民健康素养水平、人均期望寿命分别达32.22%、80.14岁。',
    ]),
  );
});

test('目标表 as .xlsx: the status column is coloured by conditional-format rules', async ({
  page,
}) => {
  await openApp(page);
  const wbPage = workbook(page);
  const goals = await wbPage.app((a) => a.goals().length);
  const file = await wbPage.exportXlsx(/目标表/);
  expect(file.name).toMatch(/_目标_.*\.xlsx$/);
  const ws = (await open(file.bytes)).getWorksheet('目标表')!;
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  const rows = rowsOf(ws);
  expect(rows).toHaveLength(goals + 1);
  expect(rows[0]?.[16]).toBe('状态');
  for (const r of rows.slice(1)) expect(['已达成', '进度正常', '滞后', '缺数据']).toContain(r[16]);

  const [cf] = formatsOf(ws);
  expect(cf?.ref).toBe('P2:P1048576');
  expect(cf?.rules).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ type: 'cellIs', operator: 'equal', formulae: ['"滞后"'] }),
      expect.objectContaining({ type: 'cellIs', operator: 'equal', formulae: ['"已达成"'] }),
    ]),
  );
  // The pace columns follow (src/model/paceExport.ts), 按当前速度 coloured by rules too:
  // 荣昌 区域内就诊率 2.4 a year from 2020–2022, 100.6 in 2025 shown as 100（上限）, 95 in 2023.
  expect(rows[0]?.slice(17, 22)).toEqual([
    '按当前速度',
    '年均变化(实际)',
    '依据年份',
    '目标年预计值',
    '预计达成年份',
  ]);
  const rate = rows.find((r) => r[1] === '荣昌区' && r[2] === '区域内就诊率');
  expect(rate?.slice(17, 22)).toEqual(['按当前速度可达成', 2.4, '2020、2022', '100（上限）', 2023]);
  expect(formatsOf(ws)[1]?.ref).toBe('Q2:Q1048576');
  await expect(wbPage.toast).toContainText('已导出 区县卫生指标_目标_');
});

test('宽表 as .xlsx: the comparison as shown, values as numbers with their years', async ({
  page,
}) => {
  await openApp(page);
  const wbPage = workbook(page);
  const jiangjin = await wbPage.app((a) => {
    const v = a.compare();
    const at = v.districts.indexOf('江津区');
    const r = v.rows.find((x) => x.indicator === '居民健康素养水平');
    return r?.cells[at] ?? null;
  });
  const file = await wbPage.exportXlsx(/宽表/);
  expect(file.name).toMatch(/_宽表_.*\.xlsx$/);
  const wb = await open(file.bytes);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['宽表', '来源']);
  const ws = wb.getWorksheet('宽表')!;
  const rows = rowsOf(ws);
  const col = rows[0]?.indexOf('江津区') ?? -1;
  expect(rows[0]?.[col + 1]).toBe('江津区 年份');
  const row = rows.find((r) => r[1] === '居民健康素养水平');
  expect(row?.[col]).toBe(jiangjin?.value);
  expect(row?.[col + 1]).toBe(jiangjin?.year);
  expect(typeof row?.[col]).toBe('number');
});
