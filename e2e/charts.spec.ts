// The charts follow the cell the planner chose, not the cell the grid moves to after an edit.
import { expect, test, type Page } from '@playwright/test';
import { chartValue, openApp, pasteIntoCell, selectCell, workbook } from './app';

const D = 'd:江津区';

async function rows(page: Page): Promise<{ key: string; indicator: string }[]> {
  return workbook(page).app((a) =>
    a.compare().rows.map((r) => ({ key: r.key, indicator: r.indicator })),
  );
}

const ui = (page: Page) =>
  workbook(page).app((a) => {
    const u = a.state().ui;
    return { indicator: u.indicator, district: u.district };
  });

/** The grid's active cell (visual row, column), to see that the grid did move on. */
const active = (page: Page) =>
  page.evaluate(() => {
    const td = document.querySelector('[data-pane="compare"] .ht_master td.current');
    const tr = td?.parentElement as HTMLTableRowElement | undefined;
    return tr ? tr.rowIndex : -1;
  });

test('after Enter, Tab, paste and fill the charts keep the edited cell’s indicator', async ({
  page,
}) => {
  await openApp(page);
  const list = await rows(page);
  const [a, b, c, d, e] = list;
  if (!a || !b || !c || !d || !e) throw new Error('seed has too few rows');

  // Enter: the grid moves down, the charts stay on the edited row.
  await selectCell(page, 'compare', a.key, D);
  const before = await active(page);
  await page.keyboard.type('41');
  await page.keyboard.press('Enter');
  await expect.poll(() => active(page)).not.toBe(before);
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(41);
  expect(await ui(page)).toEqual({ indicator: a.indicator, district: '江津区' });

  // Typing into the next row then Enter: the charts now show that (edited) row.
  await page.keyboard.type('42');
  await page.keyboard.press('Enter');
  await expect.poll(() => ui(page)).toEqual({ indicator: b.indicator, district: '江津区' });
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(42);

  // Tab: the grid moves right, the charts keep the edited district and indicator.
  await selectCell(page, 'compare', c.key, D);
  await page.keyboard.type('43');
  await page.keyboard.press('Tab');
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(43);
  expect(await ui(page)).toEqual({ indicator: c.indicator, district: '江津区' });

  // A deliberate move (arrow key) still changes the charts.
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => ui(page)).not.toEqual({ indicator: c.indicator, district: '江津区' });

  // Paste of two values: the charts show the first pasted cell.
  await pasteIntoCell(page, 'compare', d.key, D, '44\n45');
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(44);
  expect((await ui(page)).indicator).toBe(d.indicator);

  // Fill handle dragged down one row from d: the charts show the filled cell (e).
  await selectCell(page, 'compare', d.key, D);
  const corner = page.locator('[data-pane="compare"] .ht_master .wtBorder.current.corner');
  const box = await corner.boundingBox();
  if (!box) throw new Error('no fill handle');
  const rowH = await page
    .locator('[data-pane="compare"] .ht_master td.current')
    .evaluate((td) => td.getBoundingClientRect().height);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + rowH * 1.5, { steps: 5 });
  await page.mouse.up();
  await expect.poll(() => ui(page)).toEqual({ indicator: e.indicator, district: '江津区' });
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(44);
});
