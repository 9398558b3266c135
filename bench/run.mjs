// Performance benchmark: builds the app into bench/.dist, serves it with `vite preview`, and
// measures it in Chromium through Playwright's library API. Prints a table and writes
// bench/results.json. `BENCH_SMOKE=1` runs tiny counts and only checks every figure is produced.
//
//   npm run bench          full run (≈ 5–10 min)
//   npm run bench:smoke    tiny counts; exits non-zero when a figure is missing
//
// Env: CHROME_PATH (default: chromium on PATH, else /usr/bin/chromium), BENCH_PORT (4373),
// BENCH_KEEP=1 keeps bench/.dist and bench/.ssr afterwards, BENCH_STRICT=1 exits 1 on any FAIL.
/* global window, document, requestAnimationFrame, indexedDB, MutationObserver, IDBObjectStore, Papa, gc */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { build } from 'vite';
import { bundleComposition, sourceMapper, summarizeProfile } from './profile.mjs';
import { chromiumPath } from '../scripts/chromium.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'bench/.dist');
const SSR = join(ROOT, 'bench/.ssr');
const RESULTS = join(ROOT, 'bench/results.json');
const PORT = Number(process.env.BENCH_PORT ?? 4373);
const URL_ = `http://127.0.0.1:${PORT}/`;
const SMOKE = process.env.BENCH_SMOKE === '1' || process.argv.includes('--smoke');

const N = SMOKE
  ? { reloads: 1, edits: 5, idbEdits: 5, heapEdits: 10, indicators: 30, profileEdits: 3 }
  : { reloads: 5, edits: 200, idbEdits: 100, heapEdits: 1000, indicators: 300, profileEdits: 30 };
// Optional overrides for quicker partial runs, e.g. BENCH_HEAP_EDITS=100.
for (const [key, env] of Object.entries({
  reloads: 'BENCH_RELOADS',
  edits: 'BENCH_EDITS',
  idbEdits: 'BENCH_IDB_EDITS',
  heapEdits: 'BENCH_HEAP_EDITS',
  indicators: 'BENCH_INDICATORS',
})) {
  const v = Number(process.env[env]);
  if (Number.isInteger(v) && v > 0) N[key] = v;
}

const SEED_ROW = '居民健康素养水平';
const SEED_COL = 'd:江津区';
const SEED_NEEDLE = '32.22'; // 江津区 居民健康素养水平 2023 in the seed, top-left of 对比

const TARGETS = {
  editChartCityP95: { max: 16, label: 'p95 edit→chart (city) ≤ 16 ms' },
  coldStartCity: { max: 1500, label: 'cold start (city) ≤ 1500 ms' },
  coldStartSeed: { max: 800, label: 'cold start (seed) ≤ 800 ms' },
  importTotal: { max: 3000, label: '100k import ≤ 3000 ms' },
  importRatio: { max: 2.5, label: 'import ≤ 2.5× bare Papa.parse' },
  heapGrowth: { max: 5, label: 'heap growth over 1,000 edits ≤ 5 MB' },
  firstLoadJs: { max: 300, label: 'first-load JS ≤ 300 kB gzip' },
};

const T0 = Date.now();
const log = (...a) => console.error(`[bench ${((Date.now() - T0) / 1000).toFixed(0)}s]`, ...a);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round = (v, d = 1) => (v === null || v === undefined ? null : Number(v.toFixed(d)));

function quantile(values, q) {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  const i = Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1));
  return s[i];
}
const median = (v) => quantile(v, 0.5);

/** The commit measured, and whether the working tree had local changes. */
function gitState() {
  try {
    const opt = { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] };
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], opt).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'index.html'], opt);
    return { head, dirty: dirty.trim() !== '' };
  } catch {
    return null;
  }
}

