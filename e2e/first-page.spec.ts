import { expect, test } from '@playwright/test';
import { openApp } from './app';

test('the built app opens on the seed dataset in a Handsontable grid', async ({ page }) => {
  await openApp(page);
  await expect(page).toHaveTitle('区县卫生健康指标对比表');
  const grid = page.locator('[data-pane="compare"] .ht_master');
  const row = grid.locator('tr', { hasText: '居民健康素养水平' }).first();
  await expect(row).toContainText('32.22');
  await expect(row).toContainText('28.96');
  await expect(page.locator('[data-pane="compare"] .ht_master thead')).toContainText('江津区');
});
