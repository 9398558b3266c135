import { expect, test } from '@playwright/test';
import {
  chart,
  chartValue,
  compareCell,
  gridRowText,
  observations,
  openApp,
  pasteIntoCell,
  selectCell,
  showView,
  storedValue,
  toast,
  typeIntoCell,
  workbook,
} from './app';

const LIT = '居民健康素养水平';
const JJ = 'd:江津区';

test('an edit updates the chart, reaches IndexedDB, and survives a reload', async ({ page }) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, JJ, '35.5');
  const obs = await compareCell(page, LIT, '江津区');
  expect(obs?.value).toBe(35.5);
  await workbook(page).select({ indicator: LIT, scope: '' });
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(35.5);
  // The edit reaches IndexedDB (read directly, not through the app).
  await expect
    .poll(() => storedValue(page, '江津区', obs!.obsId!), { intervals: [100] })
    .toBe(35.5);
  await page.reload();
  await openApp(page);
  expect((await observations(page, '江津区', LIT)).find((o) => o.id === obs!.obsId)?.value).toBe(
    35.5,
  );
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(35.5);
  await expect(
    page.locator('[data-pane="compare"] .ht_master tr', { hasText: LIT }).first(),
  ).toContainText('35.5');
});

test('undo and redo restore values with Ctrl+Z / Ctrl+Y', async ({ page }) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, JJ, '40');
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(40);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
  await page.keyboard.press('Control+y');
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(40);
  await page.keyboard.press('Control+Shift+z');
  await page.getByRole('button', { name: /撤销/ }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
});

test('a pasted "32.22%" is stored as 32.22, creating the missing cell', async ({ page }) => {
  await openApp(page);
  expect(await observations(page, '黔江区', LIT)).toEqual([]);
  await pasteIntoCell(page, 'compare', LIT, 'd:黔江区', '32.22%');
  await expect
    .poll(async () => (await observations(page, '黔江区', LIT)).map((o) => o.value))
    .toEqual([32.22]);
  // Excel/WPS forms: thousands separators, 万, full-width digits.
  await pasteIntoCell(page, 'compare', '家庭医生签约人数', 'd:江津区', '７０万');
  await expect
    .poll(async () => (await observations(page, '江津区', '家庭医生签约人数'))[0]?.value)
    .toBe(70);
});

test('typed text is refused with a reason and the old value stays', async ({ page }) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, JJ, 'abc');
  await expect(toast(page)).toContainText('不是数字');
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
  await expect(
    page.locator('[data-pane="compare"] .ht_master tr', { hasText: LIT }).first(),
  ).toContainText('32.22');
});

test('an out-of-range value is kept but flagged', async ({ page }) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, JJ, '120');
  await expect(toast(page)).toContainText('超出有效范围');
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(120);
  await expect(page.locator('[data-pane="compare"] .ht_master td.cell-invalid')).toHaveCount(1);
});

test('editing a target changes the status', async ({ page }) => {
  await openApp(page);
  await showView(page, 'goals');
  const key = '荣昌区|居民健康素养水平||2025|';
  const status = async () =>
    (await workbook(page).goals()).find((g) => g.key === key)?.result.status;
  // One data point (28.96% in 2022): no trajectory yet, so 缺数据 rather than 进度正常.
  expect(await status()).toBe('no_data');
  await expect.poll(() => gridRowText(page, 'goals', ['荣昌区', LIT])).toContain('缺数据');
  await typeIntoCell(page, 'goals', key, 'target', '28');
  await expect.poll(status).toBe('met');
  await expect.poll(() => gridRowText(page, 'goals', ['荣昌区', LIT])).toContain('已达成');
});

test('荣昌区 2025 目标 applied to every district: 江津 health literacy is 已达成', async ({
  page,
}) => {
  await openApp(page);
  await showView(page, 'goals');
  await page.getByLabel('目标来源').selectOption({ label: '荣昌区 2025 目标' });
  await expect.poll(() => gridRowText(page, 'goals', ['江津区', LIT])).toContain('已达成');
  expect(await gridRowText(page, 'goals', ['江津区', LIT])).toContain('超 2.22');
  await expect
    .poll(async () => (await chart(page, 'across'))?.annotations.some((a) => a.value === 30))
    .toBe(true);
});

