// Ctrl+K: find by pinyin, initials or Chinese; Enter selects the result in the 对比 grid.
import { expect, test, type Page } from '@playwright/test';
import { openApp, selectCell, workbook } from './app';

const box = (page: Page) => page.getByRole('dialog', { name: '搜索指标、区县或目标集' });
const field = (page: Page) => box(page).getByRole('combobox');
const options = (page: Page) => box(page).getByRole('option');

const ui = (page: Page) =>
  workbook(page).app((a) => {
    const u = a.state().ui;
    return { indicator: u.indicator, district: u.district, view: u.view };
  });

/** The 对比 grid's selected cell: its row's indicator cell and its column's title. */
const current = (page: Page) =>
  page.evaluate(() => {
    const pane = document.querySelector('[data-pane="compare"]');
    const td = pane?.querySelector<HTMLTableCellElement>('.ht_master td.current');
    const tr = td?.parentElement;
    const header = pane?.querySelectorAll('.ht_master thead tr:last-child th')[td?.cellIndex ?? -1];
    return td && tr
      ? { row: tr.querySelector('td')?.textContent ?? '', column: header?.textContent ?? '' }
      : null;
  });

const focusInGrid = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest('[data-pane="compare"]'));

async function openSearch(page: Page) {
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
}

test('Ctrl+K, `mqrk`, Enter: the 每千人口… indicator is selected in the 对比 grid', async ({
  page,
}) => {
  await openApp(page);
  const first = await workbook(page).app((a) => a.compare().rows[0]?.key ?? '');
  await selectCell(page, 'compare', first, 'd:黔江区');
  // A category filter that hides the 每千人口… rows: choosing one clears it.
  await page.getByRole('combobox', { name: '分类' }).selectOption('健康水平');
  await selectCell(page, 'compare', first, 'd:黔江区');
  await openSearch(page);
  await field(page).pressSequentially('mqrk');
  // Grouped under 指标, the best first and highlighted.
  await expect(box(page).getByText('指标', { exact: true })).toBeVisible();
  const top = options(page).first();
  await expect(top).toHaveAttribute('aria-selected', 'true');
  await expect(top.locator('mark')).toHaveText('每千人口');
  const name = (await top.textContent()) ?? '';
  expect(name).toMatch(/^每千人口/);
  await page.keyboard.press('Enter');
  await expect(box(page)).toBeHidden();
  await expect
    .poll(() => ui(page))
    .toEqual({ indicator: name, district: '黔江区', view: 'compare' });
  await expect.poll(() => current(page)).toEqual({ row: name, column: '黔江区' });
  expect(await focusInGrid(page)).toBe(true);
  await expect(page.getByRole('combobox', { name: '分类' })).toHaveValue('');
});

test('in 目标, a chosen indicator’s goal row is selected', async ({ page }) => {
  await openApp(page);
  await workbook(page).showView('goals');
  await openSearch(page);
  await field(page).pressSequentially('jiuzhenlv');
  await expect(options(page).first()).toHaveText('区域内就诊率');
  await page.keyboard.press('Enter');
  await expect.poll(() => ui(page)).toMatchObject({ indicator: '区域内就诊率', view: 'goals' });
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.querySelector('[data-pane="goals"] .ht_master td.current')?.parentElement
            ?.textContent ?? '',
      ),
    )
    .toContain('区域内就诊率');
});

