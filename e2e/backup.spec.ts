// The backup file is the whole workbook, and on-demand code failing after a deploy is never silent.
import { expect, test, type Page } from '@playwright/test';
import { compareCell, openApp, typeIntoCell, workbook } from './app';

const LIT = '居民健康素养水平';

async function addSlide(page: Page, label: RegExp) {
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: label }).click();
  await expect(page.locator('.toast')).toContainText('已添加幻灯片');
}

const deck = (page: Page) => workbook(page).app((a) => a.state().deck.map((s) => s.kind));

test('a backup restored into a cleared database brings the slide deck back', async ({ page }) => {
  await openApp(page);
  await workbook(page).select({ indicator: LIT, scope: '', district: '荣昌区' });
  await addSlide(page, /当前指标：各区对比/);
  await addSlide(page, /记分卡/);
  await workbook(page).flush();
  const file = await workbook(page).exportBackup();
  const text = file.text;
  expect(file.backup.deck).toHaveLength(2);

  // Clear the database (the app closes its connection when asked), then start afresh.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('district-health-compare');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error ?? new Error('delete failed'));
      }),
  );
  await page.reload();
  await openApp(page);
  expect(await deck(page)).toEqual([]);

  await workbook(page).importBackup(file.name, text);
  await expect.poll(() => deck(page)).toEqual(['across', 'scorecard']);
  // And it is stored: a reload keeps it.
  await workbook(page).flush();
  await page.reload();
  await openApp(page);
  expect(await deck(page)).toEqual(['across', 'scorecard']);
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();
  await expect(page.locator('.deck-item')).toHaveCount(2);
});

test('a value typed as 1000000000000000000000 (1e21) survives the app’s own backup and restore', async ({
  page,
}) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, 'd:江津区', '1000000000000000000000');
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(1e21);
  const { text } = await workbook(page).exportBackup();
  await typeIntoCell(page, 'compare', LIT, 'd:江津区', '5');
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(5);
  await workbook(page).importBackup('b.json', text);
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(1e21);
});

test.describe('a tab left open across a deploy (no service worker, chunks gone)', () => {
  test.use({ serviceWorkers: 'block' });

  test('on-demand code that cannot load says so and offers a reload', async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // This version's history-panel chunk is gone from the server.
    await page.route(/historyPanel-[^/]*\.js$/, (route) => route.fulfill({ status: 404 }));
    await openApp(page);
    await workbook(page).openMore('修改历史');
    await expect(page.locator('.toast')).toContainText('无法从服务器加载');
    await expect(page.locator('.toast')).toContainText('重新加载');
    await expect(page.locator('.banner').getByRole('button', { name: '重新加载' })).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('panels fetched while idle keep working, and 导出备份 always works', async ({ page }) => {
    await openApp(page);
    await expect(page.locator('html[data-lazy-loaded="true"]')).toBeAttached();
    // The deploy: every script request from now on fails.
    await page.route(/\.js$/, (route) => route.fulfill({ status: 404 }));
    await workbook(page).openMore('修改历史');
    await expect(page.getByRole('dialog', { name: '修改历史' })).toBeVisible();
    await page
      .getByRole('dialog', { name: '修改历史' })
      .getByRole('button', { name: '关闭' })
      .click();
    const { backup } = await workbook(page).exportBackup();
    expect(backup.format).toBe('district-health-backup');
    await workbook(page).openMore('快照');
    await expect(page.getByRole('dialog', { name: '快照' })).toBeVisible();
  });
});
