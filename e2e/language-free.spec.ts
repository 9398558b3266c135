// Stored data never depends on the interface language: the same actions in Chinese and in
// English leave the same IndexedDB contents (every object store, every row).
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { AppWindow } from './pages/testApi';
import { en } from '../src/i18n/en';
import { zh } from '../src/i18n/zh';
import { openApp, pasteIntoCell, showView, typeIntoCell } from './app';

const LIT = '居民健康素养水平';
const CSV =
  '区县,指标,单位,年份,类型,数值\n江津区,测试新指标,%,2024,实际,12\n荣昌区,居民健康素养水平,%,2024,实际,30.5\n';
const REPORT = '2024年，璧山区居民健康素养水平达到31.5%。';

/** Every object store of every database of the origin, all rows with their keys. */
function dumpIndexedDb(page: Page) {
  return page.evaluate(async () => {
    const done = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
      });
    const out: Record<string, Record<string, unknown[]>> = {};
    for (const info of await indexedDB.databases()) {
      if (!info.name) continue;
      const db = await done(indexedDB.open(info.name));
      const stores: Record<string, unknown[]> = {};
      for (const name of [...db.objectStoreNames]) {
        const store = db.transaction(name).objectStore(name);
        const [keys, values] = [await done(store.getAllKeys()), await done(store.getAll())];
        stores[name] = keys.map((k, i): unknown => [k, values[i]]);
      }
      db.close();
      out[info.name] = stores;
    }
    return out;
  });
}

/**
 * What may differ between two runs that did the same: ids start with a random per-tab prefix
 * (so that two tabs never collide), replaced by «#»; `t` (history, snapshots, journal) and
 * `added` (read-in reports) are the wall clock at the time, set to 0. Nothing else is touched.
 */
function normalise(v: unknown, prefix: string): unknown {
  if (typeof v === 'string') return v.split(prefix).join('#');
  if (Array.isArray(v)) return v.map((x) => normalise(x, prefix));
  if (v && typeof v === 'object')
    return Object.fromEntries(
      Object.entries(v).map(([k, x]) => [
        k,
        (k === 't' || k === 'added') && typeof x === 'number' ? 0 : normalise(x, prefix),
      ]),
    );
  return v;
}

async function sameActions(browser: Browser, lang: 'zh' | 'en') {
  const s = lang === 'en' ? en : zh;
  const context = await browser.newContext();
  const page = await context.newPage();
  // First run: the seed data and the first goal set are stored.
  await openApp(page, lang === 'en' ? '/?lang=en' : '/');
  // A typed value over a report's value, and a paste that creates a new observation.
  await typeIntoCell(page, 'compare', LIT, 'd:江津区', '35.5');
  await pasteIntoCell(page, 'compare', LIT, 'd:黔江区', '32.22%');
  await expect
    .poll(() => page.evaluate(() => (window as AppWindow).__app!.state().table.size))
    .toBeGreaterThan(0);
  // A row added in the data view, its value typed.
  await showView(page, 'data');
  await page.locator('[data-action="add-row"]').click();
  const added: string = await page.evaluate(
    () => (window as AppWindow).__app!.state().past.at(-1)!.rows[0]!.after!.id,
  );
  await typeIntoCell(page, 'data', added, 'value', '12');
  await expect
    .poll(() =>
      page.evaluate(
        (id) =>
          [...(window as AppWindow).__app!.state().table.chunks.values()]
            .flat()
            .find((o) => o.id === id)?.value,
        added,
      ),
    )
    .toBe(12);
  // A goal set under the name the app offers, a copy of it, and a target in the copy.
  await showView(page, 'goals');
  await page.locator('[data-action="new-set"]').click();
  await expect(page.locator('dialog input')).toHaveValue(s.goals.newSetName);
  await page.locator('dialog').getByRole('button', { name: s.confirm }).click();
  await expect(page.locator('[data-action="copy-set"]')).toBeVisible();
  await page.locator('[data-action="copy-set"]').click();
  const sets = () => page.evaluate(() => (window as AppWindow).__app!.state().goalSets.length);
  await expect.poll(sets).toBe(3);
  await page.getByLabel(s.col.indicator, { exact: true }).selectOption(LIT);
  await page.getByLabel(s.target, { exact: true }).fill('35');
  await page.getByLabel(s.goals.col.targetYear).fill('2027');
  await page.getByRole('button', { name: s.addTarget }).click();
  await expect
    .poll(() =>
      page.evaluate(() => (window as AppWindow).__app!.state().goalSets.at(-1)!.targets.length),
    )
    .toBe(1);
  // A small CSV through the real file chooser, adding a new indicator.
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: s.importCsv }).click();
  await (
    await chooser
  ).setFiles({ name: 'small.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const dlg = page.getByRole('dialog', { name: s.importCsv });
  await dlg.locator('input[data-indicator="测试新指标"]').check();
  await dlg.getByRole('button', { name: s.importUi.ok, exact: true }).click();
  const summary = page.getByRole('dialog', { name: s.importUi.result });
  await summary.getByRole('button', { name: s.close }).click();
  // A report-reader candidate accepted (the report's name typed, as a planner's own text).
  await page.getByText(s.more, { exact: true }).click();
  await page.locator('[data-more="reader"]').click();
  const reader = page.getByRole('dialog', { name: s.trace.readerTitle });
  await reader.getByLabel(s.trace.readerName).fill('report-1.txt');
  await reader.getByRole('textbox', { name: s.trace.readerTitle }).fill(REPORT);
  await reader.getByRole('button', { name: s.trace.readerRun }).click();
  const row = reader.locator('tbody tr', { has: page.locator('input[value="31.5"]') });
  await row.getByLabel(s.trace.readerAccept).check();
  await reader.getByRole('button', { name: s.trace.readerImport }).click();
  await expect(reader).toBeHidden();
  // Undo and redo once (the reader's import).
  const size = () => page.evaluate(() => (window as AppWindow).__app!.state().table.size);
  const full = await size();
  await page.locator('[data-action="undo"]').click();
  await expect.poll(size).toBe(full - 1);
  await page.locator('[data-action="redo"]').click();
  await expect.poll(size).toBe(full);
  expect(await page.evaluate(() => (window as AppWindow).__app!.flush())).toBe(true);
  const prefix: string = await page.evaluate(() => (window as AppWindow).__app!.state().idPrefix);
  const dump = normalise(await dumpIndexedDb(page), prefix);
  await context.close();
  return dump;
}

test('the same actions in Chinese and in English store the same data', async ({ browser }) => {
  const zhDump = await sameActions(browser, 'zh');
  const enDump = await sameActions(browser, 'en');
  // The dump holds what the actions stored: the first goal set, their history, the import's
  // automatic snapshot and the report read in.
  const stores = (zhDump as Record<string, Record<string, unknown[]>>)['district-health-compare'];
  expect(stores?.goalSets).toHaveLength(3);
  expect(stores?.history?.length).toBeGreaterThanOrEqual(8);
  expect(stores?.snapshots).toHaveLength(1);
  expect(stores?.reports).toHaveLength(1);
  // The language itself is kept in localStorage, not in IndexedDB: nothing is left out here.
  expect(enDump).toEqual(zhDump);
});
