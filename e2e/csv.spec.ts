import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import * as fx from '../src/io/testing/fixtures';
import {
  chartValue,
  compareCell,
  observations,
  openApp,
  showView,
  storedValue,
  toast,
  typeIntoCell,
  workbook,
} from './app';

const LIT = '居民健康素养水平';
/** Animation frames counted in the page while a large file is analysed. */
type FrameCounter = Window & { __frames?: number };

async function chooseFile(page: Page, name: string, bytes: Uint8Array) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 CSV' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(bytes) });
  return page.getByRole('dialog', { name: '导入 CSV' });
}

const tableJson = (page: Page) =>
  workbook(page).app((a) =>
    JSON.stringify(
      [...a.state().table.chunks.values()]
        .flat()
        .map((o) => ({ ...o, id: '' }))
        .map((o) => JSON.stringify(o))
        .sort(),
    ),
  );

test('a GB18030 wide file imports through the file chooser into the grid and the chart', async ({
  page,
}) => {
  await openApp(page);
  const dlg = await chooseFile(page, '各区对比.csv', fx.gb18030Wide());
  await expect(dlg.getByLabel('编码')).toHaveValue('gb18030');
  await expect(dlg.getByLabel('表格形式')).toHaveValue('wide');
  await dlg.getByLabel('宽表年份').fill('2024');
  await expect(dlg.locator('.import-status')).toContainText('可导入 7 个数值');
  await expect(dlg.locator('.preview')).toContainText('居民健康素养水平');
  await dlg.getByRole('button', { name: '导入' }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('新增 7 行');
  await summary.getByRole('button', { name: '关闭' }).click();
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(33.5);
  expect((await compareCell(page, LIT, '黔江区'))?.value).toBe(25.1);
  await workbook(page).select({ indicator: LIT, scope: '' });
  await expect.poll(() => chartValue(page, 'across', '黔江区')).toBe(25.1);
  await expect(
    page.locator('[data-pane="compare"] .ht_master tr', { hasText: '25.1' }).first(),
  ).toBeVisible();
});

test('export downloads a BOM-prefixed CSV that re-imports unchanged', async ({ page }) => {
  await openApp(page);
  const before = await tableJson(page);
  const n = await workbook(page).tableSize();
  const download = page.waitForEvent('download');
  await page.getByText('导出 CSV').click();
  await page.getByRole('button', { name: /长表/ }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^区县卫生指标_长表_\d{4}-\d{2}-\d{2}\.csv$/);
  const path = await file.path();
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('江津区,居民健康素养水平,%,2023,实际,32.22');

  // Merge: nothing changes.
  let dlg = await chooseFile(page, file.suggestedFilename(), bytes);
  await expect(dlg.locator('.import-status')).toContainText('跳过 0 行');
  await dlg.getByRole('button', { name: '导入' }).click();
  let summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText(`新增 0 行，更新 0 行，未变 ${n} 行`);
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await tableJson(page)).toBe(before);

  // Replace: the same data back.
  dlg = await chooseFile(page, file.suggestedFilename(), bytes);
  await dlg.getByLabel(/替换/).check();
  await dlg.getByRole('button', { name: '导入' }).click();
  summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText(`新增 ${n} 行`);
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await tableJson(page)).toBe(before);

  // Wide and goals exports too.
  for (const [label, part] of [
    [/宽表/, '宽表'],
    [/目标表/, '目标'],
  ] as const) {
    const d = page.waitForEvent('download');
    await page.getByText('导出 CSV').click();
    await page.getByRole('button', { name: label }).click();
    const f = await d;
    expect(f.suggestedFilename()).toContain(`_${part}_`);
    expect([...readFileSync(await f.path()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }
});

async function download(page: Page, label: RegExp) {
  const d = page.waitForEvent('download');
  await page.getByText('导出 CSV').click();
  await page.getByRole('button', { name: label }).click();
  const f = await d;
  return { name: f.suggestedFilename(), bytes: readFileSync(await f.path()) };
}

/** Compare cells holding a value computed by a formula indicator. */
const computedCells = (page: Page) =>
  workbook(page).app(
    (a) =>
      a.compare().rows.flatMap((r) => r.cells.filter((c) => c.derived && c.value !== null)).length,
  );

/** Every filled compare cell with its year and qualifier. */
const compareCells = (page: Page) =>
  workbook(page).app((a) => {
    const v = a.compare();
    return v.rows
      .flatMap((r) =>
        r.cells.map((c, i) =>
          JSON.stringify([r.key, v.districts[i], c.value, c.year, c.qualifier]),
        ),
      )
      .filter((c: string) => !c.includes(',null,'))
      .sort();
  });

test('a wide export imports back unchanged (merge and replace); a goals export is refused', async ({
  page,
}) => {
  await openApp(page);
  const before = await tableJson(page);
  const cells = await compareCells(page);
  // The built-in formulas' values are in the export but are not data: never read back.
  const computed = await computedCells(page);
  expect(computed).toBeGreaterThan(0);
  const wide = await download(page, /宽表/);
  expect(wide.name).toContain('_宽表_');
  const text = wide.bytes.toString('utf8');
  expect(text).toContain('江津区,江津区 年份');

  // Merge: the years come from the file (no year to choose), nothing is added or updated.
  let dlg = await chooseFile(page, wide.name, wide.bytes);
  await expect(dlg.getByLabel('表格形式')).toHaveValue('wide');
  await expect(dlg.locator('.import-status')).toContainText(`跳过 ${computed} 个数值`);
  await expect(dlg).toContainText('由公式计算，不导入');
  await expect(dlg.getByLabel('宽表年份')).toBeHidden();
  await dlg.getByRole('button', { name: '导入' }).click();
  let summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText('新增 0 行，更新 0 行');
  await summary.getByRole('button', { name: '关闭' }).click();
  expect(await tableJson(page)).toBe(before);

  // Replace: only the file's values remain, each with its own year and qualifier.
  dlg = await chooseFile(page, wide.name, wide.bytes);
  await dlg.getByLabel(/替换/).check();
  await dlg.getByRole('button', { name: '导入' }).click();
  summary = page.getByRole('dialog', { name: '导入结果' });
  await expect(summary).toContainText(`新增 ${cells.length - computed} 行`);
  await summary.getByRole('button', { name: '关闭' }).click();
  // …and computed again from the stored inputs.
  expect(await compareCells(page)).toEqual(cells);

  // The goals table holds computed columns: refused with a reason, nothing changes.
  const after = await tableJson(page);
  const goals = await download(page, /目标表/);
  dlg = await chooseFile(page, goals.name, goals.bytes);
  await expect(dlg.locator('.import-status')).toContainText('目标表');
  await expect(dlg.getByRole('button', { name: '导入' })).toBeDisabled();
  await dlg.getByRole('button', { name: '取消' }).click();
  expect(await tableJson(page)).toBe(after);
});

test('“constructor” typed into 类型 is refused and the next edit is still saved', async ({
  page,
}) => {
  await openApp(page);
  await showView(page, 'data');
  const [obs] = await observations(page, '江津区', LIT);
  await typeIntoCell(page, 'data', obs!.id, 'kind', 'constructor');
  await expect(toast(page)).toContainText('类型');
  await typeIntoCell(page, 'data', obs!.id, 'qualifier', 'toString');
  expect((await observations(page, '江津区', LIT)).find((o) => o.id === obs!.id)?.kind).toBe(
    'actual',
  );
  await typeIntoCell(page, 'data', obs!.id, 'value', '35.5');
  await expect.poll(() => storedValue(page, '江津区', obs!.id), { intervals: [100] }).toBe(35.5);
});

test('a broken file is refused and leaves the data exactly as it was', async ({ page }) => {
  await openApp(page);
  const before = await tableJson(page);
  for (const [name, bytes, reason] of [
    ['garbage.csv', fx.binaryGarbage(), '不是文本'],
    ['empty.csv', fx.empty(), '空'],
    ['header.csv', fx.headerOnly(), '只有表头'],
  ] as const) {
    const dlg = await chooseFile(page, name, bytes);
    await expect(dlg.locator('.import-status')).toContainText(reason);
    await expect(dlg.getByRole('button', { name: '导入' })).toBeDisabled();
    await dlg.getByRole('button', { name: '取消' }).click();
  }
  // A file of bad rows: each listed with its reason; importing the rest changes only those.
  const dlg = await chooseFile(page, 'problems.csv', fx.problems());
  await expect(dlg.locator('.problems')).toContainText('第 2 行：跳过：数值：“很高”不是数字');
  await expect(dlg.locator('.problems')).toContainText('与第 5 行重复');
  await expect(dlg.locator('.unknowns')).toContainText('璧山区');
  await dlg.getByRole('button', { name: '取消' }).click();
  expect(await tableJson(page)).toBe(before);
});

test('HTML and formula payloads stay plain text everywhere', async ({ page }) => {
  const alerts: string[] = [];
  page.on('dialog', (d) => {
    alerts.push(d.message());
    void d.dismiss();
  });
  await openApp(page);
  const dlg = await chooseFile(page, 'payloads.csv', fx.payloads());
  await expect(dlg.locator('.preview')).toContainText(fx.XSS);
  await dlg.locator('.unknowns input').check();
  await dlg.getByRole('button', { name: '导入' }).click();
  await page
    .getByRole('dialog', { name: '导入结果' })
    .getByRole('button', { name: '关闭' })
    .click();
  await expect(page.locator('[data-pane="compare"] thead').first()).toContainText(fx.XSS);
  await workbook(page).select({
    district: '<img src=x onerror=alert(1)>',
    indicator: '居民健康素养水平',
    scope: '',
  });
  await showView(page, 'data');
  // Two frames: the data view has rendered whatever it was going to render.
  await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
  );
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(await page.locator('script:has-text("alert(1)")').count()).toBe(0);
  expect(alerts).toEqual([]);
  // Exported again, the formula text is neutralised.
  const d = page.waitForEvent('download');
  await page.getByText('导出 CSV').click();
  await page.getByRole('button', { name: /长表/ }).click();
  const text = readFileSync(await (await d).path(), 'utf8');
  expect(text).toContain(`"'=HYPERLINK(""http://x"",""点我"")"`);
  expect(text).toContain("'+SUM(A1:A2)");
  expect(text).toContain(',-1,');
});

test('100,000 rows import in a worker with a progress bar, without freezing the page', async ({
  page,
}) => {
  await openApp(page);
  const seedRows = await workbook(page).tableSize();
  // Count animation frames while the file is analysed: a frozen page would stop them.
  await page.evaluate(() => {
    const w = window as FrameCounter;
    w.__frames = 0;
    const tick = () => {
      w.__frames = (w.__frames ?? 0) + 1;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const tA = Date.now();
  const dlg = await chooseFile(page, 'big.csv', fx.bigLong(100_000));
  await expect(dlg.locator('progress')).toBeAttached();
  // Every indicator is new: nothing imports until they are added.
  await expect(dlg.locator('.import-status')).toContainText(
    '可导入 0 个数值（0 行）；100000 个数值属于未添加的新指标',
  );
  console.log(`100k analyse: ${Date.now() - tA} ms`);
  expect(await page.evaluate(() => (window as FrameCounter).__frames)).toBeGreaterThan(5);
  await dlg.getByLabel(/全部添加/).check();
  await expect(dlg.locator('.import-status')).toContainText('可导入 100000 个数值');
  const t0 = Date.now();
  await dlg.getByRole('button', { name: '导入' }).click();
  await expect(page.getByRole('dialog', { name: '导入结果' })).toContainText('新增 100000 行');
  console.log(`100k apply+persist+render: ${Date.now() - t0} ms`);
  expect(await workbook(page).tableSize()).toBe(seedRows + 100_000);
});
