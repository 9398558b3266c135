import { expect, test } from '@playwright/test';
import { chart, compareCell, openApp, selectCell, typeIntoCell, workbook } from './app';

const LIT = '居民健康素养水平';
const VAC = '适龄儿童免疫规划疫苗接种率';

test('a cell shows its report and quote, and the report opens at the passage', async ({ page }) => {
  await openApp(page);
  await selectCell(page, 'compare', LIT, 'd:江津区');
  const panel = page.locator('.source-panel');
  await expect(panel).toContainText('001_2e9b9f177d47a479.txt');
  await expect(panel.locator('.source-quote')).toContainText('32.22%');
  await expect(panel.locator('.source-quote mark')).toHaveText('32.22');
  await expect(panel).toContainText('来自报告');
  await panel.getByRole('button', { name: '打开报告原文' }).click();
  const viewer = page.locator('dialog.report-viewer');
  await expect(viewer.locator('mark.report-passage')).toContainText('居民健康素养水平提升至32.22%');
  // The highlighted passage is scrolled into view inside the text box.
  const inView = await viewer.locator('mark.report-passage').evaluate((m) => {
    const box = (m.closest('.report-text') as HTMLElement).getBoundingClientRect();
    const r = m.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  });
  expect(inView).toBe(true);
  // Report text is text, never HTML.
  expect(await viewer.locator('.report-text *:not(mark)').count()).toBe(0);
});

test('an edited value is marked, keeps the source value, and restores it', async ({ page }) => {
  await openApp(page);
  const cell = () =>
    page
      .locator('[data-pane="compare"] .ht_master tr', { hasText: LIT })
      .first()
      .locator('td')
      .nth(4);
  await expect(cell()).toHaveClass(/mark-report/);
  await typeIntoCell(page, 'compare', LIT, 'd:江津区', '35');
  await expect(cell()).toHaveClass(/mark-edited/);
  await selectCell(page, 'compare', LIT, 'd:江津区');
  const panel = page.locator('.source-panel');
  await expect(panel).toContainText('报告原值 32.22，现值 35');
  await panel.getByRole('button', { name: '恢复来源值' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
  await expect(cell()).toHaveClass(/mark-report/);
  await expect(page.locator('.mark-legend').first()).toContainText('已修改');
});

test('the 江津 immunisation conflict is flagged, and choosing the other value changes the chart', async ({
  page,
}) => {
  await openApp(page);
  const row = page.locator('[data-pane="compare"] .ht_master tr', { hasText: VAC }).first();
  await selectCell(page, 'compare', VAC, 'd:江津区');
  await expect(row.locator('td.cell-conflict')).toHaveCount(1);
  const panel = page.locator('.source-panel');
  await expect(panel.locator('.conflict-list li')).toHaveCount(2);
  await expect(panel.locator('.conflict-list')).toContainText('97.2');
  await expect(panel.locator('.conflict-list')).toContainText('96.8');
  const across = async () => {
    const c = await chart(page, 'across');
    return c?.datasets[0]?.data[c.labels.indexOf('江津区')];
  };
  await expect.poll(across).toBe(96.8);
  await panel
    .locator('.conflict-list li', { hasText: '97.2' })
    .getByRole('button', { name: '采用此值' })
    .click();
  await expect.poll(across).toBe(97.2);
  await expect(panel.locator('.conflict-list li', { hasText: '97.2' })).toContainText('已采用');
  await expect(row.locator('td.cell-chosen')).toHaveCount(1);
  // The choice is kept.
  await page.reload();
  await openApp(page);
  await workbook(page).select({ indicator: VAC, scope: '' });
  await expect.poll(across).toBe(97.2);
});

test('a pasted report yields candidates; accepting one adds a sourced row', async ({ page }) => {
  await openApp(page);
  await page.getByText('更多', { exact: true }).click();
  await page.getByRole('button', { name: '读取新报告…' }).click();
  const dlg = page.getByRole('dialog', { name: '读取新报告' });
  const report = [
    '璧山区2024年卫生健康工作综述',
    '2024年，璧山区居民健康素养水平达到31.5%，人均预期寿命达到80.2岁。',
    '全区组建家庭医生签约服务团队210个，签约服务45万人。',
  ].join('\n');
  await dlg.getByLabel('报告名称').fill('璧山区2024.txt');
  await dlg.getByRole('textbox', { name: '读取新报告' }).fill(report);
  await dlg.getByRole('button', { name: '识别指标' }).click();
  await expect(dlg.locator('.import-status')).toContainText('候选数值');
  const first = dlg.locator('tbody tr', { has: page.locator('input[value="31.5"]') });
  await expect(first.getByLabel('指标')).toHaveValue(LIT);
  await expect(first.getByLabel('区县')).toHaveValue('璧山区');
  await expect(first.getByLabel('年份')).toHaveValue('2024');
  await first.getByLabel('采用').check();
  await dlg.getByRole('button', { name: '导入所选' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '璧山区'))?.value).toBe(31.5);
  const obs = (await workbook(page).districtRows('璧山区')) ?? [];
  expect(obs).toHaveLength(1);
  expect(obs[0]).toMatchObject({ source: '璧山区2024.txt', year: 2024, kind: 'actual' });
  expect(report).toContain(obs[0]?.quote);
  // Its quote opens like a seed report's.
  await selectCell(page, 'compare', LIT, 'd:璧山区');
  await page.locator('.source-panel').getByRole('button', { name: '打开报告原文' }).click();
  await expect(page.locator('dialog.report-viewer mark')).toContainText('31.5%');
});
