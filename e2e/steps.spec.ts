// One undo step per user action, through the real grid: paste, fill and delete.
import { expect, test, type Page } from '@playwright/test';
import { compareCell, openApp, pasteIntoCell, selectCell, showView, workbook } from './app';

const LIT = '居民健康素养水平';

const pastLength = (page: Page) => workbook(page).undoDepth();
const cellValue = async (page: Page, row: string, district: string) =>
  (await compareCell(page, row, district))?.value ?? null;

test('a paste over a filled and an empty cell is undone by one Ctrl+Z', async ({ page }) => {
  await openApp(page);
  expect(await cellValue(page, LIT, '江津区')).toBe(32.22);
  expect(await cellValue(page, LIT, '黔江区')).toBeNull();
  await pasteIntoCell(page, 'compare', LIT, 'd:江津区', '40\t33');
  await expect.poll(() => cellValue(page, LIT, '黔江区')).toBe(33);
  expect(await cellValue(page, LIT, '江津区')).toBe(40);
  expect(await pastLength(page)).toBe(1);
  await page.keyboard.press('Control+z');
  await expect.poll(() => cellValue(page, LIT, '江津区')).toBe(32.22);
  expect(await cellValue(page, LIT, '黔江区')).toBeNull();
  await page.keyboard.press('Control+y');
  await expect.poll(() => cellValue(page, LIT, '黔江区')).toBe(33);
  expect(await cellValue(page, LIT, '江津区')).toBe(40);
});

/** Rows of the compare view with, in one district column, a value followed by a filled and an empty cell. */
async function fillRun(page: Page) {
  return workbook(page).app((api) => {
    const v = api.compare();
    for (const [di, d] of v.districts.entries()) {
      for (let i = 0; i + 2 < v.rows.length; i++) {
        const rows = v.rows.slice(i, i + 3);
        const [a, b, c] = rows.map((r) => r.cells[di]?.value ?? null);
        if (a !== null && ((b !== null && c === null) || (b === null && c !== null)))
          return { district: d, keys: rows.map((r) => r.key) };
      }
    }
    return null;
  });
}

test('a fill down over filled and empty cells is one undo step', async ({ page }) => {
  await openApp(page);
  const run = await fillRun(page);
  expect(run).not.toBeNull();
  const { district, keys } = run!;
  const before = await Promise.all(keys.map((k) => cellValue(page, k, district)));
  await selectCell(page, 'compare', keys[0]!, `d:${district}`);
  const pane = page.locator('[data-pane="compare"] .ht_master');
  const source = await pane.locator('td.current').first().boundingBox();
  const handle = await pane.locator('.wtBorder.current.corner').first().boundingBox();
  expect(source && handle).toBeTruthy();
  await page.mouse.move(handle!.x + handle!.width / 2, handle!.y + handle!.height / 2);
  await page.mouse.down();
  const x = source!.x + source!.width / 2;
  const y = source!.y + source!.height / 2;
  await page.mouse.move(x, y + source!.height, { steps: 4 });
  await page.mouse.move(x, y + 2 * source!.height, { steps: 4 });
  await page.mouse.up();
  await expect
    .poll(() => Promise.all(keys.map((k) => cellValue(page, k, district))))
    .toEqual([before[0], before[0], before[0]]);
  expect(await pastLength(page)).toBe(1);
  await page.keyboard.press('Control+z');
  await expect
    .poll(() => Promise.all(keys.map((k) => cellValue(page, k, district))))
    .toEqual(before);
});

test('deleting several rows in the data grid is one undo step', async ({ page }) => {
  await openApp(page);
  await showView(page, 'data');
  const state = () =>
    workbook(page).app((a) => {
      const s = a.state();
      return { size: s.table.size, first: ([...s.table.chunks.values()][0] ?? []).slice(0, 3) };
    });
  const { size, first } = await state();
  const ids = first.map((o) => o.id);
  await selectCell(page, 'data', ids[0]!, 'district');
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Shift+ArrowDown');
  await page.getByRole('button', { name: '删除所选行' }).click();
  await expect(page.locator('dialog')).toContainText('3 行');
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect.poll(async () => (await state()).size).toBe(size - 3);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await state()).size).toBe(size);
  expect(await pastLength(page)).toBe(0);
});
