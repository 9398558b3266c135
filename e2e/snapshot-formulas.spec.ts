// A snapshot holds the planner's formula indicators: restoring it brings back their formulas as
// saved (an edit since is taken back, one added since is gone), counted in the message.
import { expect, test, type Page } from '@playwright/test';
import { openApp, toast, workbook } from './app';

async function openEditor(page: Page) {
  await workbook(page).openMore('公式指标…');
  const dlg = page.getByRole('dialog', { name: '公式指标' });
  await expect(dlg).toBeVisible();
  return dlg;
}

/** Fills the dialog's form (new, or the one being edited) and saves it. */
async function saveFormula(page: Page, name: string, text: string) {
  const dlg = page.getByRole('dialog', { name: '公式指标' });
  await dlg.getByLabel('指标名称').fill(name);
  await dlg.getByLabel('单位').fill('张');
  const formula = dlg.getByLabel('公式', { exact: true });
  await formula.fill(text);
  await formula.press('Enter');
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(dlg.locator('.formula-list')).toContainText(name);
}

const formulaOf = (page: Page, name: string) =>
  workbook(page).app(
    (a, n) => JSON.stringify(a.state().catalog.get(n)?.formula?.ast ?? null),
    name,
  );

test('restoring a snapshot brings back the formula indicators it holds', async ({ page }) => {
  await openApp(page);
  await openEditor(page);
  await saveFormula(page, 'CA', '床位数 × 2');
  let dlg = page.getByRole('dialog', { name: '公式指标' });
  await dlg.getByRole('button', { name: '关闭' }).click();
  const saved = await formulaOf(page, 'CA');

  await workbook(page).openMore('快照');
  let panel = page.getByRole('dialog', { name: '快照' });
  await panel.getByLabel('快照名称').fill('公式之前');
  await panel.getByRole('button', { name: '保存当前为快照' }).click();
  await expect(panel.locator('.snapshot-item', { hasText: '公式之前' })).toContainText('手动');
  await panel.getByRole('button', { name: '关闭' }).click();

  dlg = await openEditor(page);
  await dlg.getByRole('button', { name: '编辑 CA' }).click();
  await saveFormula(page, 'CA', '床位数 × 7');
  await dlg.getByRole('button', { name: '＋ 新建公式指标' }).click();
  await saveFormula(page, 'SNAPX', '床位数 × 3');
  await dlg.getByRole('button', { name: '关闭' }).click();
  expect(await formulaOf(page, 'CA')).not.toBe(saved);

  panel = await workbook(page).restoreSnapshot('公式之前');
  await expect.poll(() => formulaOf(page, 'CA')).toBe(saved);
  expect(await formulaOf(page, 'SNAPX')).toBe('null');
  await expect(toast(page)).toContainText('2 个公式指标有变化');
});
