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

test('when the app says it is ready, the grid already shows the loaded data', async ({ page }) => {
  // Seen at the very moment data-ready is set, before any later frame could paint the grid:
  // tests and tools select cells as soon as it is set.
  await page.addInitScript(() => {
    new MutationObserver((_m, obs) => {
      const root = document.getElementById('app');
      if (root?.dataset.ready !== 'true') return;
      obs.disconnect();
      const grid = document.querySelector('[data-pane="compare"] .ht_master');
      (window as unknown as { gridAtReady: string }).gridAtReady = grid?.textContent ?? '';
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  for (let i = 0; i < 3; i++) {
    await openApp(page);
    const atReady = await page.evaluate(
      () => (window as unknown as { gridAtReady: string }).gridAtReady,
    );
    expect(atReady).toContain('居民健康素养水平');
    expect(atReady).toContain('32.22');
  }
});
