// The bare floor's scenarios: the same typed edit, import and cold start as the app's figures,
// driven on bench/bare (Handsontable + Chart.js + PapaParse + Dexie, no app) in its own context.
/* global window, requestAnimationFrame */
import { median, quantile, round, sleep, URL_ } from './common.mjs';

const BARE = `${URL_}bare/`;

const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))),
      ),
  );

/** The app's compare grid size (rows × districts) on the page as it stands. */
export const compareSize = (page) =>
  page.evaluate(() => {
    const v = window.__app.compare();
    return { rows: v.rows.length, cols: v.districts.length };
  });

async function open(context, query = '') {
  const page = await context.newPage();
  await page.goto(BARE + query);
  await page.waitForFunction(() => window.__bare !== undefined);
  return page;
}

/** Typed edits (select, keystrokes, Enter) in a rows × cols grid → bar chart drawn. */
export async function bareEditSeries(context, { rows, cols }, count) {
  const page = await open(context);
  await page.evaluate(([r, c]) => window.__bare.editGrid(r, c), [rows, cols]);
  const row = Math.min(1, rows - 1);
  const col = Math.min(2, cols - 1);
  const data = [];
  const painted = [];
  const tasks = [];
  for (let i = 0; i < count; i++) {
    const value = i % 2 === 0 ? 10.1 : 10.2;
    await page.evaluate(([r, c]) => window.__bare.hot().selectCell(r, c), [row, col]);
    await settle(page);
    // A block, not an expression: evaluate would wait for the returned promise.
    await page.evaluate((v) => {
      window.__benchResult = window.__bare.armEdit(v);
    }, value);
    await page.keyboard.type(String(value));
    await page.keyboard.press('Enter');
    const r = await page.evaluate(() => window.__benchResult);
    data.push(r.data);
    painted.push(r.painted);
    tasks.push(r.task);
  }
  await page.close();
  return {
    grid: { rows, cols },
    n: count,
    p50: round(median(painted)),
    p95: round(quantile(painted, 0.95)),
    syncP50: round(median(data)),
    syncP95: round(quantile(data, 0.95)),
    taskP50: round(median(tasks)),
    taskP95: round(quantile(tasks, 0.95)),
  };
}

/** File chosen → Papa.parse → Handsontable loaded → painted, median of `runs`. */
export async function bareImport(context, csv, runs) {
  const page = await open(context);
  const out = [];
  for (let i = 0; i < runs; i++) {
    await page.evaluate(() => {
      window.__benchImport = window.__bare.armImport();
    });
    await page
      .locator('#file')
      .setInputFiles({ name: 'city.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    out.push(await page.evaluate(() => window.__benchImport));
    await settle(page);
  }
  await page.close();
  return {
    rows: out[0].rows,
    medianMs: round(median(out.map((r) => r.painted))),
    parseMedianMs: round(median(out.map((r) => r.parse))),
    runsMs: out.map((r) => round(r.painted)),
  };
}

/** First visit stores `stored` rows in Dexie, one record per district as the app does; each reload reads them all and paints the grid. */
export async function bareColdStarts(context, { rows, cols }, stored, count) {
  const page = await open(context);
  await page.evaluate(([n, d]) => window.__bare.seedDb(n, d), [stored, cols]);
  const runs = [];
  for (let i = 0; i < count; i++) {
    await page.goto(`${BARE}?cold=${rows},${cols}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchCold !== undefined, null, { timeout: 120_000 });
    const r = await page.evaluate(() => window.__benchCold);
    if (r.read !== stored) throw new Error(`bare cold start read ${r.read} of ${stored} rows`);
    runs.push(r.painted);
    await sleep(300);
  }
  await page.close();
  return {
    grid: { rows, cols },
    stored,
    medianMs: round(median(runs)),
    runsMs: runs.map((t) => round(t)),
  };
}
