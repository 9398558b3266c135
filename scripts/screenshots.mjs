#!/usr/bin/env node
// Screenshots of every view against a running preview (npm run build && npm run preview).
// Usage: node scripts/screenshots.mjs [baseURL] [outDir] [WIDTHxHEIGHT, default 1366x768]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import * as XLSX from '@e965/xlsx';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_ARGS,
});
const [width, height] = (process.argv[4] ?? '1366x768').split('x').map(Number);
const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(base);
await page.locator('#app[data-ready="true"]').waitFor();
const shoot = async (name) => {
  await page.waitForTimeout(400);
  await page.screenshot({ path: `${out}/${name}-${width}.png` });
  console.log(`${out}/${name}-${width}.png`);
};
// Every tab the page offers, so a new view is shot without editing this list.
for (const tab of await page.getByRole('tab').all()) {
  await tab.click();
  await shoot(await tab.getAttribute('data-view'));
}
// The Ctrl+K search box with results in two groups.
await page.getByRole('tab', { name: '对比' }).click();
await page.keyboard.press('Control+k');
await page.getByRole('combobox', { name: '搜索指标、区县或目标集' }).pressSequentially('jiang');
await shoot('search');
await page.keyboard.press('Escape');
await page.getByRole('tab', { name: '目标' }).click();
// The 地图 tab has its own 目标来源 (hidden now): the toolbar's is the visible one.
await page
  .locator('select[aria-label="目标来源"]:visible')
  .selectOption({ label: '荣昌区 2025 目标' });
