// Ctrl+K: find by pinyin, initials or Chinese; Enter selects the result in the 对比 grid.
import { expect, test, type Page } from '@playwright/test';
import { openApp, selectCell, toast, workbook } from './app';

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

/** Ctrl+K, `text`, Enter on the first result. */
async function pick(page: Page, text: string) {
  await openSearch(page);
  await field(page).fill(text);
  await expect(options(page).first()).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(box(page)).toBeHidden();
}

/** The text of the current cell's row in a grid tab: its frozen columns' clone, then the rest. */
const currentRow = (page: Page, view: string) =>
  page.evaluate((v) => {
    const pane = document.querySelector(`[data-pane="${v}"]`);
    const tr = pane?.querySelector('td.current')?.parentElement;
    if (!tr?.parentElement) return '';
    const i = [...tr.parentElement.children].indexOf(tr);
    const text = (sel: string) => pane?.querySelector(sel)?.children[i]?.textContent ?? '';
    return `${text('.ht_clone_inline_start tbody')} ${text('.ht_master tbody')}`;
  }, view);

test('数据: a chosen indicator or district lands on a row of it, or a toast says there is none', async ({
  page,
}) => {
  await openApp(page);
  await workbook(page).showView('data');
  await pick(page, '人均预期寿命');
  await expect.poll(() => currentRow(page, 'data')).toContain('人均预期寿命');
  await pick(page, 'rongchang');
  await expect.poll(() => currentRow(page, 'data')).toMatch(/荣昌区.*人均预期寿命/);
  // 九龙坡区 has no 人均预期寿命: its own first row, and a word saying so.
  await pick(page, 'jiulongpo');
  await expect(toast(page)).toContainText('九龙坡区');
  await expect.poll(() => currentRow(page, 'data')).toContain('九龙坡区');
  expect((await ui(page)).district).toBe('九龙坡区');
  // A district with no data at all: said, and the selection is left as it was.
  await pick(page, 'changshou');
  await expect(toast(page)).toContainText('长寿区');
  expect((await ui(page)).district).toBe('九龙坡区');
});

test('目标 and 记分卡: a district without goal rows, an indicator outside the goal set, are said', async ({
  page,
}) => {
  await openApp(page);
  const goals = await workbook(page).app((a) => a.goals().map((g) => [g.indicator, g.district]));
  const indicator = goals[0]?.[0] ?? '';
  const without = ['江津区', '黔江区', '大足区', '荣昌区', '九龙坡区'].find(
    (d) => !goals.some(([i, x]) => i === indicator && x === d),
  );
  expect(without).toBeTruthy();
  await workbook(page).showView('goals');
  await pick(page, indicator);
  await expect.poll(() => currentRow(page, 'goals')).toContain(indicator);
  await pick(page, without ?? '');
  await expect(toast(page)).toContainText(without ?? '');
  // Whatever the grid shows is what the state says.
  const row = await currentRow(page, 'goals');
  const u = await ui(page);
  expect(row).toContain(u.indicator ?? '-');
  expect(row).toContain(u.district ?? '-');

  await workbook(page).showView('scorecard');
  await pick(page, 'rongchang');
  await expect(page.locator('[data-pane="scorecard"] tr.sc-current')).toContainText('荣昌区');
  const set = await workbook(page).app((a) => {
    const s = a.state();
    const g = s.goalSets.find((x) => x.id === s.ui.goalSource) ?? s.goalSets[0];
    return g?.targets.map((x) => x.indicator) ?? [];
  });
  const outside = await workbook(page).app(
    (a, inSet) => [...a.state().catalog.keys()].find((i) => !inSet.includes(i)) ?? '',
    set,
  );
  await pick(page, outside);
  await expect(toast(page)).toContainText(outside);
  await pick(page, set[0] ?? '');
  await expect(page.locator('[data-pane="scorecard"] th.sc-current')).toContainText(set[0] ?? '');
});

test('all 38 districts are found, by pinyin or GB/T 2260 code; one without data is said or shown', async ({
  page,
}) => {
  await openApp(page);
  const districts = box(page).getByRole('group', { name: '区县' }).getByRole('option');
  await openSearch(page);
  for (const [typed, name] of [
    ['changshou', '长寿区'],
    ['kaizhou', '开州区'],
    ['chengkou', '城口县'],
    ['youyang', '酉阳土家族苗族自治县'],
    ['xiushan', '秀山土家族苗族自治县'],
    ['pengshui', '彭水苗族土家族自治县'],
    ['500116', '江津区'],
  ]) {
    await field(page).fill(typed ?? '');
    await expect(districts.first()).toContainText(name ?? '');
  }
  await field(page).fill('changshou');
  await expect(districts.first()).toContainText('暂无数据');
  await page.keyboard.press('Escape');
  const before = (await ui(page)).district;
  // 对比 has a column per district of the workbook: none for 长寿区, which is said.
  await pick(page, 'changshou');
  await expect(toast(page)).toContainText('长寿区');
  expect((await ui(page)).district).toBe(before);
  await workbook(page).showView('ranks');
  await pick(page, 'kaizhou');
  await expect(toast(page)).toContainText('开州区');
  await pick(page, 'rongchang');
  await expect(page.locator('[data-pane="ranks"] [aria-current="true"]')).toContainText('荣昌区');
  // 地图 draws every district: the tile is selected.
  await workbook(page).showView('map');
  await pick(page, 'changshou');
  await expect.poll(async () => (await ui(page)).district).toBe('长寿区');
  await expect(page.locator('[data-pane="map"] .tile-selected')).toHaveAttribute(
    'visibility',
    'visible',
  );
});

test('the full English name, case and spaces aside, and `jiangjin qu` find 江津区', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await page.keyboard.press('Control+k');
  const en = page.getByRole('dialog', { name: 'Search indicators, districts or goal sets' });
  const districts = en.getByRole('group', { name: 'Districts' }).getByRole('option');
  for (const typed of ['Jiangjin District', 'JIANGJIN  district', 'jiangjin qu']) {
    await en.getByRole('combobox').fill(typed);
    await expect(districts.first()).toContainText('Jiangjin');
  }
});

test('a long query, regex characters and HTML are shown as text and find nothing', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await openApp(page);
  await openSearch(page);
  for (const typed of ['a'.repeat(5000), '.*(+[?\\', '<img src=x onerror="window.__x=1">']) {
    await field(page).fill(typed);
    await expect(box(page).getByText('没有找到')).toBeVisible();
  }
  expect(await box(page).locator('img').count()).toBe(0);
  expect(await page.evaluate(() => 'x' in window && (window as { __x?: number }).__x)).toBe(false);
  expect(errors).toEqual([]);
});
