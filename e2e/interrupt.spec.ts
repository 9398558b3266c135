// An edit survives a reload, a tab close or a browser crash at any moment after Enter.
// The delay between Enter and the interruption is the experiment's input (0–200 ms); the
// counts are printed so they can be quoted.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';
import { compareCell, openApp, typeIntoCell } from './app';
import type { AppWindow } from './pages/testApi';

const LIT = '居民健康素养水平';
const JJ = 'd:江津区';
const TRIALS = 30;
const delayOf = (i: number) => Math.round((i * 200) / (TRIALS - 1));
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
const valueOf = (i: number) => 20 + i;
const ready = (page: Page) =>
  expect(page.locator('#app[data-ready="true"][data-charts="ready"]')).toBeAttached();
const shown = async (page: Page) => (await compareCell(page, LIT, '江津区'))?.value;

// Two tests, so each has its own time budget and they run side by side: 30 page loads each.
test('a reload at 0–200 ms after Enter loses nothing', async ({ page }) => {
  let reloadLost = 0;
  await openApp(page);
  for (let i = 0; i < TRIALS; i++) {
    await typeIntoCell(page, 'compare', LIT, JJ, String(valueOf(i)));
    await pause(delayOf(i));
    await page.reload();
    await ready(page);
    if ((await shown(page)) !== valueOf(i)) reloadLost++;
    // Setup for the next trial: the re-applied edit written (no journal left to arrive later),
    // then a fresh navigation, which gives the grid keyboard focus again.
    await expect(page.locator('.save-status')).toHaveText('已保存');
    await openApp(page);
  }
  console.log(`reload: ${reloadLost} of ${TRIALS} lost`);
  expect(reloadLost).toBe(0);
});

test('a tab closed at 0–200 ms after Enter loses nothing', async ({ page, context }) => {
  let closeLost = 0;
  let current = page;
  await openApp(current);
  for (let i = 0; i < TRIALS; i++) {
    const v = valueOf(i) + 0.5;
    await typeIntoCell(current, 'compare', LIT, JJ, String(v));
    await pause(delayOf(i));
    await current.close({ runBeforeUnload: false });
    current = await context.newPage();
    await openApp(current);
    if ((await shown(current)) !== v) closeLost++;
    await expect(current.locator('.save-status')).toHaveText('已保存');
  }
  console.log(`close: ${closeLost} of ${TRIALS} lost`);
  expect(closeLost).toBe(0);
});

/** The browser's main process for this profile (the one without --type=). */
function browserPid(dir: string): number | undefined {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmd.split('\0');
    if (args.includes(`--user-data-dir=${dir}`) && !args.some((a) => a.startsWith('--type=')))
      return Number(entry);
  }
  return undefined;
}

test('a browser killed at 0–200 ms after Enter keeps every value shown as 已保存', async ({
  baseURL,
}) => {
  const dir = mkdtempSync(join(tmpdir(), 'dhc-kill-'));
  const launchOptions = test.info().project.use.launchOptions ?? {};
  const launch = async () => {
    const ctx = await chromium.launchPersistentContext(dir, {
      ...launchOptions,
      baseURL,
      locale: 'zh-CN',
      viewport: { width: 1366, height: 768 },
    });
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await openApp(page);
    return { ctx, page };
  };
  let savedLost = 0;
  let unsavedLost = 0;
  let savedShown = 0;
  let last: { value: number | null | undefined; saved: boolean } | null = null;
  try {
    for (let i = 0; i <= TRIALS; i++) {
      const { ctx, page } = await launch();
      if (last) {
        const got = await shown(page);
        if (got !== last.value && last.saved) savedLost++;
        else if (got !== last.value) unsavedLost++;
      }
      if (i === TRIALS) {
        await ctx.close();
        break;
      }
      await typeIntoCell(page, 'compare', LIT, JJ, String(valueOf(i)));
      await pause(delayOf(i));
      // What the page shows at this moment: the status and the cell's value, read together.
      // Inline rather than through the page object: no extra round trip before the read.
      const [status, value] = await page.evaluate(
        ({ i, d }) => {
          const v = (window as AppWindow).__app?.compare();
          const row = v?.rows.find((r) => r.key === i);
          const chip = document.querySelector('.save-status')?.textContent;
          return [chip, row?.cells[v?.districts.indexOf(d) ?? -1]?.value] as const;
        },
        { i: LIT, d: '江津区' },
      );
      const saved = status === '已保存';
      const pid = browserPid(dir);
      expect(pid).toBeDefined();
      process.kill(pid as number, 'SIGKILL');
      await ctx.close().catch(() => undefined);
      last = { value, saved };
      if (saved) savedShown++;
    }
  } finally {
    // A killed browser's helpers may still be writing the profile: a leftover temp dir is fine.
    try {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
    } catch {
      // left in the temp folder
    }
  }
  console.log(
    `kill: ${savedLost} of ${savedShown} values shown as 已保存 lost; ` +
      `${unsavedLost} of ${TRIALS - savedShown} not yet shown as saved lost (allowed)`,
  );
  expect(savedLost).toBe(0);
});
