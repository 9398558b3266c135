// The shapes of Chinese statistical tables, through the real file chooser: a GB18030 statistics-
// bureau export with title and notes lines, an .xlsx with merged header cells, a hidden row and a
// 合计 row, and an .xls of indicators × years for one district. Files are made here.
import { expect, test, type Page } from '@playwright/test';
import { chartValue, compareCell, observations, openApp, workbook } from './app';
import {
  bureauCsv,
  COVER,
  coverXlsx,
  districtXls,
  LIFE,
  LIT,
  manyWarningsCsv,
  mergedXlsx,
  populationCsv,
} from './shapeFiles';

const MIME: Record<string, string> = {
  csv: 'text/csv',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xls: 'application/vnd.ms-excel',
};

async function chooseFile(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 CSV / Excel' }).click();
  const ext = name.split('.').pop() ?? '';
  await (await chooser).setFiles({ name, mimeType: MIME[ext] ?? '', buffer: Buffer.from(bytes) });
  return page.getByRole('dialog', { name: '导入 CSV / Excel' });
}

const valueOf = async (page: Page, district: string, indicator: string, year: number) =>
  (await observations(page, district, indicator)).find(
    (o) => o.year === year && o.kind === 'actual',
  )?.value;

test('a GB18030 statistics-bureau export: titles and notes kept out, 全市 apart, — as no data', async ({
  page,
}) => {
  await openApp(page);
  const dlg = await chooseFile(page, '区县年度数据.csv', bureauCsv());
  await expect(dlg.getByRole('heading')).toHaveText('导入：区县年度数据.csv');
  await expect(dlg.getByLabel('编码')).toHaveValue('gb18030');
  await expect(dlg.getByLabel('表格形式')).toHaveValue('regionsByYears');
  // The header taken is line 4; the planner can pick another from the first rows.
  await expect(dlg.getByLabel('表头行')).toHaveValue('3');
  await expect(dlg.getByLabel('表头行').locator('option:checked')).toHaveText(
    '第 4 行：地区 | 2024年 | 2023年 | 2022年',
  );
  await expect(dlg.locator('.preview tr.header-row')).toContainText('2024年');
  await expect(dlg.locator('.preview tr.title-row')).toHaveCount(3);
  await expect(dlg.getByLabel('指标名称')).toHaveValue(LIT);
  await expect(dlg.getByLabel('单位', { exact: true })).toHaveValue('%');
  const facts = dlg.locator('.import-facts');
  await expect(facts).toContainText('标题行（不导入）');
  await expect(facts).toContainText('第 2 行 指标：居民健康素养水平(%)');
  await expect(facts).toContainText('注释行（不导入）');
  await expect(facts).toContainText('第 8 行 注：— 表示无数据。');
  await expect(facts).toContainText('第 7 行 全市（3 个数值）');
  await expect(facts).toContainText('无数据 1 格（— 1）');
  const status = dlg.locator('.import-status');
  await expect(status).toContainText(
    '共 3 行、9 个数值：可导入 5 个数值（2 行），跳过 0 个数值（整行跳过 0 行），无数据 1 格，合计 3 个数值另列',
  );
  // Another header re-reads the file; picking line 4 again gives the same plan.
  await dlg.getByLabel('表头行').selectOption('0');
  await expect(status).not.toContainText('可导入 5 个数值');
  await dlg.getByLabel('表头行').selectOption('3');
  await expect(status).toContainText('可导入 5 个数值（2 行）');
  await dlg.getByRole('button', { name: '导入', exact: true }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('新增 4 行');
  await expect(summary).toContainText('合计 3 个数值另列');
  await expect(summary).toContainText('无数据 1 格');
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await valueOf(page, '江津区', LIT, 2024)).toBe(35.2);
  expect(await valueOf(page, '黔江区', LIT, 2022)).toBe(22);
  expect(await valueOf(page, '黔江区', LIT, 2024)).toBeUndefined();
  expect(await workbook(page).app((a) => a.state().districts.includes('全市'))).toBe(false);
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(35.2);
  await workbook(page).select({ indicator: LIT, scope: '' });
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(35.2);
});

