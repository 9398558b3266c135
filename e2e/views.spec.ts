import { expect, test } from '@playwright/test';
import { openApp, showView, VIEWS } from './app';

// VIEWS (src/state/views.ts) is the one list: a view added there must show a table here too.
test('every tab shows its own table', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('tab')).toHaveCount(VIEWS.length);
  await expect(page.locator('[data-pane]')).toHaveCount(VIEWS.length);
  for (const view of VIEWS) {
    await showView(page, view);
    await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('data-view', view);
    const pane = page.locator(`[data-pane="${view}"]`);
    // A table with content: at least one data cell with text in it.
    await expect(pane.locator('table td').filter({ hasText: /\S/ }).first()).toBeVisible();
    // 新增行 belongs to 数据 only: on another tab it would add a row the planner cannot see.
    await expect(page.getByRole('button', { name: '新增行' })).toBeVisible({
      visible: view === 'data',
    });
    for (const other of VIEWS.filter((v) => v !== view))
      await expect(page.locator(`[data-pane="${other}"]`)).toBeHidden();
  }
  await showView(page, 'scorecard');
  await expect(page.locator('[data-pane="scorecard"] table.scorecard')).toContainText('江津区');
});
