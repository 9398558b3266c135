import { expect, test, type Page } from '@playwright/test';
import { openApp, showView, type View } from './app';

/** Clicks a column header's sort control (Handsontable: ascending, then descending). */
async function sortBy(page: Page, view: View, title: string) {
  await page
    .locator(`[data-pane="${view}"] .ht_clone_top thead th`, { hasText: title })
    .locator('.columnSorting')
    .click();
}

/** The rendered texts of one column, top to bottom (cell text without badges). */
async function columnTexts(page: Page, view: View, title: string): Promise<string[]> {
  return page.evaluate(
    ({ v, h }) => {
      const master = document.querySelector(`[data-pane="${v}"] .ht_master`);
      const heads = [...(master?.querySelectorAll('thead th') ?? [])];
      const col = heads.findIndex((th) => th.textContent?.trim() === h);
      return [...(master?.querySelectorAll('tbody tr') ?? [])].map(
        (tr) => tr.children[col]?.childNodes[0]?.textContent?.trim() ?? '',
      );
    },
    { v: view, h: title },
  );
}

const num = (s: string) => Number(s.replace(/^[≥≈超差]\s*/, '').replace(/,/g, ''));

test('compare sorts 江津区 by the number, ≈ and ≥ values included, blanks last', async ({
  page,
}) => {
  await openApp(page);
  await sortBy(page, 'compare', '江津区');
  await expect
    .poll(async () => (await columnTexts(page, 'compare', '江津区')).slice(0, 3))
    .not.toContain('≈2000');
  const asc = (await columnTexts(page, 'compare', '江津区')).filter((s) => s !== '');
  expect(asc.map(num)).toEqual([...asc.map(num)].sort((a, b) => a - b));
  await sortBy(page, 'compare', '江津区');
  await expect
    .poll(async () => (await columnTexts(page, 'compare', '江津区')).slice(0, 3))
    .toEqual(['3748', '2112', '≈2000']);
});

test('goals sort the gap by its signed amount, not as text', async ({ page }) => {
  await openApp(page);
  await showView(page, 'goals');
  await sortBy(page, 'goals', '差距');
  await expect
    .poll(async () => (await columnTexts(page, 'goals', '差距')).find((s) => s !== ''))
    .toMatch(/^超/);
  const gaps = (await columnTexts(page, 'goals', '差距')).filter((s) => s !== '');
  const signed = gaps.map((s) => (s.startsWith('超') ? -num(s) : num(s)));
  expect(signed).toEqual([...signed].sort((a, b) => a - b));
});

test('the scorecard sorts districts by a column’s number when its header is clicked', async ({
  page,
}) => {
  await openApp(page);
  await showView(page, 'scorecard');
  const head = page.locator('[data-pane="scorecard"] table.scorecard thead th').nth(1);
  const values = () =>
    page
      .locator('[data-pane="scorecard"] table.scorecard tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => tr.children[1]?.childNodes[0]?.textContent?.trim() ?? ''),
      );
  await head.click();
  await expect(head).toHaveAttribute('aria-sort', 'ascending');
  const asc = (await values()).filter((v) => v !== '—').map((v) => parseFloat(v));
  expect(asc).toEqual([...asc].sort((a, b) => a - b));
  await head.click();
  await expect(head).toHaveAttribute('aria-sort', 'descending');
  const desc = await values();
  const known = desc.filter((v) => v !== '—').map((v) => parseFloat(v));
  expect(known).toEqual([...known].sort((a, b) => b - a));
  // Districts without a value stay last.
  expect(desc.slice(known.length).every((v) => v === '—')).toBe(true);
});