test('an .xlsx with merged header cells, a hidden row and a 合计 row; the sheet is chosen', async ({
  page,
}) => {
  await openApp(page);
  const dlg = await chooseFile(page, '人均预期寿命.xlsx', mergedXlsx());
  await expect(dlg.getByRole('heading')).toHaveText('导入：人均预期寿命.xlsx');
  const sheet = dlg.getByLabel('工作表');
  await expect(sheet).toHaveValue('数据');
  await expect(sheet.locator('option')).toHaveText(['数据（7 行）', '说明（2 行）']);
  await expect(dlg.getByLabel('编码')).toBeHidden();
  await expect(dlg.getByLabel('分隔符')).toBeHidden();
  await expect(dlg.getByLabel('表格形式')).toHaveValue('regionsByYears');
  await expect(dlg.getByLabel('表头行').locator('option:checked')).toContainText('第 2 行');
  await expect(dlg.getByLabel('指标名称')).toHaveValue(LIFE);
  await expect(dlg.getByLabel('单位', { exact: true })).toHaveValue('岁');
  const facts = dlg.locator('.import-facts');
  await expect(facts).toContainText('第 6 行 合计（2 个数值）');
  await expect(facts).toContainText('无数据 1 格（— 1）');
  await expect(facts).toContainText('2 处合并单元格');
  await expect(facts).toContainText('第 5 行在表格中已隐藏，仍被读取导入');
  await expect(dlg.locator('.import-status')).toContainText(
    '共 4 行、8 个数值：可导入 5 个数值（3 行），跳过 0 个数值（整行跳过 0 行），无数据 1 格，合计 2 个数值另列',
  );
  // The other sheet has no table of values: choosing it re-reads, choosing back restores.
  await sheet.selectOption('说明');
  await expect(dlg.locator('.import-status')).not.toContainText('可导入 5 个数值');
  await sheet.selectOption('数据');
  await expect(dlg.locator('.import-status')).toContainText('可导入 5 个数值');
  await dlg.getByRole('button', { name: '导入', exact: true }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('合计 2 个数值另列');
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await valueOf(page, '江津区', LIFE, 2024)).toBe(80.6);
  expect(await valueOf(page, '大足区', LIFE, 2024)).toBe(79.9);
  expect(await valueOf(page, '黔江区', LIFE, 2023)).toBeUndefined();
  expect(await workbook(page).app((a) => a.state().districts.includes('合计'))).toBe(false);
  expect((await compareCell(page, LIFE, '江津区'))?.value).toBe(80.6);
  await workbook(page).select({ indicator: LIFE, scope: '' });
  await expect.poll(() => chartValue(page, 'across', '大足区')).toBe(79.9);
});

