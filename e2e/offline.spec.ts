// Offline: once the service worker controls the page, a reload without network opens the app,
// restores the edits from IndexedDB and still loads the lazily loaded import dialog and worker.
import { expect, test, type Page } from '@playwright/test';
import { compareCell, openApp, typeIntoCell, workbook } from './app';

const LIT = '居民健康素养水平';

/** Waits until a service worker is active and controls the page (one reload if needed). */
async function waitForServiceWorker(page: Page) {
  await expect
    .poll(() => page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), {
      message: 'no service worker registered: is initPwa() called at start-up?',
    })
    .toBe(true);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // clientsClaim takes the first page over once the worker is active.
  const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);
  await expect.poll(controlled, { message: 'the page is not controlled by the worker' }).toBe(true);
}

/** The URL of a precached file whose path matches `re`. */
function precachedUrl(page: Page, re: RegExp) {
  return page.evaluate(async (source) => {
    const pattern = new RegExp(source);
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const req of await cache.keys())
        if (pattern.test(new URL(req.url).pathname)) return req.url;
    }
    return null;
  }, re.source);
}

test('after one online visit the app opens offline with its data, import dialog and worker', async ({
  page,
  context,
}) => {
  await openApp(page);
  await waitForServiceWorker(page);

  await typeIntoCell(page, 'compare', LIT, 'd:江津区', '36');
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(36);
  await workbook(page).flush();

  await context.setOffline(true);
  const failed: string[] = [];
  page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`));
  await page.reload();
  await expect(page.locator('#app[data-ready="true"]')).toBeAttached();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(36);

  // The module worker is precached and served without network.
  const workerUrl = await precachedUrl(page, /\/assets\/importWorker-[\w-]+\.js$/);
  expect(workerUrl, 'importWorker-*.js is not precached').not.toBeNull();
  expect(await page.evaluate((u) => fetch(u!).then((r) => r.status), workerUrl)).toBe(200);

  // The import dialog is a lazily loaded chunk: it must load offline too.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 CSV' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'offline.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`区县,指标,单位,年份,类型,数值\n江津区,${LIT},%,2024,实际,37.5\n`),
  });
  const dlg = page.getByRole('dialog', { name: '导入 CSV' });
  await expect(dlg).toBeVisible();
  await expect(dlg.locator('.import-status')).toContainText('可导入 1 个数值');
  await dlg.getByRole('button', { name: '取消' }).click();

  expect(failed, 'requests failed while offline').toEqual([]);
});
