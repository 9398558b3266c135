// 地图: the tile map at seed and city scale, an edit repainting a tile's colour and its rank in
// one frame, breaks and the legend, keyboard selection, PNG export of the tab and of a map slide.
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { syntheticCsv } from '../src/model/synthetic';
import { openApp, showView, typeIntoCell, workbook } from './app';
import { pngCounts } from './pngCounts';

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const pane = (page: Page) => page.locator('[data-pane="map"]');
const tiles = (page: Page) => pane(page).locator('svg.tile-map g.tile');

/** The synthetic city (38 real districts and 试点1区, which has no tile) through the import dialog. */
const importCity = (page: Page) =>
  workbook(page).importCsv('city.csv', syntheticCsv({ indicators: 6, years: 3, districts: 39 }), {
    replace: true,
  });

/** Selects the first indicator every district has a value of; returns its row key. */
async function fullIndicator(page: Page): Promise<string> {
  const row = await workbook(page).app((a) => {
    const r = a.compare().rows.find((x) => x.cells.every((c) => c.value !== null));
    if (!r) throw new Error('no indicator with every district');
    a.select({ indicator: r.indicator, scope: r.scope });
    return r.key;
  });
  return row;
}

async function pngOf(download: Promise<import('@playwright/test').Download>) {
  const file = await download;
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
  return { name: file.suggestedFilename(), bytes };
}

/** Pixels of the tiles' scale colours (blue-green or purple, not grey) in a PNG. */
const colouredPixels = async (page: Page, bytes: Buffer) => {
  const c = await pngCounts(page, bytes);
  return { n: c.bluish, w: c.w, h: c.h };
};

test('seed scale: the five seed districts coloured, the other 33 tiles shown as no data', async ({
  page,
}) => {
  await openApp(page);
  // The seed indicator with the most districts; a value typed into the grid for the rest.
  const best = await workbook(page).app((a) => {
    const v = a.compare();
    const count = (r: (typeof v.rows)[number]) => r.cells.filter((c) => c.value !== null).length;
    const r = [...v.rows].sort((x, y) => count(y) - count(x))[0];
    if (!r) throw new Error('no rows');
    const first = r.cells.find((c) => c.value !== null)?.value ?? 1;
    return {
      key: r.key,
      value: String(first),
      missing: v.districts.filter((_, i) => r.cells[i]?.value === null),
    };
  });
  for (const d of best.missing) await typeIntoCell(page, 'compare', best.key, `d:${d}`, best.value);
  await showView(page, 'map');
  await expect(pane(page)).toHaveAttribute('data-mounted', 'true');
  await fullIndicator(page);
  await expect(tiles(page)).toHaveCount(38);
  await expect(tiles(page).and(page.locator(':not([data-fill="none"])'))).toHaveCount(5);
  await expect(tiles(page).and(page.locator('[data-fill="none"]'))).toHaveCount(33);
  for (const d of ['江津区', '黔江区', '大足区', '荣昌区', '九龙坡区'])
    await expect(tiles(page).and(page.locator(`[data-district="${d}"]`))).not.toHaveAttribute(
      'data-fill',
      'none',
    );
  // The legend counts the 33 tiles without data as no data, never as a colour of the scale.
  await expect(pane(page).locator('.map-legend')).toContainText('无数据（33个）');
  await expect(pane(page).locator('table.map-ranking tbody tr')).toHaveCount(5);
});

