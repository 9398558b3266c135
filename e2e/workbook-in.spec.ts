// An .xlsx and an .xls through the real file chooser: the import worker loads the spreadsheet
// reader (its own chunk) only then, and the values reach the grid.
import { expect, test, type Page } from '@playwright/test';
import { workbookBytes, type WorkbookKind } from '../src/io/testing/workbooks';
import { compareCell, openApp } from './app';

const LIT = '居民健康素养水平';
const HEADER = ['区县', '指标', '单位', '年份', '类型', '数值'];

async function importWorkbook(page: Page, kind: WorkbookKind, district: string, value: number) {
  const bytes = workbookBytes(
    [
      { name: '封面', rows: [] },
      { name: '数据', rows: [HEADER, [district, LIT, '%', 2026, '实际', value]] },
    ],
    kind,
  );
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 CSV' }).click();
  await (
    await chooser
  ).setFiles({ name: `指标.${kind}`, mimeType: '', buffer: Buffer.from(bytes) });
  const dlg = page.getByRole('dialog', { name: '导入 CSV' });
  await expect(dlg.locator('.import-status')).toContainText('可导入 1 个数值');
  await dlg.getByRole('button', { name: '导入' }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('新增 1 行');
  await summary.getByRole('button', { name: '关闭' }).click();
}

test('.xlsx and .xls import through the file chooser; the reader loads only for them', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (r) => fetched.push(r.url()));
  await openApp(page);
  // Every panel loaded on demand has been fetched by now; the spreadsheet reader is not one.
  await expect(page.locator('html[data-lazy-loaded="true"]')).toBeAttached();
  expect(fetched.filter((u) => /\/xlsx-[\w-]+\.js$/.test(u))).toEqual([]);

  await importWorkbook(page, 'xlsx', '江津区', 41.5);
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(41.5);
  expect(fetched.filter((u) => /\/xlsx-[\w-]+\.js$/.test(u)).length).toBeGreaterThan(0);

  await importWorkbook(page, 'xls', '荣昌区', 38.25);
  expect((await compareCell(page, LIT, '荣昌区'))?.value).toBe(38.25);
});
