// English mode: no Chinese left on screen except what planners typed and verbatim report quotes.
import { expect, test, type Page } from '@playwright/test';
import { chart, openApp, selectCell } from './app';

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

const chartTexts = (page: Page) =>
  page.evaluate(() =>
    (window as any).__app
      .charts()
      .flatMap((c: any) => [
        ...c.labels,
        ...c.datasets.map((d: any) => d.label),
        ...c.annotations.map((a: any) => a.label),
      ]),
  );

test('with ?lang=en every view, the charts and a slide carry no Chinese of ours', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await page.evaluate(() =>
    (window as any).__app.select({
      indicator: '居民健康素养水平',
      district: '荣昌区',
      goalSource: 'g-rongchang-2025',
    }),
  );
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
  expect((await chartTexts(page)).filter((s: string) => han.test(s))).toEqual([]);

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
    const labels: string[] = await page.evaluate(() => {
      const c = (window as any).__present.chart();
      return c ? [...c.labels, ...c.datasets.map((d: any) => d.label)] : [];
    });
    expect(labels.filter((s) => han.test(s))).toEqual([]);
    await page.keyboard.press('ArrowRight');
  }
});

test('the English data view shows English names but stores the canonical ones', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await page.getByRole('tab', { name: 'Data' }).click();
  const id: string = await page.evaluate(
    () =>
      (window as any).__app
        .state()
        .table.chunks.get('江津区')
        .find((o: any) => o.indicator === '居民健康素养水平' && o.kind === 'actual').id,
  );
  const stored = () =>
    page.evaluate(
      (oid) =>
        (window as any).__app
          .state()
          .table.chunks.get('江津区')
          .find((o: any) => o.id === oid).indicator as string,
      id,
    );
  await selectCell(page, 'data', id, 'indicator');
  // Selecting the row charts it under its stored name.
  await expect
    .poll(() => page.evaluate(() => (window as any).__app.state().ui.indicator))
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