test('city scale: 38 labelled tiles, an edit changes a tile colour and its rank in the same frame', async ({
  page,
}) => {
  await openApp(page);
  await importCity(page);
  await showView(page, 'map');
  await expect(pane(page)).toHaveAttribute('data-mounted', 'true');
  const key = await fullIndicator(page);
  await expect(tiles(page)).toHaveCount(38);
  // Every tile labelled: its short name, a value and its rank among all 39 districts.
  await expect(tiles(page).and(page.locator('[data-fill="none"]'))).toHaveCount(0);
  for (const g of await tiles(page).all()) {
    const texts = await g.locator('text').allTextContents();
    expect(texts[0]).toMatch(/\S/);
    expect(texts[1]).toMatch(/\d/);
    expect(texts[2]).toMatch(/^第\d+\/39$/);
  }
  await expect(pane(page).locator('table.map-ranking tbody tr')).toHaveCount(39);
  // 试点1区 has no tile: listed under the map with its value, not dropped.
  await expect(pane(page).locator('.map-offmap')).toBeVisible();
  await expect(pane(page).locator('.map-offmap li')).toHaveText(/^试点1区：.*\d/);

  // The district with the smallest value takes the largest: it changes class and rank.
  const edit = await workbook(page).app((a, k) => {
    const view = a.compare();
    const row = view.rows.find((r) => r.key === k);
    if (!row) throw new Error('row');
    const vals = row.cells.slice(0, 38).map((c) => c.value as number);
    const i = vals.indexOf(Math.min(...vals));
    return {
      id: row.cells[i]?.obsId ?? '',
      district: view.districts[i] ?? '',
      raw: String(Math.max(...vals)),
    };
  }, key);
  const seen = await page.evaluate(
    ({ id, district, raw }) =>
      new Promise<{ fill: string[]; rank: string[]; row: string[] }>((resolve) => {
        const g = () =>
          document.querySelector(`[data-pane="map"] g.tile[data-district="${district}"]`);
        const tr = () =>
          document.querySelector(`[data-pane="map"] tr[data-district="${district}"] td`);
        const fill = [g()?.getAttribute('data-fill') ?? ''];
        const rank = [g()?.querySelectorAll('text')[2]?.textContent ?? ''];
        const row = [tr()?.textContent ?? ''];
        (
          window as unknown as { __app: { editValue(id: string, raw: string): void } }
        ).__app.editValue(id, raw);
        // Read in the next frame's callback, before it paints: both must have changed by then.
        requestAnimationFrame(() => {
          fill.push(g()?.getAttribute('data-fill') ?? '');
          rank.push(g()?.querySelectorAll('text')[2]?.textContent ?? '');
          row.push(tr()?.textContent ?? '');
          resolve({ fill, rank, row });
        });
      }),
    edit,
  );
  expect(seen.fill[1]).not.toBe(seen.fill[0]);
  expect(seen.rank[1]).not.toBe(seen.rank[0]);
  expect(seen.row[1]).not.toBe(seen.row[0]);
  expect(seen.rank[1]).toBe(`第${seen.row[1]}/39`);

  // Switching breaks changes the legend.
  const legend = pane(page).locator('.map-legend');
  await expect(legend).toContainText('分位数分级');
  const quantiles = await legend.textContent();
  await pane(page).getByLabel('着色').selectOption('equal');
  await expect(legend).toContainText('等距分级');
  expect(await legend.textContent()).not.toBe(quantiles);
  await pane(page).getByLabel('着色').selectOption('status');
  await expect(legend).toContainText('目标状态');
  await expect(legend).toContainText('已达成');

  // A tile is selected by keyboard: focus, arrow to the neighbour, Enter.
  await tiles(page).and(page.locator('[data-district="渝中区"]')).focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect.poll(() => workbook(page).app((a) => a.state().ui.district)).toBe('南岸区');
  await expect(pane(page).locator('tr.selected')).toHaveAttribute('data-district', '南岸区');
  // And by a click.
  await tiles(page).and(page.locator('[data-district="万州区"]')).click();
  await expect.poll(() => workbook(page).app((a) => a.state().ui.district)).toBe('万州区');
});

test('the map exports as PNG, and a map slide exports as PNG through the download', async ({
  page,
}) => {
  await openApp(page);
  await importCity(page);
  await showView(page, 'map');
  await fullIndicator(page);
  await expect(tiles(page).and(page.locator('[data-fill="none"]'))).toHaveCount(0);

  // The tab's own 导出 PNG: the map drawn with its colours, 1600 × 900.
  const tabPng = page.waitForEvent('download');
  await pane(page).getByRole('button', { name: '导出 PNG' }).click();
  const tab = await pngOf(tabPng);
  expect(tab.name).toMatch(/^区县卫生指标地图_.+_\d{4}-\d{2}-\d{2}\.png$/);
  const tabPixels = await colouredPixels(page, tab.bytes);
  expect([tabPixels.w, tabPixels.h]).toEqual([1600, 900]);
  expect(tabPixels.n).toBeGreaterThan(20000);

  // A map slide of the same indicator: added from the menu, exported from the deck panel.
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: /当前指标：全市地图/ }).click();
  await expect(page.locator('.toast')).toContainText('已添加幻灯片');
  await expect
    .poll(() => workbook(page).app((a) => a.state().deck.map((x) => x.kind)))
    .toEqual(['map']);
  await page.locator('#app summary', { hasText: '幻灯片' }).click();
  await page.getByRole('button', { name: '幻灯片…' }).click();
  const slidePng = page.waitForEvent('download');
  await page.locator('.deck-item').first().getByRole('button', { name: '导出 PNG' }).click();
  const slide = await pngOf(slidePng);
  expect(slide.name).toMatch(/^区县卫生指标_.+全市区县一览_\d{4}-\d{2}-\d{2}\.png$/);
  expect([slide.bytes.readUInt32BE(16), slide.bytes.readUInt32BE(20)]).toEqual([1600, 900]);
  expect((await colouredPixels(page, slide.bytes)).n).toBeGreaterThan(20000);
});

