// Meeting output at the edges: every slide fits the projector, exports carry their legend,
// units, years and source, printing never comes out blank or stale, and status is never colour alone.
import { expect, test, type Page } from '@playwright/test';
import { openApp, workbook } from './app';

const LIT = '居民健康素养水平';
const SYMBOLS = /[✓↗⚠✗?]/;
/** Every string drawn on a canvas, recorded in the page. */
type DrawnLog = Window & { __drawn?: string[] };

async function addSlide(page: Page, label: RegExp) {
  // The toolbar's menu, not the heading of a deck dialog still in the page while it closes.
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: label }).click();
  await expect(page.locator('.toast')).toContainText('已添加幻灯片');
}

/** One slide of every kind: across, progress, years, scorecard (and, with `map`, the city map). */
async function buildDeck(page: Page, map = false) {
  await workbook(page).select({
    indicator: LIT,
    scope: '',
    district: '荣昌区',
    goalSource: 'g-rongchang-2025',
  });
  await addSlide(page, /当前指标：各区对比/);
  await addSlide(page, /当前区县：目标进度/);
  await addSlide(page, /当前指标：历年变化/);
  await addSlide(page, /记分卡/);
  if (map) await addSlide(page, /当前指标：全市地图/);
}

async function openDeck(page: Page) {
  // The toolbar's menu, not the heading of a deck dialog still in the page while it closes.
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();
  return page.getByRole('dialog', { name: '幻灯片' });
}

/** Overflow and the smallest font on the slide shown. */
const slideFit = (page: Page) =>
  page.evaluate(() => {
    const slide = document.querySelector('.presenting .slide') as HTMLElement;
    // What the audience sees: the slide, cut to the screen.
    const own = slide.getBoundingClientRect();
    const box = {
      left: Math.max(own.left, 0),
      right: Math.min(own.right, window.innerWidth),
      bottom: Math.min(own.bottom, window.innerHeight),
    };
    const out: string[] = [];
    let minFont = Infinity;
    let maxSvgFont = 0;
    if (slide.scrollWidth > slide.clientWidth + 1) out.push(`scrollWidth ${slide.scrollWidth}`);
    if (slide.scrollHeight > slide.clientHeight + 1) out.push(`scrollHeight ${slide.scrollHeight}`);
    for (const e of slide.querySelectorAll<HTMLElement>('*')) {
      const r = e.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > box.right + 1 || r.bottom > box.bottom + 1 || r.left < box.left - 1)
        out.push(
          `${e.tagName}.${String(e.className)} ${Math.round(r.right)}×${Math.round(r.bottom)}`,
        );
      const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      // SVG text (the map) is drawn at its font size times the SVG's scale.
      const scale = e instanceof SVGTextElement ? (e.getScreenCTM()?.a ?? 1) : 1;
      if (own) minFont = Math.min(minFont, parseFloat(getComputedStyle(e).fontSize) * scale);
      if (own && e instanceof SVGTextElement)
        maxSvgFont = Math.max(maxSvgFont, parseFloat(getComputedStyle(e).fontSize) * scale);
    }
    return { overflow: out.slice(0, 5), minFont, maxSvgFont };
  });

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
]) {
  test(`every slide kind fits ${size.width}×${size.height} with legible text and status symbols`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await openApp(page);
    await buildDeck(page, true);
    const panel = await openDeck(page);
    await panel.getByRole('button', { name: '放映' }).first().click();
    const show = page.locator('.presenting');
    for (let i = 0; i < 5; i++) {
      await expect(show.locator('.present-counter')).toHaveText(`${i + 1} / 5`);
      const fit = await slideFit(page);
      expect(fit.overflow, `slide ${i + 1}`).toEqual([]);
      expect(fit.minFont, `slide ${i + 1}`).toBeGreaterThanOrEqual(size.width === 1366 ? 14 : 18);
      // The map's labels stay in proportion: the largest at most three times the smallest.
      if (fit.maxSvgFont)
        expect(fit.maxSvgFont, `slide ${i + 1}`).toBeLessThanOrEqual(fit.minFont * 3);
      await page.screenshot({
        path: `test-results/screenshots/slide-${i + 1}-${size.width}.png`,
      });
      if (i < 4) await page.keyboard.press('ArrowRight');
    }
    await expect(show.locator('.slide-map svg')).toBeVisible();
    // The scorecard slide: all 13 columns of 荣昌区 2025 目标, each within the screen.
    await page.keyboard.press('ArrowLeft');
    await expect(show.locator('.present-counter')).toHaveText('4 / 5');
    const rights = await show
      .locator('table.scorecard thead th')
      .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().right));
    expect(rights.length).toBe(14);
    const screen = await show.evaluate((e) => e.getBoundingClientRect().right);
    for (const right of rights) expect(right).toBeLessThanOrEqual(screen + 1);
    // Every column shown, each cell with a status symbol and a year.
    const cells = show.locator('table.scorecard td');
    expect(await cells.count()).toBeGreaterThan(0);
    for (const text of await cells.allTextContents()) expect(text).toMatch(SYMBOLS);
    await expect(show.locator('.sc-legend')).toContainText('✓');
  });
}

