// 读取新报告: a second report never replaces the first one's text, and blank fields are refused.
import { expect, test, type Page } from '@playwright/test';
import { compareCell, openApp, selectCell, workbook } from './app';

const LIT = '居民健康素养水平';

async function readReport(page: Page, text: string) {
  await page.getByText('更多', { exact: true }).click();
  await page.getByRole('button', { name: '读取新报告…' }).click();
  const dlg = page.getByRole('dialog', { name: '读取新报告' });
  await dlg.getByRole('textbox', { name: '读取新报告' }).fill(text);
  await dlg.getByRole('button', { name: '识别指标' }).click();
  await expect(dlg.locator('.import-status')).toContainText('候选数值');
  return dlg;
}

test('a second report under the default name keeps the first one’s passage', async ({ page }) => {
  await openApp(page);
  for (const [district, value] of [
    ['璧山区', '31.5'],
    ['铜梁区', '30.1'],
  ] as const) {
    const dlg = await readReport(page, `2024年，${district}居民健康素养水平达到${value}%。`);
    const row = dlg.locator('tbody tr', { has: page.locator(`input[value="${value}"]`) });
    await row.getByLabel('采用').check();
    await dlg.getByRole('button', { name: '导入所选' }).click();
    await expect(dlg).toBeHidden();
    await expect
      .poll(async () => (await compareCell(page, LIT, district))?.value)
      .toBe(Number(value));
  }
  const sources = await workbook(page).app((a) => {
    const s = a.state();
    return ['璧山区', '铜梁区'].map((d) => s.table.chunks.get(d)?.[0]?.source ?? '');
  });
  expect(sources[0]).toMatch(/^报告_\d{4}-\d{2}-\d{2}\.txt$/);
  expect(sources[1]).toBe(sources[0]?.replace('.txt', ' (2).txt'));
  // The first report's quote still opens its own passage.
  await selectCell(page, 'compare', LIT, 'd:璧山区');
  await page.locator('.source-panel').getByRole('button', { name: '打开报告原文' }).click();
  await expect(page.locator('dialog.report-viewer mark')).toContainText('31.5%');
});

test('a chosen candidate with a blank year or value is refused with its reason', async ({
  page,
}) => {
  await openApp(page);
  const dlg = await readReport(page, '2024年，璧山区居民健康素养水平达到31.5%。');
  const row = dlg.locator('tbody tr', { has: page.locator('input[value="31.5"]') });
  // Nothing ticked yet: the button says so instead of doing nothing.
  await dlg.getByRole('button', { name: '导入所选' }).click();
  await expect(dlg.locator('.import-status')).toContainText('没有勾选任何数值');
  await row.getByLabel('年份').fill('');
  await row.getByLabel('采用').check();
  await dlg.getByRole('button', { name: '导入所选' }).click();
  await expect(dlg.locator('.import-status')).toContainText('第 1 行：年份为空');
  await row.getByLabel('年份').fill('2024');
  await row.getByLabel('数值').fill('');
  await dlg.getByRole('button', { name: '导入所选' }).click();
  await expect(dlg.locator('.import-status')).toContainText('数值为空');
  expect(await workbook(page).districtRows('璧山区')).toBe(undefined);
});
