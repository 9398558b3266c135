import { expect, test } from '@playwright/test';
import { openApp, showView, VIEWS } from './app';

test('every tab shows its own table', async ({ page }) => {
  await openApp(page);
  await expect(page.getByRole('tab')).toHaveCount(VIEWS.length);
  for (const view of VIEWS) {
    await showView(page, view);
    await expect(page.getByRole('tab', { selected: true })).toHaveAttribute('data-view', view);
    const pane = page.locator(`[data-pane="${view}"]`);
    await expect(pane.locator('table').first()).toBeVisible();
    for (const other of VIEWS.filter((v) => v !== view))
      await expect(page.locator(`[data-pane="${other}"]`)).toBeHidden();
  }
  await showView(page, 'scorecard');
  await expect(page.locator('[data-pane="scorecard"] table.scorecard')).toContainText('江津区');
});