test('`jj` lists 江津区 alone among the districts; ↓↑ and Enter select its column', async ({
  page,
}) => {
  await openApp(page);
  const first = await workbook(page).app((a) => a.compare().rows[0]?.key ?? '');
  await selectCell(page, 'compare', first, 'd:荣昌区');
  const row = (await current(page))?.row;
  // The toolbar button, for the mouse, says its shortcut.
  const button = page.getByRole('button', { name: /搜索/ });
  await expect(button).toHaveAttribute('title', /Ctrl\+K/);
  await button.click();
  await expect(field(page)).toBeFocused();
  await field(page).pressSequentially('jj');
  const districts = box(page).getByRole('group', { name: '区县' }).getByRole('option');
  await expect(districts).toHaveText(['江津区']);
  // Round the list and back, then down to it.
  const ids = await options(page).evaluateAll((os) => os.map((o) => o.id));
  const target = ids.indexOf((await districts.first().getAttribute('id')) ?? '');
  await page.keyboard.press('ArrowUp');
  await expect(options(page).last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(districts.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect.poll(() => current(page)).toEqual({ row, column: '江津区' });
  expect((await ui(page)).district).toBe('江津区');
});

test('while an IME composes, Enter does not choose; after it commits, Enter does', async ({
  page,
}) => {
  await openApp(page);
  const before = await ui(page);
  await openSearch(page);
  await field(page).evaluate((el) => el.dispatchEvent(new CompositionEvent('compositionstart')));
  await page.keyboard.insertText('jj');
  await expect(options(page).first()).toHaveText('江津区');
  // The IME's own Enter (commit the letters) and a keydown flagged as composing.
  await page.keyboard.press('Enter');
  await field(page).evaluate((el) =>
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true }),
    ),
  );
  await expect(box(page)).toBeVisible();
  expect(await ui(page)).toEqual(before);
  // The composition ends with 江津 in the field.
  await field(page).evaluate((el: HTMLInputElement) => {
    el.value = '江津';
    el.dispatchEvent(new CompositionEvent('compositionend', { data: '江津' }));
    el.dispatchEvent(new InputEvent('input', { data: '江津', bubbles: true }));
  });
  await expect(options(page).first().locator('mark')).toHaveText('江津');
  await page.keyboard.press('Enter');
  await expect(box(page)).toBeHidden();
  await expect.poll(async () => (await ui(page)).district).toBe('江津区');
});

test('Esc returns the focus to the grid; Ctrl+K inside a cell editor does nothing', async ({
  page,
}) => {
  await openApp(page);
  const first = await workbook(page).app((a) => a.compare().rows[0]?.key ?? '');
  await selectCell(page, 'compare', first, 'd:大足区');
  await openSearch(page);
  // Tab keeps the focus in the box.
  await page.keyboard.press('Tab');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(box(page)).toBeHidden();
  await expect.poll(() => focusInGrid(page)).toBe(true);
  expect(await current(page)).toMatchObject({ column: '大足区' });

  // The search code is loaded now, so a box would open at once: inside an editor it does not.
  await page.keyboard.press('F2');
  await expect.poll(() => workbook(page).app((a) => a.isEditing())).toBe(true);
  await page.keyboard.press('Control+k');
  expect(await page.evaluate(() => document.querySelectorAll('dialog[open]').length)).toBe(0);
  expect(await workbook(page).app((a) => a.isEditing())).toBe(true);
  await page.keyboard.press('Escape');
  await expect.poll(() => workbook(page).app((a) => a.isEditing())).toBe(false);
  await openSearch(page);
  await expect(box(page)).toHaveCount(1);
});

test('in English, English names are found and Chinese or pinyin still find them', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await page.keyboard.press('Control+k');
  const en = page.getByRole('dialog', { name: 'Search indicators, districts or goal sets' });
  const input = en.getByRole('combobox');
  await expect(input).toBeFocused();
  await input.pressSequentially('LIFE EXP');
  await expect(en.getByRole('option').first()).toHaveText('Life expectancy');
  await input.fill('jj');
  await expect(en.getByRole('group', { name: 'Districts' }).getByRole('option')).toHaveText([
    /^Jiangjin/,
  ]);
  await input.fill('江津');
  await expect(en.getByRole('option').first().locator('mark')).toHaveText('江津');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await ui(page)).district).toBe('江津区');
});

test('with the mouse: a click outside closes the box, a click on a result chooses it', async ({
  page,
}) => {
  await openApp(page);
  const button = page.getByRole('button', { name: /搜索/ });
  await button.click();
  await field(page).pressSequentially('黔江');
  await page.mouse.click(5, 760);
  await expect(box(page)).toBeHidden();
  await expect(button).toBeFocused();
  await button.click();
  await field(page).pressSequentially('qianjiang');
  await box(page).getByRole('option', { name: '黔江区' }).click();
  await expect(box(page)).toBeHidden();
  await expect.poll(async () => (await ui(page)).district).toBe('黔江区');
});