test('goal sets can be created, copied, renamed, edited and deleted', async ({ page }) => {
  await openApp(page);
  await showView(page, 'goals');
  await page.getByRole('button', { name: '新建目标集' }).click();
  await page.locator('dialog input').fill('九龙坡 2027');
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect(page.getByLabel('目标来源')).toHaveValue(/^g/);
  await page.getByLabel('指标', { exact: true }).selectOption(LIT);
  await page.getByLabel('目标值').fill('35');
  await page.getByLabel('目标年').fill('2027');
  await page.getByRole('button', { name: '添加目标' }).click();
  const goalSets = () => workbook(page).app((a) => a.state().goalSets);
  const names = async () => (await goalSets()).map((g) => g.name);
  await expect.poll(names).toEqual(['荣昌区 2025 目标', '九龙坡 2027']);
  const sets = await goalSets();
  expect(sets[1]?.targets).toEqual([{ indicator: LIT, value: 35, year: 2027, qualifier: '' }]);
  await page.getByRole('button', { name: '复制' }).click();
  await expect.poll(names).toEqual(['荣昌区 2025 目标', '九龙坡 2027', '九龙坡 2027（副本）']);
  await page.getByRole('button', { name: '重命名' }).click();
  await page.locator('dialog input').fill('副本改名');
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect.poll(names).toEqual(['荣昌区 2025 目标', '九龙坡 2027', '副本改名']);
  await page.getByRole('button', { name: '删除目标集' }).click();
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect.poll(names).toEqual(['荣昌区 2025 目标', '九龙坡 2027']);
});

test('恢复初始数据 asks first, then restores the seed', async ({ page }) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, JJ, '50');
  await page.getByRole('button', { name: '恢复初始数据' }).click();
  await page.locator('dialog').getByRole('button', { name: '取消' }).click();
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(50);
  await page.getByRole('button', { name: '恢复初始数据' }).click();
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
});

test('the data view adds rows and deletes them after confirmation', async ({ page }) => {
  await openApp(page);
  await showView(page, 'data');
  const size = () => workbook(page).tableSize();
  const before = await size();
  await page.getByRole('button', { name: '新增行' }).click();
  await expect.poll(size).toBe(before + 1);
  const added = (await workbook(page).app((a) => a.state().past.at(-1)?.rows[0]?.after?.id)) ?? '';
  await typeIntoCell(page, 'data', added, 'value', '12');
  await selectCell(page, 'data', added, 'district');
  await page.getByRole('button', { name: '删除所选行' }).click();
  await expect(page.locator('dialog')).toContainText('1 行');
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect.poll(size).toBe(before);
});

test('Chinese IME input is accepted in a text cell', async ({ page }) => {
  await openApp(page);
  await showView(page, 'data');
  const [obs] = await observations(page, '江津区', LIT);
  await selectCell(page, 'data', obs!.id, 'note');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'bei', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.imeSetComposition', { text: 'beizhu', selectionStart: 6, selectionEnd: 6 });
  await cdp.send('Input.insertText', { text: '备注' });
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await observations(page, '江津区', LIT))[0]?.note).toBe('备注');
});

test('without IndexedDB a banner says data will not be kept, and editing still works', async ({
  page,
}) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'indexedDB', { get: () => undefined });
  });
  await openApp(page);
  await expect(page.locator('.banner')).toContainText('数据不会被保留');
  await typeIntoCell(page, 'compare', LIT, JJ, '33');
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(33);
});

test('clicking a cell with the mouse and typing straight away keeps every keystroke', async ({
  page,
}) => {
  await openApp(page);
  const cell = page
    .locator('[data-pane="compare"] .ht_master tr', { hasText: LIT })
    .first()
    .locator('td')
    .nth(4);
  await cell.click();
  await page.keyboard.type('35.5');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(35.5);
});

test('opening a cell and pressing Enter without a change keeps the exact value', async ({
  page,
}) => {
  await openApp(page);
  await pasteIntoCell(page, 'compare', LIT, JJ, '≥35.1234567891');
  const exact = async () => {
    const o = await compareCell(page, LIT, '江津区');
    return [o?.value, o?.qualifier];
  };
  await expect.poll(exact).toEqual([35.1234567891, '≥']);
  // The cell shows rounded text; opening its editor and closing it unchanged must not write it.
  await selectCell(page, 'compare', LIT, JJ);
  const editing = () => workbook(page).isEditing();
  await page.keyboard.press('Enter');
  await expect.poll(editing).toBe(true);
  await page.keyboard.press('Enter');
  await expect.poll(editing).toBe(false);
  expect(await exact()).toEqual([35.1234567891, '≥']);
});
