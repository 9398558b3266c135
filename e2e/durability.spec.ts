import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { compareCell, openApp, typeIntoCell, workbook } from './app';

const LIT = '居民健康素养水平';
const LIFE = '人均预期寿命';
const JJ = 'd:江津区';

test('two tabs see each other’s edits; different cells both survive; the same cell ends equal', async ({
  context,
}) => {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  await typeIntoCell(a, 'compare', LIT, JJ, '41');
  await expect
    .poll(async () => (await compareCell(b, LIT, '江津区'))?.value, { intervals: [100] })
    .toBe(41);
  await typeIntoCell(b, 'compare', LIFE, JJ, '81.5');
  await expect
    .poll(async () => (await compareCell(a, LIFE, '江津区'))?.value, { intervals: [100] })
    .toBe(81.5);
  expect((await compareCell(a, LIT, '江津区'))?.value).toBe(41);
  // Same cell: the later write wins in both tabs.
  await typeIntoCell(a, 'compare', LIT, JJ, '42');
  await typeIntoCell(b, 'compare', LIT, JJ, '43');
  for (const p of [a, b]) {
    await expect.poll(async () => (await compareCell(p, LIT, '江津区'))?.value).toBe(43);
  }
  await a.reload();
  await openApp(a);
  expect([
    (await compareCell(a, LIT, '江津区'))?.value,
    (await compareCell(a, LIFE, '江津区'))?.value,
  ]).toEqual([43, 81.5]);
});

test('a change can be reverted from the history panel, and history survives a reload', async ({
  page,
}) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, JJ, '35');
  await typeIntoCell(page, 'compare', LIFE, JJ, '81');
  // Both edits made (a reload straight after Enter is interrupt.spec.ts's experiment).
  await expect
    .poll(async () => [
      (await compareCell(page, LIT, '江津区'))?.value,
      (await compareCell(page, LIFE, '江津区'))?.value,
    ])
    .toEqual([35, 81]);
  await page.reload();
  await openApp(page);
  await workbook(page).openMore('修改历史');
  const panel = page.getByRole('dialog', { name: '修改历史' });
  const item = panel.locator('li', { hasText: `江津区 · ${LIT} · 2023 实际：32.22 → 35` }).last();
  await expect(item).toBeVisible();
  await expect(panel.locator('.history-item').first()).toContainText('编辑');
  await item.getByRole('button', { name: '撤回此修改' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
  expect((await compareCell(page, LIFE, '江津区'))?.value).toBe(81);
  await expect(panel.locator('.history-item').first()).toContainText('撤回');
});

test('a snapshot can be restored, and the replaced state is snapshotted first', async ({
  page,
}) => {
  await openApp(page);
  await workbook(page).openMore('快照');
  let panel = page.getByRole('dialog', { name: '快照' });
  await panel.getByLabel('快照名称').fill('会前版本');
  await panel.getByRole('button', { name: '保存当前为快照' }).click();
  await expect(panel.locator('.snapshot-item', { hasText: '会前版本' })).toContainText('手动');
  await panel.getByRole('button', { name: '关闭' }).click();
  await typeIntoCell(page, 'compare', LIT, JJ, '50');
  panel = await workbook(page).restoreSnapshot('会前版本');
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
  await expect(panel.locator('.snapshot-item', { hasText: '恢复“会前版本”之前' })).toContainText(
    '自动',
  );
});

test('a backup round-trips data, goal sets, history and settings', async ({ page }) => {
  await openApp(page);
  await typeIntoCell(page, 'compare', LIT, JJ, '37');
  await page.getByRole('tab', { name: '目标' }).click();
  await page.getByRole('button', { name: '新建目标集' }).click();
  await page.locator('dialog input').fill('备份测试目标');
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  const file = await workbook(page).exportBackup();
  expect(file.name).toMatch(/^区县卫生指标_备份_\d{4}-\d{2}-\d{2}\.json$/);
  const { text, backup: json } = file;
  expect([json.format, json.version]).toEqual(['district-health-backup', 3]);
  expect(json.history.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: '恢复初始数据' }).click();
  await page.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);

  await workbook(page).importBackup(file.name, text);
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(37);
  const state = await workbook(page).app((a) => {
    const s = a.state();
    return { goalSets: s.goalSets.map((g) => g.name), view: s.ui.view };
  });
  expect(state.goalSets).toContain('备份测试目标');
  expect(state.view).toBe('goals');

  // A broken backup changes nothing.
  await workbook(page).chooseBackup('bad.json', '{"format":"x"}');
  await expect(page.locator('.toast')).toContainText('不是本应用导出的备份文件');
  expect((await compareCell(page, LIT, '江津区'))?.value).toBe(37);
});

test('without IndexedDB, export still works', async ({ page }) => {
  await page.addInitScript(() =>
    Object.defineProperty(window, 'indexedDB', { get: () => undefined }),
  );
  await openApp(page);
  await expect(page.locator('.banner')).toContainText('数据不会被保留');
  await typeIntoCell(page, 'compare', LIT, JJ, '39');
  const download = page.waitForEvent('download');
  await page.getByText('导出 CSV').click();
  await page.getByRole('button', { name: /长表/ }).click();
  expect(readFileSync(await (await download).path(), 'utf8')).toContain(
    '居民健康素养水平,%,2023,实际,39',
  );
  const { backup } = await workbook(page).exportBackup();
  expect(backup.history[0]?.source).toBe('edit');
});
