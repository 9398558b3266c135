// A formula indicator's values in the compare grid: computed for every district from the seed's
// own inputs, the reason shown where an input is missing, read-only (and saying why), and
// traced to each input's report. The catalog gets its formula through 导入备份's real file chooser.
import { expect, test, type Page } from '@playwright/test';
import type { Backup } from '../src/model/backup';
import type { CatalogEntry, Observation } from '../src/model/types';
import {
  chartValue,
  compareCell,
  openApp,
  pasteIntoCell,
  selectCell,
  showView,
  toast,
  typeIntoCell,
  workbook,
} from './app';

const RATE = '每千人口托位数（测）';
const PLACES = '婴幼儿托位总数';
const CATEGORY = '妇幼与托育';

const rate: CatalogEntry = {
  indicator: RATE,
  nameEn: 'Childcare places per 1,000 people (computed)',
  unit: '个',
  direction: 'higher',
  min: 0,
  max: null,
  category: CATEGORY,
  formula: {
    ast: {
      k: 'op',
      op: '*',
      a: { k: 'op', op: '/', a: { k: 'ref', name: PLACES }, b: { k: 'ref', name: '人口' } },
      b: { k: 'num', v: 1000 },
    },
    earlierDenominator: false,
    definition: '每千名常住人口拥有的3岁以下婴幼儿托位数',
    standard: '',
  },
};

// 黔江区 has childcare places but no population in the seed: its value lacks the denominator.
const qianjiang: Observation = {
  id: 'e2e-qj-places',
  district: '黔江区',
  indicator: PLACES,
  unit: '个',
  year: 2023,
  kind: 'actual',
  value: 1200,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
};

// A target on a formula indicator is an ordinary stored target: editable.
const target: Observation = {
  ...qianjiang,
  id: 'e2e-jj-target',
  district: '江津区',
  indicator: RATE,
  year: 2025,
  kind: 'target',
  value: 4.5,
};

/** The compare grid's cell for RATE in one district column (江津区 is the 5th column). */
const cellOf = (page: Page, column: number) =>
  page
    .locator('[data-pane="compare"] .ht_master tr', { hasText: RATE })
    .first()
    .locator('td')
    .nth(column);

const storedRates = (page: Page) =>
  workbook(page).app((a, name) => {
    const rows = [...a.state().table.chunks.values()].flat();
    return rows.filter((o) => o.indicator === name).length;
  }, RATE);

