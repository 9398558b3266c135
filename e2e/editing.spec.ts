import { expect, test } from '@playwright/test';
import {
  compareCell,
  observations,
  openApp,
  selectCell,
  showView,
  typeIntoCell,
  workbook,
} from './app';

const ALLIANCE = '专科联盟数量';

test('新增行 shows and selects a row placed like the selected one, undone in one step', async ({
  page,
}) => {
  await openApp(page);
  await showView(page, 'data');
  // An institution's row: its scope (金溪镇卫生院) must be copied too.
  const [lit] = await observations(page, '黔江区', '服务人口');
  expect(lit?.scope).not.toBe('');
  await selectCell(page, 'data', lit!.id, 'note');
  const size = () => workbook(page).tableSize();
  const before = await size();
  await page.getByRole('button', { name: '新增行' }).click();
  await expect.poll(size).toBe(before + 1);
  const added = await workbook(page).app((a) => a.state().past.at(-1)?.rows[0]?.after);
  expect(added).toMatchObject({
    district: '黔江区',
    indicator: '服务人口',
    unit: lit!.unit,
    kind: lit!.kind,
    scope: lit!.scope,
    year: lit!.year,
    value: null,
  });
  // The cursor sits in the new row's first cell, in view, ready for typing.
  await expect(page.locator('[data-pane="data"] td.current').first()).toBeInViewport();
  // The frozen 区县/指标 columns line up with the rest of the new row (same top, within 1 px).
  const tops = await page.evaluate(() => {
    const pane = document.querySelector('[data-pane="data"]')!;
    const frozen = pane.querySelector(':is(.ht_clone_inline_start, .ht_clone_left) td.current');
    const row = frozen?.closest('tr')?.getAttribute('aria-rowindex');
    const master = pane.querySelector(`.ht_master tbody tr[aria-rowindex="${row}"] td:last-child`);
    return {
      frozen: frozen?.getBoundingClientRect().top ?? null,
      master: master?.getBoundingClientRect().top ?? null,
    };
  });
  expect(tops.frozen).not.toBeNull();
  expect(tops.master).not.toBeNull();
  expect(Math.abs(tops.frozen! - tops.master!)).toBeLessThanOrEqual(1);
  await page.waitForFunction(() => document.activeElement?.classList.contains('handsontableInput'));
  // Keys reach the new row: three cells right (区县 → 指标 → 单位 → 年份), type a year.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await page.keyboard.type('2019');
  await page.keyboard.press('Enter');
  await expect
    .poll(
      async () =>
        (await observations(page, '黔江区', '服务人口')).find((o) => o.id === added?.id)?.year,
    )
    .toBe(2019);
  // Two steps back: the district edit, then the addition itself.
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(size).toBe(before);
});

test('editing a value two reports agree on is marked edited, not a conflict', async ({ page }) => {
  await openApp(page);
  // Selecting scrolls the row into view; the 江津区 cell is the fifth.
  await selectCell(page, 'compare', ALLIANCE, 'd:江津区');
  const cell = page
    .locator('[data-pane="compare"] .ht_master tbody tr')
    .filter({ has: page.locator('td', { hasText: new RegExp(`^${ALLIANCE}$`) }) })
    .locator('td')
    .nth(4);
  await expect(cell).toHaveText(/^3/);
  await expect(cell).not.toHaveClass(/cell-conflict/);
  await typeIntoCell(page, 'compare', ALLIANCE, 'd:江津区', '5');
  await expect.poll(async () => (await compareCell(page, ALLIANCE, '江津区'))?.value).toBe(5);
  await expect(cell).toHaveClass(/mark-edited/);
  await expect(cell).not.toHaveClass(/cell-conflict/);
  await selectCell(page, 'compare', ALLIANCE, 'd:江津区');
  await expect(page.locator('.source-panel .source-conflict')).toHaveCount(0);
});

test('a far row selected in one go takes keystrokes typed straight away, after a reload too', async ({
  page,
}) => {
  await openApp(page);
  const keys = await workbook(page).compareRowKeys();
  // Far down, back to the top, far down again after a fresh load (focus starts on the page).
  const far = keys[keys.length - 1]!;
  const near = keys[0]!;
  await typeIntoCell(page, 'compare', far, 'd:江津区', '7');
  await expect.poll(async () => (await compareCell(page, far, '江津区'))?.value).toBe(7);
  await typeIntoCell(page, 'compare', near, 'd:江津区', '8');
  await expect.poll(async () => (await compareCell(page, near, '江津区'))?.value).toBe(8);
  await page.reload();
  await openApp(page);
  await typeIntoCell(page, 'compare', far, 'd:江津区', '9');
  await expect.poll(async () => (await compareCell(page, far, '江津区'))?.value).toBe(9);
});
