// Issue 14's acceptance test: a planner defines 每千人口床位数 in the 公式指标 dialog, sees it for
// every district, edits a population and sees the derived value and its chart bar change
// together, reloads and finds it all kept; a mistyped name is said with its position.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chartValue, observations, openApp, typeIntoCell, workbook } from './app';

const DISTRICTS = ['江津区', '黔江区', '大足区', '荣昌区', '九龙坡区'] as const;
const NAME = '每千人口床位数';
// 床位数 (张) and 常住人口 (万人) for 2024: per 1,000 people 2, 2.4, 2.5, 2.14, 4.8.
const BEDS = [3000, 1200, 2000, 1500, 6000];
const POP = [150, 50, 80, 70, 125];
const CSV =
  '区县,指标,单位,年份,类型,数值\n' +
  DISTRICTS.map(
    (d, i) => `${d},床位数,张,2024,实际,${BEDS[i]}\n${d},常住人口,万人,2024,实际,${POP[i]}`,
  ).join('\n') +
  '\n';

/** Brings the inputs in through 导入 CSV's real file chooser (常住人口 may be new). */
async function importInputs(page: Page) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 CSV' }).click();
  await (
    await chooser
  ).setFiles({ name: '床位与人口.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
  const dlg = page.getByRole('dialog', { name: '导入 CSV' });
  const status = dlg.locator('.import-status');
  await expect(status).toContainText('共 10 行');
  // 常住人口 is new unless the catalog already has it: then it is added with the file's unit.
  if (!(await status.textContent())?.includes('可导入 10 个数值'))
    await dlg.getByLabel(/添加新指标“常住人口”/).check();
  await expect(status).toContainText('可导入 10 个数值');
  await dlg.getByRole('button', { name: '导入', exact: true }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toBeVisible();
  await summary.getByRole('button', { name: '关闭' }).click();
}

/**
 * The compare grid's cells of the indicator's row (district columns, read from their text) and
 * the chart's bar for 荣昌区, read together; with `edit`, right after that edit (as typed) and
 * one animation frame.
 */
const look = (page: Page, edit: { id: string; raw: string } | null = null) =>
  workbook(page).app(
    async (a, { change, name, n }) => {
      if (change) {
        a.editValue(change.id, change.raw);
        await new Promise((r) => requestAnimationFrame(() => r(null)));
      }
      const pane = document.querySelector('[data-pane="compare"]');
      const left = [...(pane?.querySelectorAll('.ht_clone_inline_start tbody tr') ?? [])];
      const master = [...(pane?.querySelectorAll('.ht_master tbody tr') ?? [])];
      // The indicator cell's own text, without its badge (公式).
      const label = (tr: Element) => {
        const td = tr.querySelector('td');
        const badge = td?.querySelector('.cell-badge')?.textContent ?? '';
        return (td?.textContent ?? '').replace(badge, '').trim();
      };
      const i = left.findIndex((tr) => label(tr) === name);
      const tds = i < 0 ? [] : [...(master[i]?.querySelectorAll('td') ?? [])].slice(-n);
      const row = tds.map((td) => parseFloat((td.textContent ?? '').replace(/,/g, '')));
      const chart = a.charts().find((c) => c.id === 'across');
      const bar = chart?.datasets[0]?.data[chart.labels.indexOf('荣昌区')];
      return { row, bar };
    },
    { change: edit, name: NAME, n: DISTRICTS.length },
  );
const rowValues = async (page: Page) => (await look(page)).row;

async function openEditor(page: Page) {
  await workbook(page).openMore('公式指标…');
  const dlg = page.getByRole('dialog', { name: '公式指标' });
  await expect(dlg).toBeVisible();
  return dlg;
}

test('a formula indicator defined in the dialog is computed for every district, follows an edit of its input in the grid and the chart together, and survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await importInputs(page);

  // Define it with the keyboard: name, unit, the formula typed as a planner would.
  let dlg = await openEditor(page);
  await dlg.getByLabel('指标名称').fill(NAME);
  await dlg.getByLabel('单位').fill('张');
  const formula = dlg.getByLabel('公式', { exact: true });
  await formula.click();
  await page.keyboard.type('床位数 ÷ 常住人口 × 1000');
  // Enter checks at once and does not save.
  await page.keyboard.press('Enter');
  // Beds per thousand people, said with its factor.
  await expect(dlg.locator('.formula-check')).toContainText('结果单位：张/千人');
  const preview = dlg.getByRole('table', { name: /预览/ });
  for (const [d, v] of [
    ['江津区', '2'],
    ['黔江区', '2.4'],
    ['大足区', '2.5'],
    ['荣昌区', '2.14'],
    ['九龙坡区', '4.8'],
  ] as const)
    await expect(preview.getByRole('row', { name: new RegExp(`^${d}`) })).toContainText(`2024${v}`);
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(dlg.locator('.formula-list')).toContainText(NAME);
  await dlg.getByRole('button', { name: '关闭' }).click();
  await expect(dlg).toBeHidden();

  // A value for every district in the compare grid, and in the chart.
  await workbook(page).selectCell('compare', NAME, 'd:江津区');
  await page.keyboard.press('Escape');
  await expect.poll(() => rowValues(page)).toEqual([2, 2.4, 2.5, 2.14, 4.8]);
  await expect.poll(() => chartValue(page, 'across', '荣昌区')).toBe(2.14);

  // A population typed into the grid: the derived value follows.
  await typeIntoCell(page, 'compare', '常住人口', 'd:江津区', '200');
  // 常住人口 is a built-in near the top: the grid scrolled there, so bring the row back in view.
  await workbook(page).selectCell('compare', NAME, 'd:江津区');
  await page.keyboard.press('Escape');
  await expect.poll(() => rowValues(page)).toEqual([1.5, 2.4, 2.5, 2.14, 4.8]);

  // With the chart on the derived indicator, one population edit (as typed) changes the grid's
  // cell and the chart's bar in the same frame: both read in one evaluate, a frame later.
  await workbook(page).selectCell('compare', NAME, 'd:荣昌区');
  await page.keyboard.press('Escape');
  await expect.poll(() => chartValue(page, 'across', '荣昌区')).toBe(2.14);
  const [pop] = await observations(page, '荣昌区', '常住人口');
  if (!pop) throw new Error('no population for 荣昌区');
  const together = await look(page, { id: pop.id, raw: '50' });
  expect(together).toEqual({ row: [1.5, 2.4, 2.5, 3, 4.8], bar: 3 });

  // Reload: the formula and the values are kept.
  expect(await workbook(page).app((a) => a.flush())).toBe(true);
  await page.reload();
  await workbook(page).ready();
  await workbook(page).selectCell('compare', NAME, 'd:荣昌区');
  await page.keyboard.press('Escape');
  await expect.poll(() => rowValues(page)).toEqual([1.5, 2.4, 2.5, 3, 4.8]);
  await expect.poll(() => chartValue(page, 'across', '荣昌区')).toBe(3);
  dlg = await openEditor(page);
  const item = dlg.locator('.formula-item', { hasText: NAME });
  await expect(item).toBeVisible();
  await item.getByRole('button', { name: `编辑 ${NAME}` }).click();
  await expect(dlg.getByLabel('公式', { exact: true })).toHaveValue('床位数 ÷ 常住人口 × 1000');
});

test('a mistyped name is said with its position and Save stays disabled', async ({ page }) => {
  await openApp(page);
  const dlg = await openEditor(page);
  await dlg.getByLabel('指标名称').fill('每千人口床位数（试）');
  await dlg.getByLabel('单位').fill('张');
  const formula = dlg.getByLabel('公式', { exact: true });
  await formula.click();
  await page.keyboard.type('床位数 ÷ 常驻人口 × 1000');
  const check = dlg.locator('.formula-check');
  await expect(check).toContainText('第 7 个字符');
  await expect(check).toContainText('常驻人口');
  await expect(dlg.getByRole('button', { name: '保存' })).toBeDisabled();
  // Fixed through the picker: the name goes in at the cursor and the problem is gone.
  await formula.fill('');
  await page.keyboard.type('床位数 ÷ ');
  await page.keyboard.press('End');
  await dlg.getByLabel('插入指标').selectOption('床位数');
  await page.keyboard.type(' × 1000');
  await expect(formula).toHaveValue('床位数 ÷ 床位数 × 1000');
  await expect(check).not.toContainText('第');
  await expect(dlg.getByRole('button', { name: '保存' })).toBeEnabled();
});

test('a removed formula stays removed after a reload; the catalog CSV brings it back as it was', async ({
  page,
}) => {
  const name = '每千人口编制床位数';
  await openApp(page);
  let dlg = await openEditor(page);
  await dlg.getByLabel('指标名称').fill(name);
  await dlg.getByLabel('单位').fill('张');
  const formula = dlg.getByLabel('公式', { exact: true });
  await formula.click();
  // Typed through a Chinese IME: the check waits for the composition to end.
  await page.keyboard.type('编制床位数 ÷ ');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'ren', selectionStart: 3, selectionEnd: 3 });
  await cdp.send('Input.insertText', { text: '人口' });
  await page.keyboard.type(' × 1000');
  await expect(formula).toHaveValue('编制床位数 ÷ 人口 × 1000');
  await expect(dlg.locator('.formula-check')).toContainText('结果单位：张/千人');
  await dlg.getByLabel('口径').fill('=编制床位数/常住人口×1000');
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(dlg.locator('.formula-list')).toContainText(name);
  await dlg.getByRole('button', { name: '关闭' }).click();
  const entry = () => workbook(page).app((a, n) => a.state().catalog.get(n) ?? null, name);
  const saved = await entry();
  expect(saved?.formula?.definition).toBe('=编制床位数/常住人口×1000');

  // 导出指标目录 CSV: UTF-8 with BOM, the formula as text.
  const download = page.waitForEvent('download');
  await workbook(page).openMore('导出指标目录 CSV');
  const file = await download;
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain(`${name},,张,higher,,,其他,编制床位数 ÷ 人口 × 1000,1,`);

  // Removed (after the confirm), and still removed after a reload.
  dlg = await openEditor(page);
  await dlg.getByRole('button', { name: `删除 ${name}` }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '删除公式指标' });
  await expect(confirm).toContainText('可以撤销');
  await confirm.getByRole('button', { name: '确定' }).click();
  await expect(dlg.locator('.formula-list')).not.toContainText(name);
  await dlg.getByRole('button', { name: '关闭' }).click();
  expect(await workbook(page).app((a) => a.flush())).toBe(true);
  await page.reload();
  await workbook(page).ready();
  expect(await entry()).toBeNull();

  // 导入指标目录 CSV through the real file chooser: the same entry back, kept after a reload.
  const chooser = page.waitForEvent('filechooser');
  await workbook(page).openMore('导入指标目录 CSV');
  await (
    await chooser
  ).setFiles({ name: file.suggestedFilename(), mimeType: 'text/csv', buffer: bytes });
  await expect(page.locator('.toast')).toContainText('新增 1 个');
  expect(await entry()).toEqual(saved);
  expect(await workbook(page).app((a) => a.flush())).toBe(true);
  await page.reload();
  await workbook(page).ready();
  expect(await entry()).toEqual(saved);
});

