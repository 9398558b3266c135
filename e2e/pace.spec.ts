// Pace projection at seed scale: 荣昌区 区域内就诊率 (88.6 in 2020, 93.4 in 2022 — the 2022
// "≥95" of another sentence loses to the exact figure, as for 最新值), target ≥95 in 2025.
// slope (93.4 − 88.6) / 2 = 2.4 a year; 95 reached at 2022 + 1.6 / 2.4 = 2022.67 → 2023;
// 2025: 93.4 + 3 × 2.4 = 100.6, above the 100 % range → shown as 100 (上限).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { chart, openApp, showView, typeIntoCell, workbook } from './app';
import { Presenter } from './pages/presenter';
import { pngCounts } from './pngCounts';

const RATE = '区域内就诊率';
const KEY = `荣昌区|${RATE}||2025|`;

/** The text of one 目标 grid cell, as drawn (selected, so scrolled into view, first). */
async function goalCell(page: Page, col: string): Promise<string> {
  await workbook(page).app((a, c) => a.selectCell('goals', c.key, c.col), { key: KEY, col });
  return (
    (await page.locator('[data-pane="goals"] .ht_master td.current').first().textContent()) ?? ''
  );
}

/** The projection dataset of the 历年变化 chart: value per year label. */
async function projection(page: Page, name: string): Promise<Record<string, number | null>> {
  const c = await chart(page, 'years');
  const d = c?.datasets.find((x) => x.label === name);
  return Object.fromEntries((c?.labels ?? []).map((l, i) => [l, d?.data[i] ?? null]));
}

test('荣昌 区域内就诊率: projected year in the 目标 view; an actual edited changes column and chart', async ({
  page,
}) => {
  await openApp(page);
  await workbook(page).select({ indicator: RATE, scope: '', district: '荣昌区' });
  await showView(page, 'goals');
  await expect(page.locator('[data-pane="goals"]')).toContainText('按当前速度');
  expect(await goalCell(page, 'paceYear')).toBe('2023');
  expect(await goalCell(page, 'paceStatus')).toBe('↗ 可达成');
  expect(await goalCell(page, 'paceProjected')).toBe('100（上限）');
  expect(await goalCell(page, 'paceSlope')).toBe('2.42020–2022，2点');
  await expect
    .poll(() => projection(page, '荣昌区 按当前速度推算'))
    .toMatchObject({ '2022': 93.4, '2023': 95.8, '2024': 98.2, '2025': 100 });
  const marked = await projection(page, '荣昌区 目标');
  expect(marked['2025']).toBe(95);

  // 2020's 88.6 → 92.8: slope (93.4 − 92.8) / 2 = 0.3; 2022 + 1.6 / 0.3 = 2027.33 → 2028 > 2025;
  // 2025: 93.4 + 3 × 0.3 = 94.3.
  await typeIntoCell(page, 'goals', KEY, 'baseline', '92.8');
  await expect.poll(() => goalCell(page, 'paceYear')).toBe('2028');
  expect(await goalCell(page, 'paceStatus')).toBe('✗ 无法达成');
  expect(await goalCell(page, 'paceProjected')).toBe('94.3');
  await expect
    .poll(() => projection(page, '荣昌区 按当前速度推算'))
    .toMatchObject({ '2022': 93.4, '2023': 93.7, '2024': 94, '2025': 94.3 });
});

test('a years slide shows the projection, and its PNG has the marked target', async ({ page }) => {
  await openApp(page);
  await workbook(page).select({ indicator: RATE, scope: '', district: '荣昌区' });
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: /当前指标：历年变化/ }).click();
  await expect(page.locator('.toast')).toContainText('已添加幻灯片');
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();

  const download = page.waitForEvent('download');
  await page.locator('.deck-item').first().getByRole('button', { name: '导出 PNG' }).click();
  const bytes = readFileSync(await (await download).path());
  mkdirSync('test-results/screenshots', { recursive: true });
  writeFileSync('test-results/screenshots/slide-years-pace.png', bytes);
  // The target (◆) is filled in the goal colour #4a148c, used nowhere else on this chart.
  const purple = (await pngCounts(page, bytes, [0x4a, 0x14, 0x8c])).near;
  expect(purple).toBeGreaterThan(20);

  await page.getByRole('dialog').getByRole('button', { name: '放映' }).first().click();
  await expect(page.locator('.presenting')).toBeVisible();
  await expect
    .poll(async () => (await new Presenter(page).chart())?.datasets.map((d) => d.label))
    .toEqual(expect.arrayContaining(['荣昌区 按当前速度推算', '荣昌区 目标']));
  await page.screenshot({ path: 'test-results/screenshots/slide-years-pace-1920.png' });
});

test('English: the pace columns and status in English', async ({ page }) => {
  await openApp(page, '/?lang=en');
  await workbook(page).select({ indicator: RATE, scope: '', district: '荣昌区' });
  await showView(page, 'goals');
  await expect(page.locator('[data-pane="goals"]')).toContainText('At current pace');
  expect(await goalCell(page, 'paceStatus')).toBe('↗ Reachable');
  expect(await goalCell(page, 'paceYear')).toBe('2023');
  expect(await goalCell(page, 'paceProjected')).toBe('100 (cap)');
  await expect(page.locator('[data-pane="goals"]')).toContainText('Reached in');
  const labels = (await chart(page, 'years'))?.datasets.map((d) => d.label) ?? [];
  expect(labels.some((l) => / at current pace$/.test(l))).toBe(true);
  expect(labels.filter((l) => /\p{Script=Han}/u.test(l))).toEqual([]);
});