test('an .xls of indicators × years asks for its district, then imports into it', async ({
  page,
}) => {
  await openApp(page);
  const dlg = await chooseFile(page, '荣昌区指标.xls', districtXls());
  await expect(dlg.locator('.import-status')).toContainText('请在上方选择或填写区县');
  await expect(dlg.getByLabel('表格形式')).toHaveValue('indicatorsByYears');
  await expect(dlg.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await dlg.getByLabel('区县', { exact: true }).selectOption('荣昌区');
  const status = dlg.locator('.import-status');
  await expect(status).toContainText('共 2 行、4 个数值：可导入 4 个数值（2 行）');
  await expect(dlg.getByLabel('宽表类型')).toHaveValue('actual');
  await dlg.getByRole('button', { name: '导入', exact: true }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('新增 4 行');
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await valueOf(page, '荣昌区', LIT, 2024)).toBe(31.6);
  expect(await valueOf(page, '荣昌区', LIFE, 2023)).toBe(79.2);
  expect((await observations(page, '荣昌区', LIFE)).find((o) => o.year === 2024)?.unit).toBe('岁');
  expect((await compareCell(page, LIFE, '荣昌区'))?.value).toBe(79.6);
  await workbook(page).select({ indicator: LIFE, scope: '' });
  await expect.poll(() => chartValue(page, 'across', '荣昌区')).toBe(79.6);
});

test('a workbook with a cover opens on 表1; a refused sheet keeps its pickers and preview', async ({
  page,
}) => {
  await openApp(page);
  const dlg = await chooseFile(page, '统计资料.xlsx', coverXlsx());
  const sheet = dlg.getByLabel('工作表');
  const status = dlg.locator('.import-status');
  await expect(sheet).toHaveValue('表1');
  await expect(status).toContainText('可导入 4 个数值（2 行）');
  // The cover is refused, and the planner still sees the sheets, the header lines and the rows.
  await sheet.selectOption('封面');
  await expect(status).toContainText('不是可识别的表头');
  await expect(status).toContainText('可在预览中另选表头行');
  await expect(sheet).toBeVisible();
  await expect(sheet).toHaveValue('封面');
  await expect(dlg.getByLabel('表头行')).toBeVisible();
  await expect(dlg.getByLabel('表头行').locator('option:checked')).toHaveText(`第 1 行：${COVER}`);
  await expect(dlg.locator('.preview')).toContainText(COVER);
  await expect(dlg.locator('.preview')).toContainText('重庆市卫生健康委员会 编');
  await expect(dlg.getByRole('button', { name: '导入', exact: true })).toBeDisabled();
  await sheet.selectOption('表1');
  await expect(status).toContainText('可导入 4 个数值（2 行）');
  await expect(dlg.locator('.preview')).toContainText('黔江区');
  await dlg.getByRole('button', { name: '导入', exact: true }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('导入 4 个数值');
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await valueOf(page, '江津区', LIFE, 2021)).toBe(78.1);
  expect(await valueOf(page, '黔江区', LIFE, 2020)).toBe(76.2);
});

test('an unknown indicator: the count says what really imports as the boxes are ticked', async ({
  page,
}) => {
  await openApp(page);
  const POP = '年末常住人口';
  const before = await workbook(page).tableSize();
  const dlg = await chooseFile(page, '常住人口.csv', populationCsv());
  const status = dlg.locator('.import-status');
  const ok = dlg.getByRole('button', { name: '导入', exact: true });
  await expect(status).toContainText(
    `可导入 0 个数值（0 行）；6 个数值属于未添加的新区县“某新区”和新指标“${POP}”：勾选“添加”后才导入`,
  );
  await expect(ok).toBeDisabled();
  await expect(dlg.locator('.unknowns')).toContainText('勾选“添加”后这些数值才会导入');
  await dlg.getByRole('checkbox', { name: `添加新指标“${POP}”（万人，6 个数值）` }).check();
  await expect(status).toContainText(
    '可导入 4 个数值（2 行）；2 个数值属于未添加的新区县“某新区”：勾选“添加”后才导入',
  );
  await expect(ok).toBeEnabled();
  // 全部添加 has a name of its own, and both ways round the count follows the boxes.
  const all = dlg.getByRole('checkbox', { name: '全部添加（2 项新区县或新指标）' });
  await all.check();
  await expect(status).toContainText('可导入 6 个数值（3 行），跳过 0 个数值');
  await all.uncheck();
  await expect(status).toContainText('可导入 0 个数值（0 行）');
  await expect(ok).toBeDisabled();
  await dlg.getByRole('checkbox', { name: /添加新指标/ }).check();
  await expect(status).toContainText('可导入 4 个数值（2 行）');
  await ok.click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('新增 4 行');
  await expect(summary).toContainText('导入 4 个数值');
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await workbook(page).tableSize()).toBe(before + 4);
  expect(await valueOf(page, '江津区', POP, 2024)).toBe(140.1);
  expect(await workbook(page).app((a) => a.state().districts.includes('某新区'))).toBe(false);
});

test('an empty file shows no shape controls', async ({ page }) => {
  await openApp(page);
  const dlg = await chooseFile(page, '空.csv', new Uint8Array());
  await expect(dlg.locator('.import-status')).toContainText('文件是空的');
  await expect(dlg.getByLabel('表格形式')).toBeHidden();
  await expect(dlg.getByLabel('宽表年份')).toBeHidden();
  await expect(dlg.getByLabel('宽表类型')).toBeHidden();
});

test('at 1366×768 the import dialog fits: its top and its buttons are on screen', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page);
  const dlg = await chooseFile(page, '问题很多.csv', manyWarningsCsv());
  await expect(dlg.locator('.problems li').first()).toBeVisible();
  await expect(dlg.getByRole('heading')).toBeInViewport({ ratio: 1 });
  await expect(dlg.getByRole('button', { name: '取消' })).toBeInViewport({ ratio: 1 });
  await expect(dlg.getByRole('button', { name: '导入', exact: true })).toBeInViewport({ ratio: 1 });
  const box = await dlg.boundingBox();
  expect(box && box.y >= 0 && box.y + box.height <= 768).toBe(true);
  await page.screenshot({ path: test.info().outputPath('import-1366x768.png') });
});

test('the file chooser takes spreadsheets as well as CSV', async ({ page }) => {
  await openApp(page);
  const accept = await page.getByLabel('导入 CSV / Excel', { exact: true }).getAttribute('accept');
  for (const ext of ['.csv', '.txt', '.tsv', '.xlsx', '.xls', '.et']) {
    expect(accept?.split(',')).toContain(ext);
  }
});
