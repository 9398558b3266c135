// The source panel and the report viewer name a seed report by its real headline (seeds/reports.csv),
// never by its first line (a photo caption in 001), and show a report row's note.
import { expect, test } from '@playwright/test';
import { openApp, selectCell } from './app';

test('a seed report is titled by its headline, district and year, not its photo caption', async ({
  page,
}) => {
  await openApp(page);
  await selectCell(page, 'compare', '居民健康素养水平', 'd:江津区');
  const panel = page.locator('.source-panel');
  await expect(panel).toContainText('001_2e9b9f177d47a479.txt');
  await expect(panel.locator('.source-title')).toContainText('砥砺奋进 托起人民群众健康梦');
  await expect(panel.locator('.source-title')).toContainText('江津区 · 2023');
  await expect(panel).not.toContainText('区妇幼保健院项目开工');
  await panel.getByRole('button', { name: '打开报告原文' }).click();
  const viewer = page.locator('dialog.report-viewer');
  await expect(viewer.locator('.report-title')).toContainText('砥砺奋进 托起人民群众健康梦');
  await expect(viewer.locator('.report-title')).not.toContainText('摄');
});

test('a report that covers two districts is titled for the district of the cell', async ({
  page,
}) => {
  await openApp(page);
  const panel = page.locator('.source-panel');
  await selectCell(page, 'compare', '编制床位数\u0001大足区人民医院', 'd:大足区');
  await expect(panel.locator('.source-title')).toContainText('大足区人民医院 守护群众健康');
  await selectCell(page, 'compare', '慢病签约服务救治人数', 'd:黔江区');
  await expect(panel.locator('.source-title')).toContainText('黔江区卫生健康委');
});

test('a 国考 rank says it was reported in 2023, its assessment year not stated', async ({
  page,
}) => {
  await openApp(page);
  await selectCell(page, 'compare', '中医医院国考全国排名提升位次\u0001江津区中医院', 'd:江津区');
  const panel = page.locator('.source-panel');
  await expect(panel.locator('.source-note')).toContainText('考核年度原文未说明');
  await expect(panel.locator('.source-head')).toContainText('103');
});