test('a formula indicator is computed, shows why where it cannot be, is read-only and traced', async ({
  page,
}) => {
  await openApp(page);
  const wb = workbook(page);
  const { text } = await wb.exportBackup();
  const backup = JSON.parse(text) as Backup;
  backup.catalog.push(rate);
  backup.observations.push(qianjiang, target);
  await wb.importBackup('derived.json', JSON.stringify(backup));
  // 3748 places ÷ 150 万 people × 1000 = 2.5, computed and marked as such. (Waited for before
  // choosing the category: the restore also brings the backup's settings back.)
  await expect.poll(async () => (await compareCell(page, RATE, '江津区'))?.value).toBe(2.5);
  await wb.select({ category: CATEGORY });
  const jiangjin = cellOf(page, 4);
  await expect(jiangjin).toHaveText('2.5');
  await expect(jiangjin).toHaveClass(/cell-derived/);
  await expect(jiangjin).toHaveAttribute('title', /由公式计算/);
  await expect(cellOf(page, 5)).toHaveText('缺分母');
  await expect(cellOf(page, 5)).toHaveClass(/cell-derived-missing/);
  await expect(
    page.locator('[data-pane="compare"] .ht_clone_inline_start tr', { hasText: RATE }).first(),
  ).toContainText('公式');
  // In the chart 黔江区 is a gap, never a 0 bar.
  await wb.select({ indicator: RATE, scope: '' });
  await expect.poll(() => chartValue(page, 'across', '江津区')).toBe(2.5);
  expect(await chartValue(page, 'across', '黔江区')).toBeNull();

  // Typing or Delete changes nothing, and says why.
  const steps = await wb.undoDepth();
  await selectCell(page, 'compare', RATE, 'd:江津区');
  await page.keyboard.type('9');
  await page.keyboard.press('Enter');
  await expect(toast(page)).toContainText('由公式计算');
  expect(await wb.isEditing()).toBe(false);
  await selectCell(page, 'compare', RATE, 'd:江津区');
  await page.keyboard.press('Delete');
  await expect(toast(page)).toContainText('由公式计算');
  const said = () => wb.app((a) => a.state().message);
  const before = (await said())?.id;
  await pasteIntoCell(page, 'compare', RATE, 'd:黔江区', '7');
  await expect.poll(async () => (await said())?.id).not.toBe(before);
  expect(JSON.stringify((await said())?.msg)).toContain('computedValue');
  await expect(toast(page)).toContainText('由公式计算');
  expect((await compareCell(page, RATE, '江津区'))?.value).toBe(2.5);
  // Only the stored target: no actual value was stored.
  expect(await storedRates(page)).toBe(1);
  expect(await wb.undoDepth()).toBe(steps);
  await expect(jiangjin).toHaveText('2.5');

  // Clicking the cell traces it: formula, result and both inputs with their quotes.
  await jiangjin.click();
  const panel = page.locator('.source-panel');
  await expect(panel).toContainText('计算过程');
  await expect(panel.locator('.trace-formula')).toContainText(`${PLACES} ÷ 人口 × 1000`);
  await expect(panel.locator('.trace-result')).toContainText('2.5');
  const inputs = panel.locator('.trace-input');
  await expect(inputs).toHaveCount(2);
  await expect(inputs.filter({ hasText: PLACES }).locator('.source-quote')).toContainText(
    '总数 3748 个',
  );
  const population = inputs.filter({ hasText: '人口' }).filter({ hasNotText: PLACES });
  await expect(population.locator('.source-quote')).toContainText('江津150万名人民群众');
  await expect(population).toContainText('2023');

  // Each input's report opens at its passage.
  await population.getByRole('button', { name: '打开报告原文' }).click();
  const viewer = page.locator('dialog.report-viewer');
  await expect(viewer.locator('mark.report-passage')).toContainText('江津150万名人民群众');
  await viewer.getByRole('button', { name: '关闭' }).click();
  await expect(viewer).toHaveCount(0);

  // The 缺分母 cell's trace names what is missing.
  await cellOf(page, 5).click();
  await expect(panel.locator('.trace-result')).toContainText('缺分母');
  await expect(panel.locator('.trace-input').filter({ hasText: '人口' }).first()).toContainText(
    '无数值',
  );

  // 荣昌区 has neither input in any year: the grid says 缺分子, and so does its trace (not the
  // empty source card), with the formula, its 口径 and both inputs listed as missing.
  const rongchang = page
    .locator('[data-pane="compare"] .ht_master tr', { hasText: RATE })
    .first()
    .locator('td[title*="缺分子（"]');
  await expect(rongchang.first()).toHaveAttribute('title', new RegExp(`缺分子（${PLACES}）`));
  await expect(rongchang.first()).toHaveText('缺分子');
  await selectCell(page, 'compare', RATE, 'd:荣昌区');
  await expect(panel.locator('.trace-result')).toContainText('缺分子');
  await expect(panel.locator('.trace-result')).toContainText(`本区县没有“${PLACES}”的可用数值`);
  await expect(panel.locator('.trace-formula')).toContainText(`${PLACES} ÷ 人口 × 1000`);
  await expect(panel.locator('.trace-definition')).toContainText('3岁以下婴幼儿托位数');
  await expect(panel.locator('.trace-input')).toHaveCount(2);
  await expect(panel.locator('.trace-input').filter({ hasText: '无数值' })).toHaveCount(2);

  // And an input's cell is one click away.
  await jiangjin.click();
  await population.getByRole('button', { name: '定位到此单元格' }).click();
  await expect
    .poll(() => wb.app((a) => [a.state().ui.indicator, a.state().ui.district]))
    .toEqual(['人口', '江津区']);

  // 目标: the computed latest is marked and locked; the target is the planner's to edit.
  await showView(page, 'goals');
  const goalRow = `江津区|${RATE}||2025|`;
  await selectCell(page, 'goals', goalRow, 'baseline');
  await page.keyboard.type('2');
  await page.keyboard.press('Enter');
  await expect(toast(page)).toContainText('由公式计算');
  expect(await storedRates(page)).toBe(1);
  await typeIntoCell(page, 'goals', goalRow, 'target', '5');
  await expect
    .poll(async () => (await wb.goals()).find((g) => g.key === goalRow)?.target?.value)
    .toBe(5);
  const latest = (await wb.goals()).find((g) => g.key === goalRow)?.latest;
  expect(latest?.value).toBe(2.5);
  await expect(
    page.locator('[data-pane="goals"] .ht_master td.cell-derived', { hasText: '2.5' }),
  ).toHaveCount(1);
  await showView(page, 'compare');

  if (process.env.DERIVED_SHOT) {
    await wb.select({ category: CATEGORY });
    await jiangjin.click();
    await expect(panel.locator('.trace-input')).toHaveCount(2);
    await page.screenshot({ path: process.env.DERIVED_SHOT });
  }
});