test('PNG and handout pages carry legend, units, years and source', async ({ page }) => {
  await openApp(page);
  await buildDeck(page);
  // Record every string drawn on a canvas (Chart.js draws its legend and axes with fillText).
  await page.evaluate(() => {
    const seen: string[] = ((window as DrawnLog).__drawn = []);
    const proto = CanvasRenderingContext2D.prototype;
    const orig = Object.getOwnPropertyDescriptor(proto, 'fillText')?.value as (
      this: CanvasRenderingContext2D,
      text: string,
      x: number,
      y: number,
    ) => void;
    proto.fillText = function (text: string, x: number, y: number) {
      seen.push(String(text));
      orig.call(this, text, x, y);
    };
  });
  const panel = await openDeck(page);
  const drawnFor = async (n: number) => {
    await page.evaluate(() => ((window as DrawnLog).__drawn ?? []).splice(0).length);
    const download = page.waitForEvent('download');
    await panel.locator('.deck-item').nth(n).getByRole('button', { name: '导出 PNG' }).click();
    await download;
    return page.evaluate(() => ((window as DrawnLog).__drawn ?? []).join('\n'));
  };
  const across = await drawnFor(0);
  expect(across).toContain('来源');
  expect(across).toMatch(/%/); // unit
  expect(across).toMatch(/20\d\d/); // years
  expect(across).toMatch(/✓|↗|✗|⚠|\?/); // legend entries carry symbols
  const card = await drawnFor(3);
  for (const word of ['已达成', '滞后', '缺数据', '来源']) expect(card).toContain(word);
  expect(card).toMatch(/✓/);
  expect(card).toMatch(/%/);
  expect(card).toMatch(/2025/); // target year
  expect(card).toMatch(/2022|2023|2024/); // data years
});

test('Ctrl+P prints the screen or the current deck, never blank, never stale', async ({ page }) => {
  await openApp(page);
  const printed = () =>
    page.evaluate(() => {
      const app = document.querySelector('#app') as HTMLElement;
      const deck = document.querySelector<HTMLElement>('.print-deck');
      return {
        app: getComputedStyle(app).display !== 'none' && app.getBoundingClientRect().height > 100,
        deck: deck ? getComputedStyle(deck).display !== 'none' : false,
      };
    });
  // Nothing chosen: the app itself prints.
  await page.emulateMedia({ media: 'print' });
  expect(await printed()).toEqual({ app: true, deck: false });
  await page.emulateMedia({ media: 'screen' });

  // The handout prints the deck; once printed (afterprint) a later Ctrl+P prints the app again.
  await buildDeck(page);
  const panel = await openDeck(page);
  await page.evaluate(() => (window.print = () => undefined));
  await panel.getByRole('button', { name: '打印 / 存为 PDF' }).click();
  await expect(page.locator('.print-deck .print-slide img')).toHaveCount(4);
  await page.emulateMedia({ media: 'print' });
  expect(await printed()).toEqual({ app: false, deck: true });
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  expect(await printed()).toEqual({ app: true, deck: false });
  await page.emulateMedia({ media: 'screen' });

  // While presenting, Ctrl+P prints the slide on screen, without the control bar.
  await page.keyboard.press('Escape');
  // The deck panel has closed before the toolbar's 幻灯片 menu is used again.
  await expect(panel).toBeHidden();
  const again = await openDeck(page);
  await again.getByRole('button', { name: '放映' }).first().click();
  await expect(page.locator('.presenting')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  const shown = await page.evaluate(() => ({
    slide: (document.querySelector('.presenting .slide') as HTMLElement).getBoundingClientRect()
      .height,
    bar: getComputedStyle(document.querySelector('.present-bar') as Element).display,
  }));
  expect(shown.slide).toBeGreaterThan(100);
  expect(shown.bar).toBe('none');
});

test('status has a symbol as well as a colour in the goals grid and the charts legend', async ({
  page,
}) => {
  await openApp(page);
  await workbook(page).select({ district: '荣昌区', goalSource: 'g-rongchang-2025' });
  await page.getByRole('tab', { name: '目标' }).click();
  await expect(page.locator('[data-pane="goals"] .ht_master tbody')).toContainText(
    /✓ 已达成|✗ 滞后/,
  );
  const legend = await workbook(page).app((a) => a.charts().flatMap((c) => c.legend));
  // Status entries (not the target marker or the district lines) carry their symbol.
  const statuses = legend.filter((l) => /已达成|进度正常|滞后|缺数据|无目标/.test(l));
  expect(statuses.length).toBeGreaterThan(0);
  for (const l of statuses) expect(l).toMatch(/^[✓↗⚠✗?–] /);
});
