// English mode: no Chinese left on screen except what planners typed and verbatim report quotes.
import { expect, test, type Page } from '@playwright/test';
import { chart, observations, openApp, selectCell, workbook } from './app';
import { Presenter } from './pages/presenter';

/** Visible text with Han characters, outside `.verbatim` (quotes, planner-typed text). */
export function hanLeft(page: Page, root = 'body'): Promise<string[]> {
  return page.evaluate((sel) => {
    const han = /\p{Script=Han}/u;
    const out = new Set<string>();
    const base = document.querySelector(sel);
    if (!base) return ['(missing root)'];
    const walk = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) {
      const text = n.textContent ?? '';
      const el = n.parentElement;
      if (!han.test(text) || !el || el.closest('.verbatim, [lang^="zh"], script, style, option'))
        continue;
      if (!el.checkVisibility({ visibilityProperty: true })) continue;
      out.add(`${el.tagName.toLowerCase()}.${el.className}: ${text.trim().slice(0, 40)}`);
    }
    // Canvas text cannot be read back: the charts' labels and titles are checked from their data.
    return [...out];
  }, root);
}

const chartTexts = (page: Page) => workbook(page).chartTexts();

test('with ?lang=en every view, the charts and a slide carry no Chinese of ours', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await workbook(page).select({
    indicator: '居民健康素养水平',
    district: '荣昌区',
    goalSource: 'g-rongchang-2025',
  });
  const han = /\p{Script=Han}/u;
  for (const tab of ['Compare', 'Goals', 'Scorecard', 'Data']) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
    expect(await hanLeft(page), tab).toEqual([]);
  }
  // The category filter lists categories in English.
  const categories = await page
    .getByLabel('Category')
    .locator('option')
    .evaluateAll((os) => os.map((o) => o.textContent ?? ''));
  expect(categories.filter((c) => han.test(c))).toEqual([]);
  expect((await chartTexts(page)).filter((s) => han.test(s))).toEqual([]);

  // A slide of the current indicator and the scorecard slide, presented.
  for (const kind of [/This indicator across/, /＋ Scorecard/]) {
    await page.getByText('Slides', { exact: true }).click();
    await page.getByRole('button', { name: kind }).click();
  }
  await page.getByText('Slides', { exact: true }).click();
  await page.getByRole('button', { name: /Slides…/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Present' }).first().click();
  const show = page.locator('.presenting');
  await expect(show).toBeVisible();
  for (let i = 0; i < 2; i++) {
    expect(await hanLeft(page, '.presenting')).toEqual([]);
    const labels = await new Presenter(page).chartTexts();
    expect(labels.filter((s) => han.test(s))).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
});

test('the English data view shows English names but stores the canonical ones', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await page.getByRole('tab', { name: 'Data' }).click();
  const jiangjin = async () => (await workbook(page).districtRows('江津区')) ?? [];
  const id =
    (await jiangjin()).find((o) => o.indicator === '居民健康素养水平' && o.kind === 'actual')?.id ??
    '';
  const stored = async () => (await jiangjin()).find((o) => o.id === id)?.indicator;
  await selectCell(page, 'data', id, 'indicator');
  // Selecting the row charts it under its stored name.
  await expect
    .poll(() => workbook(page).app((a) => a.state().ui.indicator))
    .toBe('居民健康素养水平');
  expect(await chart(page, 'across')).toMatchObject({
    labels: expect.arrayContaining(['Jiangjin']),
  });
  // A known English name is stored in Chinese; an unknown name stays as typed.
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Life expectancy');
  await page.keyboard.press('Enter');
  await expect.poll(stored).toBe('人均预期寿命');
  await selectCell(page, 'data', id, 'indicator');
  await page.keyboard.type('My own indicator');
  await page.keyboard.press('Enter');
  await expect.poll(stored).toBe('My own indicator');
});

test('a file in the English the interface shows lands on the catalog indicator', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import CSV / Excel' }).click();
  const csv = [
    'Indicator: Life expectancy',
    'Unit: years',
    'Region,2024,2023,2022',
    'Jiangjin,80.6,80.14,79.9',
    'Qianjiang,78.2,77.9,77.5',
  ].join('\n');
  await (
    await chooser
  ).setFiles({ name: 'life.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const dlg = page.getByRole('dialog', { name: 'Import CSV / Excel' });
  const status = dlg.locator('.import-status');
  await expect(status).toContainText('6 values to import (rows: 2)');
  // Read through the worker: the English names arrive there with the catalog.
  await expect(dlg.getByRole('checkbox', { name: /Add new indicator/ })).toHaveCount(0);
  await dlg.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dlg).toBeHidden();
  const stored = async () =>
    (await observations(page, '江津区', '人均预期寿命')).find(
      (o) => o.year === 2022 && o.kind === 'actual',
    );
  await expect.poll(async () => (await stored())?.value).toBe(79.9);
  expect((await stored())?.unit).toBe('岁');
});

test('English text is set in a Latin font first (a CJK font draws ’ full-width)', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  const family = await page.evaluate(() => getComputedStyle(document.body).fontFamily);
  expect(family.split(',')[0]).not.toMatch(/YaHei|PingFang|WenQuanYi|CJK/);
});
