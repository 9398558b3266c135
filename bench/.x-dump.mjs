// ad-hoc (not committed): dump raw Enter profiles at city scale
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/chromium.mjs';
import { loadGenerator, startServer } from './build.mjs';
import { URL_ } from './common.mjs';
import { importCsv, waitReady, cityCells } from './scenarios.mjs';
const gen = await loadGenerator();
const city = gen.syntheticCity({ indicators: 300 });
const csv = gen.syntheticCsv(city);
const server = await startServer();
const browser = await chromium.launch({ executablePath: chromiumPath() });
const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
const page = await ctx.newPage();
await page.goto(URL_); await waitReady(page);
await importCsv(page, csv, city.observations.length);
await page.goto(URL_); await waitReady(page);
const { edit } = await cityCells(page, city.inputs.map((e) => e.indicator));
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
const mod = await import('./scenarios.mjs');
for (let i = 0; i < 12; i++) {
  await page.evaluate(([r, c]) => window.__app.selectCell('compare', r, c), [edit.rowKey, edit.colKey]);
  await page.waitForFunction(() => document.activeElement?.classList.contains('handsontableInput'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50)))));
  await page.keyboard.type(String(10 + i / 10));
  await cdp.send('Profiler.start');
  await page.keyboard.press('Enter');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0)))));
  const { profile } = await cdp.send('Profiler.stop');
  writeFileSync(`/tmp/prof/enter-${i}.json`, JSON.stringify(profile));
}
await browser.close(); server.child.kill('SIGTERM');
process.exit(0);
