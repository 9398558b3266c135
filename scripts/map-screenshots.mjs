#!/usr/bin/env node
// Screenshots of the 地图 tab and a map slide at city scale (the synthetic workbook, 38 districts
// plus one made-up 试点1区 that has no tile), against a running preview.
// Usage: node scripts/map-screenshots.mjs [baseURL] [outDir] [WIDTHxHEIGHT, default 1366x768]
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { loadGenerator } from '../bench/build.mjs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:4173/';
const out = process.argv[3] ?? 'test-results/screenshots';
mkdirSync(out, { recursive: true });
const [width, height] = (process.argv[4] ?? '1366x768').split('x').map(Number);
const gen = await loadGenerator();
const csv = gen.syntheticCsv({ indicators: 12, years: 4, districts: 39 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width, height }, locale: 'zh-CN' });
page.on('pageerror', (e) => console.error('pageerror:', e.message));
await page.goto(base);
await page.locator('#app[data-ready="true"]').waitFor();
const shoot = async (name) => {
  // Two frames: the last change painted, then the screenshot.
  await page.evaluate(
    () =>
      new Promise((r) =>
        globalThis.requestAnimationFrame(() => globalThis.requestAnimationFrame(r)),
      ),
  );
  await page.screenshot({ path: `${out}/${name}-${width}.png` });
  console.log(`${out}/${name}-${width}.png`);
};
await page.getByRole('tab', { name: '地图' }).click();
await page.locator('[data-pane="map"][data-mounted="true"]').waitFor();
await shoot('map-seed');
const chooser = page.waitForEvent('filechooser');
await page.getByRole('button', { name: '导入 CSV' }).click();
await (
  await chooser
).setFiles({ name: 'city.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
const dlg = page.getByRole('dialog', { name: '导入 CSV' });
await dlg.locator('.import-status').filter({ hasText: '可导入' }).waitFor();
await dlg.getByLabel(/全部添加/).check();
await dlg.getByLabel(/替换/).check();
await dlg.getByRole('button', { name: '导入', exact: true }).click();
const summary = page.getByRole('dialog', { name: '导入结果' });
await summary.waitFor();
await summary.getByRole('button', { name: '关闭' }).click();
const indicator = gen
  .syntheticCity({ indicators: 12, years: 4, districts: 39 })
  .catalog.find((e) => e.direction === 'higher').indicator;
await page.evaluate(
  (indicator) => globalThis.__app.select({ view: 'map', indicator, scope: '', district: '渝中区' }),
  indicator,
);
await shoot('map-city');
await page.getByLabel('着色').selectOption('status');
await shoot('map-city-status');
await page.getByLabel('着色').selectOption('equal');
// The tab's own PNG export, kept beside the screenshots to be looked at.
const download = page.waitForEvent('download');
await page.getByRole('button', { name: '导出 PNG' }).click();
await (await download).saveAs(`${out}/map-export-${width}.png`);
console.log(`${out}/map-export-${width}.png`);
await page.locator('details.menu summary', { hasText: '幻灯片' }).click();
await page.getByRole('button', { name: /全市地图/ }).click();
await page.locator('details.menu summary', { hasText: '幻灯片' }).click();
await page
  .getByRole('button', { name: /幻灯片…|幻灯片/ })
  .last()
  .click();
await page.getByRole('button', { name: '放映' }).first().click();
await page.locator('.slide-map svg').waitFor();
await shoot('map-slide');
await page.keyboard.press('Escape');
await page.locator('details.menu summary', { hasText: '幻灯片' }).click();
await page.getByRole('button', { name: '幻灯片…' }).click();
const slidePng = page.waitForEvent('download');
await page.locator('.deck-item').first().getByRole('button', { name: '导出 PNG' }).click();
await (await slidePng).saveAs(`${out}/map-slide-export-${width}.png`);
console.log(`${out}/map-slide-export-${width}.png`);
await browser.close();