test('a name that reads as a number, a blank unit and a rename or removal of a formula another reads are refused as typed, with the reason and no confirm', async ({
  page,
}) => {
  await openApp(page);
  const dlg = await openEditor(page);
  const check = dlg.locator('.formula-check');
  const save = dlg.getByRole('button', { name: '保存' });
  const define = async (name: string, formula: string) => {
    await dlg.getByLabel('指标名称').fill(name);
    await dlg.getByLabel('单位').fill('张');
    await dlg.getByLabel('公式', { exact: true }).fill(formula);
    await expect(save).toBeEnabled();
    await save.click();
    await expect(dlg.locator('.formula-list')).toContainText(name);
  };
  await define('我的床位比', '床位数 ÷ 常住人口 × 1000');
  await dlg.getByRole('button', { name: '＋ 新建公式指标' }).click();
  await define('我的床位比两倍', '我的床位比 × 2');

  // A new one: a name that reads as a number, then a blank unit.
  await dlg.getByRole('button', { name: '＋ 新建公式指标' }).click();
  await dlg.getByLabel('公式', { exact: true }).fill('床位数 ÷ 常住人口 × 1000');
  await dlg.getByLabel('指标名称').fill('1000');
  await expect(check).toContainText('“1000”是一个数');
  await expect(save).toBeDisabled();
  // A name already taken is said as such, not as a circle of the formula reading it.
  await dlg.getByLabel('指标名称').fill('床位数');
  await expect(check).toContainText('已有名为“床位数”的指标');
  await expect(check).not.toContainText('循环');
  await expect(save).toBeDisabled();
  await dlg.getByLabel('指标名称').fill('每千人口床位数（新）');
  await expect(check).toContainText('请填写单位');
  await expect(save).toBeDisabled();
  await expect(dlg.getByLabel('单位')).toHaveAttribute('placeholder', '张');

  // A rename of a formula another reads: said as typed, 保存 disabled.
  await dlg.getByRole('button', { name: '编辑 我的床位比', exact: true }).click();
  await dlg.getByLabel('指标名称').fill('我的床位比（改）');
  await expect(check).toContainText('被公式指标 我的床位比两倍 引用');
  await expect(save).toBeDisabled();

  // Its removal: the reason at once, no confirm first.
  await dlg.getByRole('button', { name: '＋ 新建公式指标' }).click();
  await expect(dlg.getByRole('alert')).toHaveCount(1); // 公式为空
  await dlg.getByRole('button', { name: '删除 我的床位比', exact: true }).click();
  await expect(dlg.getByRole('alert').filter({ hasText: '不能删除或改名' })).toBeVisible();
  await expect(page.getByRole('dialog').filter({ hasText: '删除公式指标' })).toHaveCount(0);
  expect(await workbook(page).app((a) => a.state().catalog.has('我的床位比'))).toBe(true);
});