test('the 指标 list names the map’s indicator even without values; years offered have data of the kind', async ({
  page,
}) => {
  await openApp(page);
  await showView(page, 'map');
  await expect(pane(page)).toHaveAttribute('data-mounted', 'true');
  // A built-in formula indicator with no value in the seed (每千人口…), chosen as Ctrl+K would.
  const empty = await workbook(page).app((a) => {
    const s = a.state();
    const shown = new Set(a.compare().rows.map((r) => r.indicator));
    const e = [...s.catalog.values()].find((x) => 'formula' in x && !shown.has(x.indicator));
    if (!e) throw new Error('no indicator without values');
    a.select({ indicator: e.indicator, scope: '' });
    return e.indicator;
  });
  const picker = pane(page).getByLabel('指标');
  await expect(picker.locator('option:checked')).toHaveText(new RegExp(`^${empty}`));
  const legend = pane(page).locator('.map-legend');
  await expect(legend).toContainText('无数据');
  await expect(legend).not.toContainText('0 级');

  // 实际值: only years with actual data; a target-only year stays listed only while chosen.
  const years = await workbook(page).app((a) => {
    const rows = [...a.state().table.chunks.values()].flat();
    const actual = new Set(rows.filter((o) => o.kind === 'actual').map((o) => o.year));
    const targetOnly = [...new Set(rows.map((o) => o.year))].filter((y) => !actual.has(y));
    return { actual: [...actual], targetOnly };
  });
  expect(years.targetOnly.length).toBeGreaterThan(0);
  await workbook(page).app((a) => a.select({ kind: 'actual', year: 'latest' }));
  const yearBox = pane(page).getByLabel('年份');
  for (const y of years.targetOnly)
    await expect(yearBox.locator(`option[value="${y}"]`)).toHaveCount(0);
  for (const y of years.actual)
    await expect(yearBox.locator(`option[value="${y}"]`)).toHaveCount(1);
  const chosen = years.targetOnly[0] as number;
  await workbook(page).app((a, y) => a.select({ year: y }), chosen);
  await expect(yearBox.locator('option:checked')).toHaveText(/无数据/);
});

test('the map is one Tab stop: arrows move between tiles, Enter selects any district, with or without data', async ({
  page,
}) => {
  await openApp(page);
  await showView(page, 'map');
  await expect(pane(page)).toHaveAttribute('data-mounted', 'true');
  await expect(tiles(page)).toHaveCount(38);
  await expect(tiles(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await expect(tiles(page).and(page.locator('[tabindex="-1"]'))).toHaveCount(37);
  // 渝中 has no data in the seed; arrows reach it and Enter selects it.
  await tiles(page).and(page.locator('[tabindex="0"]')).focus();
  const yuzhong = tiles(page).and(page.locator('[data-code="500103"]'));
  await yuzhong.focus();
  await expect(yuzhong).toHaveAttribute('tabindex', '0');
  await expect(tiles(page).and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect.poll(() => workbook(page).app((a) => a.state().ui.district)).toBe('渝中区');
  await page.keyboard.press('ArrowRight');
  await expect(tiles(page).and(page.locator('[data-code="500108"]'))).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => workbook(page).app((a) => a.state().ui.district)).toBe('南岸区');
  // Tab leaves the map at once: not 38 stops.
  await page.keyboard.press('Tab');
  await expect(pane(page).locator('g.tile:focus')).toHaveCount(0);
});

test('English map: one name size for every tile, a Latin font first, plain wording', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await showView(page, 'map');
  await expect(pane(page)).toHaveAttribute('data-mounted', 'true');
  const svg = pane(page).locator('svg.tile-map');
  expect(await svg.getAttribute('font-family')).not.toMatch(/^'?(Microsoft YaHei|PingFang)/);
  const names = await tiles(page).evaluateAll((gs) =>
    gs.map((g) => {
      const t = g.querySelectorAll('text')[0] as SVGTextElement;
      return { size: t.getAttribute('font-size'), squeezed: t.hasAttribute('textLength') };
    }),
  );
  expect(new Set(names.map((n) => n.size)).size).toBe(1);
  expect(names.filter((n) => n.squeezed)).toEqual([]);
  await pane(page).getByLabel('Colour').selectOption('status');
  const legend = pane(page).locator('.map-legend');
  await expect(legend).toContainText("Goal status (each district's own targets)");
});
