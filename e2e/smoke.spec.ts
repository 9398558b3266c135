import { expect, test } from '@playwright/test';

test('shows the app title', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('区县卫生健康指标对比表');
  await expect(page.locator('h1')).toHaveText('区县卫生健康指标对比表');
});
