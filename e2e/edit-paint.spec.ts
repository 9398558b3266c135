// An edit repaints what changed, not the whole grid, and still shows every change.
import { expect, test } from '@playwright/test';
import { compareCell, openApp, typeIntoCell, workbook } from './app';

/** Starts counting the compare grid's cells whose content is rewritten. */
const watchCells = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const tbody = document.querySelector('[data-pane="compare"] .ht_master tbody');
    const touched = new Set<Node>();
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        const td = (r.target.nodeType === 3 ? r.target.parentNode : r.target) as Element | null;
        if (td?.nodeName === 'TD' && r.type !== 'attributes') touched.add(td);
      }
    });
    observer.observe(tbody!, { subtree: true, childList: true, characterData: true });
    Object.assign(window, {
      __touched: () => {
        observer.disconnect();
        return touched.size;
      },
    });
  });

test('a typed value repaints its own cell, not every visible cell', async ({ page }) => {
  await openApp(page);
  const before = await compareCell(page, '居民健康素养水平', '江津区');
  await watchCells(page);
  await typeIntoCell(page, 'compare', '居民健康素养水平', 'd:江津区', '33.5');
  await expect
    .poll(async () => (await compareCell(page, '居民健康素养水平', '江津区'))?.value)
    .toBe(33.5);
  const cell = page.locator('[data-pane="compare"] .ht_master td', { hasText: '33.5' });
  await expect(cell).toHaveCount(1);
  await expect(cell).toHaveClass(/mark-edited/);
  const touched = await page.evaluate(() =>
    (window as unknown as { __touched(): number }).__touched(),
  );
  // The edited cell (and at most the editor's neighbour): a redraw touched every visible cell.
  expect(touched).toBeGreaterThanOrEqual(1);
  expect(touched).toBeLessThanOrEqual(2);
  expect(before?.value).not.toBe(33.5);
});

test('a value changed out of view shows once scrolled to, and undo repaints it', async ({
  page,
}) => {
  await openApp(page);
  const rows = await workbook(page).app((a) => a.compare().rows.map((r) => r.key));
  const last = rows.at(-1)!;
  const cell = await workbook(page).app(
    (a, key) =>
      a
        .compare()
        .rows.find((r) => r.key === key)
        ?.cells.find((c) => c.obsId),
    last,
  );
  expect(cell?.obsId).toBeTruthy();
  await workbook(page).app((a, id) => a.editValue(id, '4321'), cell!.obsId!);
  await workbook(page).selectCell(
    'compare',
    last,
    `d:${await workbook(page).app((a, key) => {
      const v = a.compare();
      const row = v.rows.find((r) => r.key === key)!;
      return v.districts[row.cells.findIndex((c) => c.obsId)]!;
    }, last)}`,
  );
  await expect(
    page.locator('[data-pane="compare"] .ht_master td', { hasText: '4321' }),
  ).toHaveCount(1);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(
    page.locator('[data-pane="compare"] .ht_master td', { hasText: '4321' }),
  ).toHaveCount(0);
});