await page.evaluate(() =>
  globalThis.__app.select({ indicator: '居民健康素养水平', scope: '', district: '江津区' }),
);
await shoot('goals-set');
await page.evaluate(() =>
  globalThis.__app.select({ indicator: '区域内就诊率', scope: '', district: '荣昌区' }),
);
await shoot('goals-years');
// The pace columns of that goal (after 目标年), scrolled into view.
await page.evaluate(() => {
  const g = globalThis.__app
    .goals()
    .find((r) => r.district === '荣昌区' && r.indicator === '区域内就诊率');
  return g && globalThis.__app.selectCell('goals', g.key, 'paceYear');
});
await shoot('goals-pace');
// The 历年变化 chart with that goal's projection at the current pace.
await page.locator('[data-chart="years"]').scrollIntoViewIfNeeded();
await shoot('years-pace');
// 排名 on the indicator four seed districts report, and the scorecard's rank line.
await page.evaluate(() =>
  globalThis.__app.select({ indicator: '家庭医生签约服务团队数', scope: '', district: '江津区' }),
);
await page.getByRole('tab', { name: '排名' }).click();
await shoot('ranks-selected');
await page.getByRole('tab', { name: '记分卡' }).click();
await page.getByLabel('显示各指标排名').check();
await shoot('scorecard-ranks');
// The import preview with problem rows.
const csv = [
  '区县,指标,单位,年份,类型,数值,限定,范围,来源文件,原文,备注',
  '江津区,居民健康素养水平,%,2024,实际,很高,,,,,',
  '璧山区,居民健康素养水平,%,2024,实际,30,,,,,',
  '江津区,新指标甲,个,2024,实际,5,,,,,',
  '江津区,人均预期寿命,岁,2024,实际,80.6,,,,,',
  '江津区,人均预期寿命,岁,2024,实际,80.6,,,,,',
  '江津区,居民健康素养水平,%,2025,实际,130,,,,,',
].join('\n');
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: '导入 CSV' }).click();
await (
  await chooser
).setFiles({ name: '问题示例.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
await page.getByRole('dialog', { name: '导入 CSV' }).locator('.problems li').first().waitFor();
await shoot('import-preview');
await page.keyboard.press('Escape');
// A statistics-bureau download (titles, a totals row, a no-data mark, notes) and a workbook
// with a merged two-row header: the preview of each statistical shape.
const importShot = async (name, file, buffer) => {
  const chosen = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 CSV' }).click();
  await (await chosen).setFiles({ name: file, mimeType: 'application/octet-stream', buffer });
  await page.locator('.import-facts li').first().waitFor();
  await shoot(name);
  await page.keyboard.press('Escape');
};
const stats = [
  '数据库：区县年度数据',
  '指标：年末常住人口(万人)',
  '时间：最近3年',
  '地区,2024年,2023年,2022年',
  '重庆市,3190.47,3191.43,3213.34',
  '江津区,134.87,135.66,136.02',
  '黔江区,48.74,48.71,—',
  '大足区,82.77,83.17,83.55',
  '注：2022年黔江区数据暂缺。',
  '数据来源：重庆市统计局',
].join('\r\n');
await importShot('import-stats', '年末常住人口.csv', Buffer.from(stats));
const ws = XLSX.utils.aoa_to_sheet([
  ['地区', '人均预期寿命(岁)', null],
  [null, '2024年', '2023年'],
  ['江津区', 80.6, 80.14],
  ['黔江区', 78.2, '—'],
  ['合计', 79.6, 79.8],
]);
ws['!merges'] = [
  { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
  { s: { r: 0, c: 1 }, e: { r: 0, c: 2 } },
];
const wb = XLSX.utils.book_new();
XLSX.utils.book_append_sheet(wb, ws, '数据');
XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['说明']]), '说明');
await importShot(
  'import-xlsx',
  '人均预期寿命.xlsx',
  XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }),
);
// History, snapshots and about panels.
await page.getByRole('tab', { name: '对比' }).click();
await page.evaluate(() => globalThis.__app.selectCell('compare', '居民健康素养水平', 'd:江津区'));
// Keys go to the grid once it has focused its input (as the e2e helpers wait).
await page.waitForFunction(() =>
  globalThis.document.activeElement?.classList.contains('handsontableInput'),
);
await page.keyboard.type('35');
await page.keyboard.press('Enter');
const more = async (item) => {
  await page.getByText('更多', { exact: true }).click();
  await page.getByRole('button', { name: item }).click();
};
await more('修改历史');
await page.locator('.history-item').first().waitFor();
await shoot('history');
await page.keyboard.press('Escape');
await more('快照');
await shoot('snapshots');
await page.keyboard.press('Escape');
await more('关于与存储');
await shoot('about');
await page.keyboard.press('Escape');
// Traceability: the source panel on a conflict, the report viewer, the report reader.
await page.evaluate(() =>
  globalThis.__app.selectCell('compare', '适龄儿童免疫规划疫苗接种率', 'd:江津区'),
);
await shoot('source-conflict');
await page.locator('.source-panel').getByRole('button', { name: '打开报告原文' }).click();
await shoot('report-viewer');
await page.keyboard.press('Escape');
await more('读取新报告…');
await page
  .getByRole('textbox', { name: '读取新报告' })
  .fill(
    '璧山区2024年卫生健康工作综述\n2024年，璧山区居民健康素养水平达到31.5%，人均预期寿命达到80.2岁。\n全区组建家庭医生签约服务团队210个，签约服务45万人，新增婴幼儿托位600余个。',
  );
await page.getByRole('button', { name: '识别指标' }).click();
await shoot('report-reader');
await page.keyboard.press('Escape');
// Formula indicators: a built-in's trace (江津区's places per 1,000 by the report's population)
// and the 公式指标 dialog with a formula being typed.
await page.evaluate(() =>
  globalThis.__app.selectCell('compare', '每千人口托位数（按报告人口）', 'd:江津区'),
);
await page.locator('.trace-panel, .source-panel').first().waitFor();
await shoot('trace');
await more('公式指标…');
await page.getByRole('button', { name: '＋ 新建公式指标' }).click();
await page.getByRole('textbox', { name: '公式', exact: true }).fill('婴幼儿托位总数 ÷ 人口 × 1000');
await page.locator('.formula-preview').first().waitFor();
await shoot('formula-dialog');
await browser.close();