function run(cmd, args) {
  return new Promise((ok, fail) => {
    const p = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d) => (out += d));
    p.stderr.on('data', (d) => (out += d));
    p.on('error', fail);
    p.on('exit', (code) =>
      code === 0 ? ok(out) : fail(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${out}`)),
    );
  });
}

// ---------------------------------------------------------------------------------------------
// Build, generator, server

async function buildApp() {
  log('building into bench/.dist …');
  await run(join(ROOT, 'node_modules/.bin/vite'), [
    'build',
    '--outDir',
    'bench/.dist',
    '--emptyOutDir',
    '--manifest',
  ]);
}

/** Bundles src/model/synthetic.ts for node (no app config, no plugins) and imports it. */
async function loadGenerator() {
  await build({
    root: ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      ssr: 'src/model/synthetic.ts',
      outDir: SSR,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      target: 'node20',
    },
  });
  return import(pathToFileURL(join(SSR, 'synthetic.js')).href);
}

async function startServer() {
  const child = spawn(
    join(ROOT, 'node_modules/.bin/vite'),
    [
      'preview',
      '--outDir',
      'bench/.dist',
      '--host',
      '127.0.0.1',
      '--port',
      String(PORT),
      '--strictPort',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.on('exit', r));
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) throw new Error(`vite preview exited:\n${out}`);
    try {
      const res = await fetch(URL_);
      if (res.ok) return { child, exited };
    } catch {
      // not up yet
    }
    await sleep(100);
  }
  child.kill('SIGTERM');
  throw new Error(`vite preview did not answer on ${URL_}:\n${out}`);
}

// ---------------------------------------------------------------------------------------------
// Bundle sizes

function bundleSizes() {
  const gz = (rel) => gzipSync(readFileSync(join(DIST, rel)), { level: 9 }).length;
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const attr = (re) => [...html.matchAll(re)].map((m) => m[1].replace(/^\.?\//, ''));
  const manifestPath = join(DIST, '.vite/manifest.json');
  const manifest = existsSync(manifestPath) ? JSON.parse(readFileSync(manifestPath, 'utf8')) : {};
  const byFile = new Map(Object.entries(manifest).map(([k, v]) => [v.file, { key: k, ...v }]));

  const firstJs = new Set(attr(/<script[^>]+type="module"[^>]+src="([^"]+)"/g));
  for (const f of attr(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) firstJs.add(f);
  const firstCss = new Set(attr(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g));
  // Follow static imports (and their CSS) from the entry chunks.
  const queue = [...firstJs];
  while (queue.length) {
    const chunk = byFile.get(queue.pop());
    if (!chunk) continue;
    for (const c of chunk.css ?? []) firstCss.add(c);
    for (const imp of chunk.imports ?? []) {
      const f = manifest[imp]?.file;
      if (f && !firstJs.has(f)) {
        firstJs.add(f);
        queue.push(f);
      }
    }
  }
  // Lazy: dynamic imports (recursively) plus their static imports and assets (the worker).
  const lazy = new Map();
  const visit = (key) => {
    const c = manifest[key];
    if (!c) return;
    for (const f of [c.file, ...(c.css ?? []), ...(c.assets ?? [])]) {
      if (firstJs.has(f) || firstCss.has(f) || lazy.has(f) || !/\.(js|css)$/.test(f)) continue;
      lazy.set(f, gz(f));
    }
    for (const k of [...(c.imports ?? []), ...(c.dynamicImports ?? [])]) {
      const f = manifest[k]?.file;
      if (f && !firstJs.has(f) && !lazy.has(f)) visit(k);
    }
  };
  for (const c of Object.values(manifest)) for (const k of c.dynamicImports ?? []) visit(k);
  const sum = (files) => [...files].reduce((a, f) => a + gz(f), 0);
  const biggest = [...firstJs].sort((a, b) => gz(b) - gz(a))[0];
  return {
    composition: biggest ? bundleComposition(DIST, biggest) : null,
    firstLoadJsBytes: sum(firstJs),
    firstLoadCssBytes: sum(firstCss),
    firstLoadFiles: [...firstJs, ...firstCss].map((f) => ({ file: f, gzipBytes: gz(f) })),
    lazy: [...lazy].map(([file, gzipBytes]) => ({ file, gzipBytes })),
  };
}

// ---------------------------------------------------------------------------------------------
// In-page probes (these functions run in the browser)

/** Init script: timestamps the first frame painted with data (data-ready + needle in a cell). */
function coldProbe(needle) {
  window.__benchCold = null;
  const marks = { chunksGetAll: null, chunksLoaded: null };
  // Instrument only the read of the 'chunks' store, to split IndexedDB from rendering.
  const getAll = IDBObjectStore.prototype.getAll;
  IDBObjectStore.prototype.getAll = function (...args) {
    const req = getAll.apply(this, args);
    if (this.name === 'chunks' && marks.chunksGetAll === null) {
      marks.chunksGetAll = performance.now();
      req.addEventListener('success', () => (marks.chunksLoaded = performance.now()));
    }
    return req;
  };
  let done = false;
  const check = () => {
    if (!document.querySelector('#app[data-ready="true"]')) return false;
    for (const td of document.querySelectorAll('.ht_master td')) {
      if (td.textContent.includes(needle)) return true;
    }
    return false;
  };
  const mo = new MutationObserver(() => {
    if (done || !check()) return;
    done = true;
    mo.disconnect();
    const ready = performance.now();
    requestAnimationFrame(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const scripts = performance
        .getEntriesByType('resource')
        .filter((r) => /\.(js|css)(\?|$)/.test(r.name));
      window.__benchCold = {
        painted: performance.now(),
        ready,
        domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
        assetsLoaded: scripts.length ? Math.max(...scripts.map((r) => r.responseEnd)) : null,
        ...marks,
      };
    });
  });
  mo.observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-ready'],
  });
}

/** Arms a one-shot measurement on the next Enter keydown (capturing, before the grid sees it). */
function armEdit({ rowKey, district, value, idb, obsId }) {
  const app = window.__app;
  const cellValue = () => {
    const v = app.compare();
    const row = v.rows.find((r) => r.key === rowKey);
    return row?.cells[v.districts.indexOf(district)]?.value;
  };
  const chartsBefore = JSON.stringify(app.charts());
  window.__benchResult = new Promise((resolveResult, reject) => {
    const onKey = (e) => {
      if (e.key !== 'Enter') return;
      window.removeEventListener('keydown', onKey, true);
      const t0 = performance.now();
      const deadline = t0 + 10_000;
      if (idb) {
        // Poll the chunk straight from IndexedDB (not through the app) every 5 ms.
        const open = indexedDB.open('district-health-compare');
        open.onerror = () => reject(new Error(String(open.error)));
        open.onsuccess = () => {
          const db = open.result;
          const poll = () => {
            const get = db.transaction('chunks').objectStore('chunks').get(district);
            get.onsuccess = () => {
              const row = get.result?.rows.find((o) => o.id === obsId);
              if (row && row.value === value) {
                db.close();
                resolveResult({ idb: performance.now() - t0 });
              } else if (performance.now() > deadline) {
                db.close();
                reject(new Error(`IndexedDB never showed ${value} (has ${row?.value})`));
              } else setTimeout(poll, 5);
            };
            get.onerror = () => reject(new Error(String(get.error)));
          };
          poll();
        };
        return;
      }
      // The edit is applied and the charts rebuilt in the keydown task; check once it has run,
      // then wait two animation frames (the second runs after the first frame is painted).
      const poll = () => {
        const applied = cellValue() === value;
        const charted = JSON.stringify(app.charts()) !== chartsBefore;
        if (applied && charted) {
          const data = performance.now() - t0;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => resolveResult({ data, painted: performance.now() - t0 })),
          );
        } else if (performance.now() > deadline) {
          reject(new Error(`edit not seen: applied=${applied} charted=${charted}`));
        } else setTimeout(poll, 0);
      };
      setTimeout(poll, 0);
    };
    window.addEventListener('keydown', onKey, true);
  });
}

// ---------------------------------------------------------------------------------------------
// Page helpers

async function waitReady(page) {
  await page.waitForSelector('#app[data-ready="true"]', { state: 'attached', timeout: 60_000 });
}

/** A frame plus a task: lets the previous interaction's work finish before the next one. */
const settle = (page) =>
  page.evaluate(
    () =>
      new Promise((r) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 0))),
      ),
  );

async function coldStarts(page, needle, count) {
  const runs = [];
  for (let i = 0; i < count; i++) {
    await page.goto(URL_, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchCold !== null, null, { timeout: 120_000 });
    runs.push(await page.evaluate(() => window.__benchCold));
    await page.evaluate(() => window.__app.flush());
    await sleep(300);
  }
  const pick = (k) => round(median(runs.map((r) => r[k]).filter((v) => v !== null)));
  return {
    medianMs: pick('painted'),
    runsMs: runs.map((r) => round(r.painted)),
    breakdownMedianMs: {
      assetsLoaded: pick('assetsLoaded'),
      domContentLoaded: pick('domContentLoaded'),
      chunksGetAllStart: pick('chunksGetAll'),
      chunksLoaded: pick('chunksLoaded'),
      gridReady: pick('ready'),
      painted: pick('painted'),
    },
  };
}

/** The compare cell's value and observation id, as the grid shows it. */
const compareCell = (page, rowKey, district) =>
  page.evaluate(
    ([r, d]) => {
      const v = window.__app.compare();
      const row = v.rows.find((x) => x.key === r);
      const c = row?.cells[v.districts.indexOf(d)];
      return c ? { value: c.value, obsId: c.obsId } : null;
    },
    [rowKey, district],
  );

/** One typed edit (select, keystrokes, Enter), measured in the page from the Enter keydown. */
async function typedEdit(page, { rowKey, colKey, value, idb = false, obsId = null }) {
  const district = colKey.slice(2);
  await page.evaluate(([r, c]) => window.__app.selectCell('compare', r, c), [rowKey, colKey]);
  await page.waitForFunction(() => document.activeElement?.classList.contains('handsontableInput'));
  await settle(page);
  await page.evaluate(armEdit, { rowKey, district, value, idb, obsId });
  await page.keyboard.type(String(value));
  await page.keyboard.press('Enter');
  return page.evaluate(() => window.__benchResult);
}

/** Two values near the current one, alternated so every edit changes the cell. */
function alternating(v) {
  const base = typeof v === 'number' ? v : 10;
  const a = Number((base + 0.1).toFixed(2));
  const b = Number((base + 0.2).toFixed(2));
  return (i) => (i % 2 === 0 ? a : b);
}

async function editSeries(page, rowKey, colKey, count) {
  const start = await compareCell(page, rowKey, colKey.slice(2));
  if (!start?.obsId) throw new Error(`no value in ${rowKey} × ${colKey}`);
  const val = alternating(start.value);
  const data = [];
  const painted = [];
  for (let i = 0; i < count; i++) {
    const r = await typedEdit(page, { rowKey, colKey, value: val(i) });
    data.push(r.data);
    painted.push(r.painted);
  }
  const tenth = Math.max(1, Math.floor(count / 10));
  return {
    cell: { rowKey, colKey },
    n: count,
    firstTenthP50: round(median(painted.slice(0, tenth))),
    lastTenthP50: round(median(painted.slice(-tenth))),
    p50: round(median(painted)),
    p95: round(quantile(painted, 0.95)),
    max: round(Math.max(...painted)),
    syncP50: round(median(data)),
    syncP95: round(quantile(data, 0.95)),
  };
}

async function idbSeries(page, rowKey, colKey, count) {
  const start = await compareCell(page, rowKey, colKey.slice(2));
  if (!start?.obsId) throw new Error(`no value in ${rowKey} × ${colKey}`);
  const val = alternating(start.value);
  const times = [];
  for (let i = 0; i < count; i++) {
    const r = await typedEdit(page, {
      rowKey,
      colKey,
      value: val(i),
      idb: true,
      obsId: start.obsId,
    });
    times.push(r.idb);
  }
  return { n: count, p50: round(median(times)), p95: round(quantile(times, 0.95)) };
}

async function heapMB(page) {
  await page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 50));
    }
  });
  return page.evaluate(() => performance.memory.usedJSHeapSize / 1e6);
}

async function chooseFile(page, name, buffer) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '导入 CSV' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
  return page.getByRole('dialog', { name: '导入 CSV' });
}

/** Imports the CSV through the real file chooser in 替换 mode, timing the page's own events. */
async function importCsv(page, csv, rows) {
  await page.evaluate(() => {
    const t = (window.__benchImport = {});
    window.addEventListener(
      'change',
      (e) => e.target?.type === 'file' && t.change === undefined && (t.change = performance.now()),
      true,
    );
    window.addEventListener(
      'click',
      (e) => {
        const b = e.target?.closest?.('.import-dialog button.primary');
        if (b && t.click === undefined) t.click = performance.now();
      },
      true,
    );
    const mo = new MutationObserver(() => {
      if (t.analysed === undefined) {
        const s = document.querySelector('.import-dialog .import-status');
        if (s?.textContent.includes('可导入')) t.analysed = performance.now();
      }
      if (t.summary === undefined && document.querySelector('dialog[aria-label="导入结果"]')) {
        t.summary = performance.now();
        requestAnimationFrame(() => (t.painted = performance.now()));
        mo.disconnect();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  const dlg = await chooseFile(page, 'city.csv', Buffer.from(csv, 'utf8'));
  await dlg.locator('.import-status').filter({ hasText: '可导入' }).waitFor({ timeout: 180_000 });
  const status = await dlg.locator('.import-status').textContent();
  if (!status.includes(`可导入 ${rows} 个数值`)) throw new Error(`unexpected status: ${status}`);
  await dlg.getByLabel(/全部添加/).check();
  await dlg.getByLabel(/替换/).check();
  await dlg.getByRole('button', { name: '导入', exact: true }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await summary.waitFor({ timeout: 180_000 });
  await page.waitForFunction(() => window.__benchImport.painted !== undefined);
  const counts = await summary.locator('.summary-counts').textContent();
  if (!counts.includes(`新增 ${rows} 行`)) throw new Error(`unexpected summary: ${counts}`);
  await summary.getByRole('button', { name: '关闭' }).click();
  const t = await page.evaluate(() => window.__benchImport);
  const analyse = t.analysed - t.change;
  const apply = t.painted - t.click;
  return {
    rows,
    chars: csv.length,
    bytes: Buffer.byteLength(csv),
    analyseMs: round(analyse),
    applyMs: round(apply),
    totalMs: round(analyse + apply),
    summary: counts,
  };
}

async function barePapaParse(page, csv, runs) {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/papaparse/papaparse.min.js') });
  const times = [];
  for (let i = 0; i < runs; i++) {
    times.push(
      await page.evaluate((text) => {
        const t0 = performance.now();
        const res = Papa.parse(text, {
          delimiter: '',
          delimitersToGuess: [',', ';', '\t'],
          skipEmptyLines: 'greedy',
        });
        if (!res.data.length) throw new Error('Papa.parse returned nothing');
        return performance.now() - t0;
      }, csv),
    );
  }
  return { medianMs: round(median(times)), runsMs: times.map((t) => round(t)) };
}

/**
 * The probe cell (first numeric cell of the first compare row, as the grid formats it) and a
 * different cell to edit, so that edits never change the value the cold-start probe looks for.
 */
async function cityCells(page) {
  return page.evaluate(() => {
    const v = window.__app.compare();
    const found = [];
    for (const row of v.rows) {
      const i = row.cells.findIndex((c) => c.value !== null && c.obsId);
      if (i >= 0)
        found.push({ rowKey: row.key, colKey: `d:${v.districts[i]}`, value: row.cells[i].value });
      if (found.length === 2) break;
    }
    const [probe, edit] = found;
    if (!probe || !edit) throw new Error('no values in the first compare rows');
    const text =
      Math.abs(probe.value) >= 10000
        ? new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 6 }).format(probe.value)
        : String(probe.value);
    return { probe: { ...probe, needle: text }, edit };
  });
}

async function profiled(page, cdp, fn) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return summarizeProfile(profile, sourceMapper(DIST));
}

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const t0 = Date.now();
  const results = { meta: {}, figures: {}, details: {} };
  const fig = (key, value, unit, label) => (results.figures[key] = { value, unit, label });

  await buildApp();
  const gen = await loadGenerator();
  const bundle = bundleSizes();
  results.details.bundle = bundle;
  fig('firstLoadJs', round(bundle.firstLoadJsBytes / 1000), 'kB gz', 'first-load JS (gzip)');
  fig('firstLoadCss', round(bundle.firstLoadCssBytes / 1000), 'kB gz', 'first-load CSS (gzip)');
  fig(
    'lazyChunks',
    round(bundle.lazy.reduce((a, c) => a + c.gzipBytes, 0) / 1000),
    'kB gz',
    `lazy chunks total (${bundle.lazy.length})`,
  );

  log('generating the synthetic city …');
  const city = gen.syntheticCity({ indicators: N.indicators });
  const csv = gen.syntheticCsv(city);
  const rows = city.observations.length;
  log(`${rows} rows, ${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB CSV`);

  const executablePath = chromiumPath();
  const server = await startServer();
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--js-flags=--expose-gc',
      '--enable-precise-memory-info',
    ],
  });
  try {
    results.meta = {
      date: new Date().toISOString(),
      smoke: SMOKE,
      counts: N,
      node: process.version,
      chromium: browser.version(),
      executablePath,
      git: gitState(),
      syntheticRows: rows,
      syntheticIndicators: city.catalog.length,
      syntheticDistricts: new Set(city.observations.map((o) => o.district)).size,
      csvBytes: Buffer.byteLength(csv),
    };
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });

    // --- Seed scale ------------------------------------------------------------------------
    log('seed: first visit, then cold starts …');
    let page = await context.newPage();
    await page.addInitScript(coldProbe, SEED_NEEDLE);
    await page.goto(URL_);
    await waitReady(page);
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const coldSeed = await coldStarts(page, SEED_NEEDLE, N.reloads);
    results.details.coldStartSeed = coldSeed;
    fig('coldStartSeed', coldSeed.medianMs, 'ms', `cold start, seed (median of ${N.reloads})`);
    fig('heapAfterLoadSeed', round(await heapMB(page), 2), 'MB', 'JS heap after load, seed');

    log(`seed: ${N.edits} edits → chart …`);
    const editSeed = await editSeries(page, SEED_ROW, SEED_COL, N.edits);
    results.details.editChartSeed = editSeed;
    fig('editChartSeedP50', editSeed.p50, 'ms', 'edit→chart painted, seed p50');
    fig('editChartSeedP95', editSeed.p95, 'ms', 'edit→chart painted, seed p95');

    log(`seed: ${N.idbEdits} edits → IndexedDB …`);
    const idbSeed = await idbSeries(page, SEED_ROW, SEED_COL, N.idbEdits);
    results.details.idbEditSeed = idbSeed;
    fig('idbEditSeedP95', idbSeed.p95, 'ms', 'edit→IndexedDB, seed p95');

    // --- City-scale import -------------------------------------------------------------------
    log(`import: ${rows} rows through the file chooser …`);
    await page.goto(URL_);
    await waitReady(page);
    const imp = await importCsv(page, csv, rows);
    await page.evaluate(() => window.__app.flush());
    results.details.import = imp;
    const papa = await barePapaParse(page, csv, SMOKE ? 1 : 3);
    results.details.papaParse = papa;
    fig('importTotal', imp.totalMs, 'ms', `CSV import of ${rows} rows (analyse + apply)`);
    fig('importAnalyse', imp.analyseMs, 'ms', '… analyse: file chosen → preview ready');
    fig('importApply', imp.applyMs, 'ms', '… apply: 导入 → summary painted');
    fig('papaParse', papa.medianMs, 'ms', 'bare Papa.parse of the same text');
    fig('importRatio', round(imp.totalMs / papa.medianMs, 2), '×', 'import / bare Papa.parse');
    const { probe, edit } = await cityCells(page);
    results.details.cityCells = { probe, edit };
    await page.close();

    // --- City scale --------------------------------------------------------------------------
    log('city: cold starts …');
    page = await context.newPage();
    await page.addInitScript(coldProbe, probe.needle);
    await page.goto(URL_);
    await waitReady(page);
    const coldCity = await coldStarts(page, probe.needle, N.reloads);
    results.details.coldStartCity = coldCity;
    fig('coldStartCity', coldCity.medianMs, 'ms', `cold start, city (median of ${N.reloads})`);
    fig('heapAfterLoadCity', round(await heapMB(page), 2), 'MB', 'JS heap after load, city');

    log(`city: ${N.edits} edits → chart (${edit.rowKey} × ${edit.colKey}) …`);
    const editCity = await editSeries(page, edit.rowKey, edit.colKey, N.edits);
    results.details.editChartCity = editCity;
    fig('editChartCityP50', editCity.p50, 'ms', 'edit→chart painted, city p50');
    fig('editChartCityP95', editCity.p95, 'ms', 'edit→chart painted, city p95');
    fig('editSyncCityP95', editCity.syncP95, 'ms', '… of which Enter→edit+charts done, p95');

    log(`city: ${N.idbEdits} edits → IndexedDB …`);
    const idbCity = await idbSeries(page, edit.rowKey, edit.colKey, N.idbEdits);
    results.details.idbEditCity = idbCity;
    fig('idbEditCityP95', idbCity.p95, 'ms', 'edit→IndexedDB, city p95');

    log(`city: heap over ${N.heapEdits} edits …`);
    await page.goto(URL_);
    await page.waitForFunction(() => window.__benchCold !== null, null, { timeout: 120_000 });
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const h0 = await heapMB(page);
    const heapRun = await editSeries(page, edit.rowKey, edit.colKey, N.heapEdits);
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const h1 = await heapMB(page);
    results.details.heap = { beforeMB: round(h0, 2), afterMB: round(h1, 2), edits: heapRun };
    fig('heapGrowth', round(h1 - h0, 2), 'MB', `JS heap growth over ${N.heapEdits} edits, city`);

    // --- Profiles (where the time goes) --------------------------------------------------------
    log('profiling city cold start and edits …');
    const cdp = await context.newCDPSession(page);
    const coldProfile = await profiled(page, cdp, async () => {
      await page.goto(URL_, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__benchCold !== null, null, { timeout: 120_000 });
    });
    await page.evaluate(() => window.__app.flush());
    await sleep(300);
    const editProfile = await profiled(page, cdp, () =>
      editSeries(page, edit.rowKey, edit.colKey, N.profileEdits),
    );
    results.details.profile = { coldStartCity: coldProfile, editsCity: editProfile };
    await context.close();
  } finally {
    await browser.close().catch(() => undefined);
    server.child.kill('SIGTERM');
    await Promise.race([server.exited, sleep(3000)]);
    if (server.child.exitCode === null && server.child.signalCode === null)
      server.child.kill('SIGKILL');
  }

  // --- Verdicts, table, file -------------------------------------------------------------------
  for (const [key, t] of Object.entries(TARGETS)) {
    const f = results.figures[key];
    if (!f) continue;
    f.target = `≤ ${t.max}`;
    f.pass = typeof f.value === 'number' && f.value <= t.max;
  }
  results.meta.durationS = Math.round((Date.now() - t0) / 1000);
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  printTable(results);

  const missing = Object.entries(results.figures)
    .filter(([, f]) => typeof f.value !== 'number' || !Number.isFinite(f.value))
    .map(([k]) => k);
  const expected = [
    'coldStartSeed',
    'coldStartCity',
    'editChartSeedP50',
    'editChartSeedP95',
    'editChartCityP50',
    'editChartCityP95',
    'importTotal',
    'papaParse',
    'importRatio',
    'idbEditCityP95',
    'heapAfterLoadCity',
    'heapGrowth',
    'firstLoadJs',
    'firstLoadCss',
  ].filter((k) => !(k in results.figures));
  if (missing.length || expected.length) {
    console.error(`missing figures: ${[...missing, ...expected].join(', ')}`);
    return 1;
  }
  const failed = Object.values(results.figures).some((f) => f.pass === false);
  return failed && process.env.BENCH_STRICT === '1' ? 1 : 0;
}

function printTable(results) {
  const rows = Object.values(results.figures).map((f) => [
    f.label,
    f.value === null || f.value === undefined ? '—' : `${f.value} ${f.unit}`,
    f.target ? `${f.target} ${f.unit}` : '',
    f.pass === undefined ? '' : f.pass ? 'PASS' : 'FAIL',
  ]);
  const head = ['figure', 'value', 'target', ''];
  const width = (s) => [...s].reduce((w, c) => w + (/[\u2E80-\uFFEF]/.test(c) ? 2 : 1), 0);
  const pad = (s, n) => s + ' '.repeat(Math.max(0, n - width(s)));
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]))));
  const line = (r) => `| ${r.map((c, i) => pad(c, cols[i])).join(' | ')} |`;
  const m = results.meta;
  console.log(
    `\nbench ${m.smoke ? '(SMOKE) ' : ''}${m.date} · Chromium ${m.chromium} · ${m.syntheticRows} rows × ` +
      `${m.syntheticDistricts} districts × ${m.syntheticIndicators} indicators · ${m.durationS} s` +
      (m.git ? ` · ${m.git.head}${m.git.dirty ? ' + local changes' : ''}` : ''),
  );
  console.log(line(head));
  console.log(`|${cols.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  const lazy = results.details.bundle?.lazy ?? [];
  if (lazy.length) {
    console.log(
      `lazy chunks (gzip): ${lazy.map((c) => `${c.file.replace(/^assets\//, '')} ${(c.gzipBytes / 1000).toFixed(1)} kB`).join(', ')}`,
    );
  }
  const comp = results.details.bundle?.composition;
  if (comp) {
    console.log(
      `${comp.file} by source (share of ${(comp.minifiedChars / 1000).toFixed(0)} k minified chars): ` +
        comp.top.map((c) => `${c.what} ${c.share}%`).join(', '),
    );
  }
  const prof = results.details.profile;
  if (prof) {
    for (const [name, p] of Object.entries(prof)) {
      console.log(`\nprofile ${name}: ${p.totalMs} ms sampled; self time by source:`);
      for (const f of p.files.slice(0, 8))
        console.log(`  ${String(f.ms).padStart(8)} ms  ${f.what}`);
      console.log('  top functions (self):');
      for (const f of p.functions.slice(0, 8))
        console.log(`  ${String(f.ms).padStart(8)} ms  ${f.what}`);
      console.log('  app functions (inclusive):');
      for (const f of p.appInclusive.slice(0, 10))
        console.log(`  ${String(f.ms).padStart(8)} ms  ${f.what}`);
    }
  }
  console.log(`\nwritten: ${RESULTS.replace(ROOT + '/', '')}`);
}

let code = 1;
try {
  code = await main();
} catch (e) {
  console.error(e);
  code = 1;
} finally {
  if (process.env.BENCH_KEEP !== '1') {
    // Build output would otherwise be linted by `eslint .` (dot folders are not ignored).
    rmSync(DIST, { recursive: true, force: true });
    rmSync(SSR, { recursive: true, force: true });
  }
}
process.exit(code);