test('in English the dialog lists built-ins by their English names, takes an English name, and 插入指标 writes the Chinese name', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  const menu = page.locator('details.menu').filter({
    has: page.locator('summary', { hasText: /^More$/ }),
  });
  await menu.locator('summary').click();
  await menu.getByRole('button', { name: 'Formula indicators…' }).click();
  const dlg = page.getByRole('dialog', { name: 'Formula indicators' });
  const list = dlg.locator('.formula-list');
  await expect(list).toContainText('Beds in health institutions per 1,000 residents');
  await expect(list).not.toContainText('每千人口医疗卫生机构床位数');
  await expect(dlg.locator('.formula-tools')).toContainText('in Chinese');

  await dlg.getByLabel('Indicator name').fill('我的每千人口床位数');
  await dlg.getByLabel('English name (optional)').fill('My beds per 1,000');
  await dlg.getByLabel('Unit', { exact: true }).fill('张');
  const formula = dlg.getByLabel('Formula', { exact: true });
  await formula.click();
  await dlg.getByLabel('Insert indicator').selectOption({ label: 'Beds' });
  await expect(formula).toHaveValue('床位数');
  await page.keyboard.press('End');
  await page.keyboard.type(' ÷ ');
  await dlg.getByLabel('Insert indicator').selectOption({ label: 'Resident population' });
  await page.keyboard.type(' × 1000');
  await expect(formula).toHaveValue('床位数 ÷ 常住人口 × 1000');
  await expect(dlg.locator('.formula-check')).toContainText('Result unit: 张/千人');
  await dlg.getByRole('button', { name: 'Save' }).click();
  await expect(list).toContainText('My beds per 1,000');
  const saved = await workbook(page).app(
    (a) => a.state().catalog.get('我的每千人口床位数') ?? null,
  );
  expect(saved?.nameEn).toBe('My beds per 1,000');
});
