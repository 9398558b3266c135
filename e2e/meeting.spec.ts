import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openApp, workbook } from './app';
import { Presenter } from './pages/presenter';
import { pngCounts } from './pngCounts';

const LIT = '居民健康素养水平';

async function addSlide(page: Page, label: RegExp) {
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: label }).click();
  await expect(page.locator('.toast')).toContainText('已添加幻灯片');
}

/** 居民健康素养水平 across districts, 荣昌 progress against its 2025 set, and the scorecard. */
async function buildDeck(page: Page) {
  await workbook(page).select({ indicator: LIT, scope: '', district: '江津区' });
  await addSlide(page, /当前指标：各区对比/);
  await workbook(page).select({ district: '荣昌区', goalSource: 'g-rongchang-2025' });
  await addSlide(page, /当前区县：目标进度/);
  await addSlide(page, /记分卡/);
}

const deckTitles = (page: Page) =>
  page
    .locator('.deck-item input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));

test('a three-slide deck: built from the views, kept, presented and navigated by keys', async ({
  page,
}) => {
  await openApp(page);
  await buildDeck(page);
  await page.reload();
  await openApp(page);
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();
  const panel = page.getByRole('dialog', { name: '幻灯片' });
  await expect
    .poll(() => deckTitles(page))
    .toEqual(['居民健康素养水平：五区对比', '荣昌区 2025 目标进度', '记分卡 · 荣昌区 2025 目标']);
  // Rename and reorder.
  await panel.getByLabel('标题 3').fill('五区记分卡');
  await panel.getByLabel('标题 3').dispatchEvent('change');
  await panel.locator('.deck-item').nth(2).getByRole('button', { name: '上移' }).click();
  await expect
    .poll(() => deckTitles(page))
    .toEqual(['居民健康素养水平：五区对比', '五区记分卡', '荣昌区 2025 目标进度']);

  await panel.getByRole('button', { name: '放映' }).first().click();
  const show = page.locator('.presenting');
  await expect(show).toBeVisible();
  await expect(show.locator('.present-counter')).toHaveText('1 / 3');
  await expect(show.locator('.slide-title')).toHaveText('居民健康素养水平：五区对比');
  await expect(show.locator('.slide-source')).toContainText('来源');
  await expect(show.locator('.slide-notice')).toContainText('年份不同');
  await page.keyboard.press('ArrowRight');
  await expect(show.locator('.present-counter')).toHaveText('2 / 3');
  await expect(show.locator('table.scorecard')).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(show.locator('.present-counter')).toHaveText('3 / 3');
  await page.keyboard.press(' ');
  await expect(show.locator('.present-counter')).toHaveText('3 / 3');
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(show.locator('.present-counter')).toHaveText('1 / 3');
  // Keys typed into an input are not slide commands.
  await show.getByLabel('跳至').fill('3');
  await page.keyboard.press('ArrowLeft');
  await expect(show.locator('.present-counter')).toHaveText('1 / 3');
  await page.keyboard.press('Enter');
  await expect(show.locator('.present-counter')).toHaveText('3 / 3');
  await page.keyboard.press('Escape');
  await expect(show).toHaveCount(0);
});

test('slides show live data and a 1920×1080 slide uses large, legible type', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page);
  await buildDeck(page);
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();
  await page
    .getByRole('dialog', { name: '幻灯片' })
    .getByRole('button', { name: '放映' })
    .first()
    .click();
  const chartValue = async () => {
    const d = await new Presenter(page).chart();
    return d?.datasets[0]?.data[d.labels.indexOf('江津区')];
  };
  expect(await chartValue()).toBe(32.22);
  const id = await workbook(page).app(
    (a, i) => a.compare().rows.find((r) => r.key === i)?.cells[0]?.obsId ?? '',
    LIT,
  );
  await workbook(page).editValue(id, '34');
  await expect.poll(chartValue).toBe(34);
  const sizes = await page.evaluate(() => ({
    body: parseFloat(getComputedStyle(document.querySelector('.slide-source') as Element).fontSize),
    title: parseFloat(getComputedStyle(document.querySelector('.slide-title') as Element).fontSize),
  }));
  expect(sizes.body).toBeGreaterThanOrEqual(24);
  expect(sizes.title).toBeGreaterThan(sizes.body);
  await page.screenshot({ path: 'test-results/screenshots/slide-across-1920.png' });
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: 'test-results/screenshots/slide-progress-1920.png' });
  await page.keyboard.press('ArrowRight');
  await page.screenshot({ path: 'test-results/screenshots/slide-scorecard-1920.png' });
});

test('a slide exports as a 1600×900 PNG with no transparent pixels', async ({ page }) => {
  await openApp(page);
  await buildDeck(page);
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();
  for (const n of [0, 2]) {
    const download = page.waitForEvent('download');
    await page.locator('.deck-item').nth(n).getByRole('button', { name: '导出 PNG' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^区县卫生指标_.+_\d{4}-\d{2}-\d{2}\.png$/);
    const bytes = readFileSync(await file.path());
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1600, 900]);
    const check = await pngCounts(page, bytes);
    expect(check.transparent).toBe(0);
    expect(check.dark).toBeGreaterThan(1000); // title, axes and source line were drawn
  }
});

test('English switch: labels, names and numbers in English, persisted, and ?lang=en', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await expect(page.getByRole('tab', { name: 'Compare' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Goals' })).toBeVisible();
  await expect(page.locator('[data-pane="compare"] thead').first()).toContainText('Jiangjin');
  await expect(page.locator('[data-pane="compare"] .ht_master').first()).toContainText(
    'Resident health literacy',
  );
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The switch persists the choice.
  await page.getByRole('button', { name: '中文' }).click();
  await openApp(page);
  await expect(page.getByRole('tab', { name: '对比' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await openApp(page);
  await page.goto('/');
  await openApp(page);
  await expect(page.getByRole('tab', { name: 'Compare' })).toBeVisible();
  await expect(page.locator('[data-pane="compare"] .ht_master').first()).toContainText(
    'Life expectancy',
  );
  await expect(page.getByRole('tab', { name: 'Scorecard' })).toBeVisible();
});

test('print emulation shows the deck, one slide per A4 landscape page', async ({ page }) => {
  await openApp(page);
  await buildDeck(page);
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();
  await page.evaluate(() => (window.print = () => undefined));
  await page.getByRole('button', { name: '打印 / 存为 PDF' }).click();
  await expect(page.locator('.print-deck .print-slide img')).toHaveCount(3);
  await page.keyboard.press('Escape');
  await page.emulateMedia({ media: 'print' });
  const layout = await page.evaluate(() => {
    const slides = [...document.querySelectorAll('.print-deck .print-slide')] as HTMLElement[];
    const app = document.querySelector('#app') as HTMLElement;
    return {
      appHidden: getComputedStyle(app).display === 'none',
      breaks: slides.map((s) => getComputedStyle(s).breakAfter),
      tops: slides.map((s) => Math.round(s.getBoundingClientRect().top)),
      heights: slides.map((s) => Math.round(s.getBoundingClientRect().height)),
      imgs: slides.map((s) => (s.querySelector('img') as HTMLImageElement).naturalWidth),
    };
  });
  expect(layout.appHidden).toBe(true);
  expect(layout.breaks).toEqual(['page', 'page', 'auto']);
  expect(layout.imgs).toEqual([1600, 1600, 1600]);
  expect(layout.tops[1]! - layout.tops[0]!).toBeGreaterThanOrEqual(layout.heights[0]!);
});
