// The save status tells the truth in every state where saving stops, and edits made after it
// stopped come back after a reload (journal) or can be taken away as a backup.
import { expect, test, type Page } from '@playwright/test';
import { compareCell, openApp, typeIntoCell, workbook } from './app';

const LIT = '居民健康素养水平';
const JJ = 'd:江津区';
const DB = 'district-health-compare';

const chip = (page: Page) => page.locator('.save-status');

async function backupValue(page: Page): Promise<number | null | undefined> {
  const id = (await compareCell(page, LIT, '江津区'))?.obsId;
  // The menu's 导出备份 (the reload banner offers one too).
  const { backup } = await workbook(page).exportBackup();
  return backup.observations.find((o) => o.id === id)?.value;
}

async function reloadAndRead(page: Page): Promise<void> {
  await page.reload();
  await expect(page.locator('#app[data-ready="true"][data-charts="ready"]')).toBeAttached();
}

test('a newer version opened elsewhere: status stops saying 已保存 and later edits survive the reload', async ({
  context,
}) => {
  const a = await context.newPage();
  await openApp(a);
  await expect(chip(a)).toHaveText('已保存');
  const b = await context.newPage();
  await b.goto('/');
  await b.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open(name, 10_000);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(req.error ?? new Error('open'));
      }),
    DB,
  );
  await b.close();
  await expect(a.locator('.banner')).toContainText('另一个标签页');
  await expect(chip(a)).not.toHaveText('已保存');
  await typeIntoCell(a, 'compare', LIT, JJ, '44');
  await expect(chip(a)).toHaveText('未保存');
  expect(await backupValue(a)).toBe(44);
  await reloadAndRead(a);
  await expect.poll(async () => (await compareCell(a, LIT, '江津区'))?.value).toBe(44);
});

test('a full disk: status says so, a backup works, a reload keeps the edits, and the retry saves once space returns', async ({
  page,
}) => {
  // The flag lives in sessionStorage so the disk stays "full" across a reload.
  await page.addInitScript(() => {
    const proto = IDBObjectStore.prototype as unknown as Record<
      'put' | 'add',
      (this: IDBObjectStore, ...args: unknown[]) => IDBRequest
    >;
    for (const m of ['put', 'add'] as const) {
      const orig = proto[m];
      proto[m] = function (this: IDBObjectStore, ...args: unknown[]) {
        if (sessionStorage.getItem('quotaFull') === '1')
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return orig.apply(this, args);
      };
    }
  });
  await openApp(page);
  await page.evaluate(() => sessionStorage.setItem('quotaFull', '1'));
  await typeIntoCell(page, 'compare', LIT, JJ, '45');
  await expect(chip(page)).toHaveText('存储已满');
  await expect(page.locator('.toast')).toContainText('存储空间已满');
  expect(await backupValue(page)).toBe(45);
  await reloadAndRead(page);
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(45);
  await expect(chip(page)).toHaveText('存储已满');
  await page.evaluate(() => sessionStorage.removeItem('quotaFull'));
  await expect(chip(page)).toHaveText('已保存');
  await reloadAndRead(page);
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(45);
});

test('the database deleted from another tab: the banner names it, backup works, edits survive', async ({
  context,
}) => {
  const a = await context.newPage();
  await openApp(a);
  const b = await context.newPage();
  await b.goto('/');
  await b.evaluate(
    (name) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase(name);
        req.onsuccess = () => resolve();
        req.onerror = () => reject(req.error ?? new Error('delete'));
      }),
    DB,
  );
  await b.close();
  await expect(a.locator('.banner')).toContainText('删除');
  await expect(a.locator('.banner')).not.toContainText('升级');
  await expect(chip(a)).toHaveText('未保存');
  await typeIntoCell(a, 'compare', LIT, JJ, '46');
  await expect(chip(a)).toHaveText('未保存');
  expect(await backupValue(a)).toBe(46);
  // The banner offers the backup itself, and its reload asks first: the data from before the
  // deletion lives only in this page now.
  const banner = a.locator('.banner');
  const saved = a.waitForEvent('download');
  await banner.getByRole('button', { name: '导出备份（JSON）' }).click();
  expect((await saved).suggestedFilename()).toMatch(/\.json$/);
  await banner.getByRole('button', { name: '重新加载' }).click();
  const ask = a.getByRole('dialog').filter({ hasText: '此前的数据会丢失' });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toBeHidden();
  expect((await compareCell(a, LIT, '江津区'))?.value).toBe(46);
  await reloadAndRead(a);
  await expect.poll(async () => (await compareCell(a, LIT, '江津区'))?.value).toBe(46);
});

test('site data cleared under the app (connection closed): the banner names it and edits survive', async ({
  page,
  context,
  baseURL,
}) => {
  await openApp(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', {
    origin: new URL(baseURL ?? '').origin,
    storageTypes: 'indexeddb',
  });
  await expect(page.locator('.banner')).toContainText('关闭');
  await expect(page.locator('.banner')).not.toContainText('升级');
  await expect(chip(page)).toHaveText('未保存');
  await typeIntoCell(page, 'compare', LIT, JJ, '47');
  expect(await backupValue(page)).toBe(47);
  await reloadAndRead(page);
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(47);
});
