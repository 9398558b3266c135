// Performance benchmark: builds the app into bench/.dist, serves it with `vite preview`, and
// measures it in Chromium through Playwright's library API. Prints a table and writes
// bench/results.json. `BENCH_SMOKE=1` runs tiny counts and only checks every figure is produced.
//
//   npm run bench          full run (≈ 12 min, of which the 2× and 4× cities ≈ 4)
//   npm run bench:smoke    tiny counts; exits non-zero when a figure is missing
//
// Env: CHROME_PATH (default: chromium on PATH, else /usr/bin/chromium), BENCH_PORT (4373),
// BENCH_KEEP=1 keeps bench/.dist and bench/.ssr afterwards, BENCH_STRICT=1 exits 1 on any FAIL,
// BENCH_SCALES=none skips the 2×/4× cities (counts: BENCH_SCALE_RELOADS, _EDITS, _IDB_EDITS).
//
// This file runs the scenarios in order; build.mjs builds, serves and sizes the app, probes.mjs
// holds the in-page probes, scenarios.mjs the page helpers, report.mjs the verdicts and table,
// sync.mjs the sharing figures (two replicas through scripts/couch-test-server.mjs; counts:
// BENCH_SYNC_EDITS, BENCH_SYNC_OFFLINE_EDITS).
/* global window */
import { rmSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/chromium.mjs';
import { bareColdStarts, bareEditSeries, bareImport, compareSize } from './bare.mjs';
import {
  buildApp,
  buildBare,
  bundleSizes,
  gitState,
  loadGenerator,
  startServer,
} from './build.mjs';
import {
  DIST,
  log,
  N,
  RESULTS,
  round,
  SEED_COL,
  SEED_NEEDLE,
  SEED_ROW,
  sleep,
  SMOKE,
  SSR,
  URL_,
} from './common.mjs';
import { coldProbe } from './probes.mjs';
import { judge, missingFigures, printTable } from './report.mjs';
import { missingSync, SYNC_N, syncRun } from './sync.mjs';
import { judgeScaling, missingScaling, SCALE_N, scaleRun, SCALES, SCALES_ON } from './scaling.mjs';
import {
  barePapaParse,
  cityCells,
  coldStarts,
  derivedCell,
  derivedEditSeries,
  editSeries,
  enterProfile,
  heapMB,
  idbSeries,
  importCsv,
  profiled,
  waitReady,
} from './scenarios.mjs';

// A built-in formula indicator (seeds/catalog.csv) whose population input the derived figure edits.
const DERIVED_FIGURE = '每千人口医疗卫生机构床位数';

// ---------------------------------------------------------------------------------------------
// Main

async function main() {
  const t0 = Date.now();
  const results = { meta: {}, figures: {}, details: {} };
  const fig = (key, value, unit, label) => (results.figures[key] = { value, unit, label });
  // The bare edit's p50 and p95, labelled with the grid size it ran in.
  const bareEditFigures = (key, series, size) => {
    for (const p of ['p50', 'p95'])
      fig(
        `${key}${p.toUpperCase()}`,
        series[p],
        'ms',
        `bare edit→chart, ${size.rows}×${size.cols} ${p}`,
      );
  };

  await buildApp();
  await buildBare();
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
    const contextOptions = { viewport: { width: 1366, height: 768 }, locale: 'zh-CN' };
    const context = await browser.newContext(contextOptions);
    // The bare floor runs in its own context: no app service worker, its own IndexedDB.
    const bareContext = await browser.newContext(contextOptions);

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
    const seedSize = await compareSize(page);
    log(`bare: ${N.edits} edits → chart in a ${seedSize.rows} × ${seedSize.cols} grid …`);
    const bareSeed = await bareEditSeries(bareContext, seedSize, N.edits);
    results.details.bareEditSeed = bareSeed;
    bareEditFigures('bareEditSeed', bareSeed, seedSize);

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
    log('bare: the same CSV → Papa.parse → Handsontable painted …');
    const bareImp = await bareImport(bareContext, csv, SMOKE ? 1 : 3);
    results.details.bareImport = bareImp;
    fig(
      'importBareRatio',
      round(imp.totalMs / bareImp.medianMs, 2),
      '×',
      'import / bare import (file → grid painted)',
    );
    fig(
      'bareImport',
      bareImp.medianMs,
      'ms',
      'bare import: file chosen → Papa.parse → grid painted',
    );
    const { probe, edit } = await cityCells(
      page,
      city.inputs.map((e) => e.indicator),
    );
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
    const citySize = await compareSize(page);
    log(
      `bare: cold starts reading ${rows} Dexie rows into a ${citySize.rows} × ${citySize.cols} grid …`,
    );
    const bareCold = await bareColdStarts(bareContext, citySize, rows, N.reloads);
    results.details.bareColdStartCity = bareCold;
    fig(
      'bareColdStartCity',
      bareCold.medianMs,
      'ms',
      `bare cold start, Dexie ${rows} rows → ${citySize.rows}×${citySize.cols} grid`,
    );
    log(`bare: ${N.edits} edits → chart in a ${citySize.rows} × ${citySize.cols} grid …`);
    const bareCity = await bareEditSeries(bareContext, citySize, N.edits);
    results.details.bareEditCity = bareCity;
    bareEditFigures('bareEditCity', bareCity, citySize);

    log(`city: ${N.edits} edits → chart (${edit.rowKey} × ${edit.colKey}) …`);
    const editCity = await editSeries(page, edit.rowKey, edit.colKey, N.edits);
    results.details.editChartCity = editCity;
    fig('editChartCityP50', editCity.p50, 'ms', 'edit→chart painted, city p50');
    fig('editChartCityP95', editCity.p95, 'ms', 'edit→chart painted, city p95');
    fig('editSyncCityP95', editCity.syncP95, 'ms', '… of which Enter→edit+charts done, p95');
    fig('editTaskCityP95', editCity.taskP95, 'ms', '… of which the Enter task itself, p95');
    fig(
      'editAppCityP95',
      editCity.app.own.p95,
      'ms',
      "… of which the app's own work (edit + urgent paint), p95",
    );
    fig(
      'editRestCityP95',
      editCity.app.rest.p95,
      'ms',
      'app work after the paint (idle), city p95',
    );
    fig('bareTaskCityP95', bareCity.taskP95, 'ms', 'bare Enter task, city p95');

    log(`city: ${N.idbEdits} edits → IndexedDB …`);
    const idbCity = await idbSeries(page, edit.rowKey, edit.colKey, N.idbEdits);
    results.details.idbEditCity = idbCity;
    fig('idbEditCityP95', idbCity.p95, 'ms', 'edit→IndexedDB, city p95');

    log(`city: ${N.edits} population edits → derived chart (${DERIVED_FIGURE}) …`);
    const derived = await derivedCell(page, DERIVED_FIGURE, '常住人口');
    const derivedCity = await derivedEditSeries(page, derived, N.edits);
    results.details.derivedEditCity = derivedCity;
    fig('derivedEditCityP50', derivedCity.p50, 'ms', 'derived edit→chart painted, city p50');
    fig('derivedEditCityP95', derivedCity.p95, 'ms', 'derived edit→chart painted, city p95');

    // The first edits compile the edit path and build the editor and caches once; what 1,000
    // edits keep is measured after them (both printed).
    log(`city: heap over ${N.heapWarmup} warm-up edits, then ${N.heapEdits} edits …`);
    await page.goto(URL_);
    await page.waitForFunction(() => window.__benchCold !== null, null, { timeout: 120_000 });
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const hLoad = await heapMB(page);
    await editSeries(page, edit.rowKey, edit.colKey, N.heapWarmup);
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const h0 = await heapMB(page);
    const heapRun = await editSeries(page, edit.rowKey, edit.colKey, N.heapEdits);
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const h1 = await heapMB(page);
    results.details.heap = {
      loadedMB: round(hLoad, 2),
      beforeMB: round(h0, 2),
      afterMB: round(h1, 2),
      warmupEdits: N.heapWarmup,
      edits: heapRun,
    };
    fig(
      'heapGrowth',
      round(h1 - h0, 2),
      'MB',
      `JS heap growth over ${N.heapEdits} edits, city (after the first ${N.heapWarmup})`,
    );
    fig(
      'heapFirstEdits',
      round(h0 - hLoad, 2),
      'MB',
      `… JS heap growth over the first ${N.heapWarmup} edits (once: compiled code, editor, caches)`,
    );

    // --- Profiles (where the time goes) --------------------------------------------------------
    log('profiling city cold start and edits …');
    const cdp = await context.newCDPSession(page);
    const coldProfile = await profiled(page, cdp, async () => {
      await page.goto(URL_, { waitUntil: 'commit' });
      await page.waitForFunction(() => window.__benchCold !== null, null, { timeout: 120_000 });
    });
    await page.evaluate(() => window.__app.flush());
    await sleep(300);
    const enterProfileCity = await enterProfile(
      page,
      cdp,
      edit.rowKey,
      edit.colKey,
      N.profileEdits,
    );
    results.details.profile = { coldStartCity: coldProfile, enterCity: enterProfileCity };
    // Closed first: an open tab of the same workbook would take each scaled import as well.
    await page.close();

    // --- Scaling: the city at 2× and 4× its size (bench/scaling.mjs) ----------------------------
    if (SCALES_ON) {
      const runs = {};
      const inputs = city.inputs.map((e) => e.indicator);
      for (const scale of SCALES) {
        try {
          // Its own context: the import starts, as at 1×, from an empty IndexedDB (no 1× city to
          // snapshot and replace first).
          const scaleContext = await browser.newContext(contextOptions);
          try {
            runs[scale.name] = await scaleRun(scaleContext, gen, scale, N.indicators, inputs);
          } finally {
            await scaleContext.close();
          }
        } catch (e) {
          // The 1× table still prints; the missing scale is named as missing figures.
          log(`${scale.name} failed: ${e instanceof Error ? e.message : e}`);
        }
      }
      results.details.scaling = { counts: SCALE_N, runs };
    }
    // --- Sharing: two replicas through the local test server (bench/sync.mjs) ---------------------
    try {
      const firstLoad = new Set(bundle.firstLoadFiles.map((f) => f.file));
      results.details.sync = await syncRun(browser, contextOptions, fig, firstLoad);
    } catch (e) {
      // The other figures still print; the missing ones are named.
      log(`sync failed: ${e instanceof Error ? e.message : e}`);
      results.details.sync = { error: String(e instanceof Error ? e.message : e), counts: SYNC_N };
    }
    await context.close();
    await bareContext.close();
  } finally {
    await browser.close().catch(() => undefined);
    server.child.kill('SIGTERM');
    await Promise.race([server.exited, sleep(3000)]);
    if (server.child.exitCode === null && server.child.signalCode === null)
      server.child.kill('SIGKILL');
  }

  // --- Verdicts, table, file -------------------------------------------------------------------
  judge(results);
  judgeScaling(results);
  results.meta.durationS = Math.round((Date.now() - t0) / 1000);
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  printTable(results);

  const missing = [...missingFigures(results), ...missingScaling(results), ...missingSync(results)];
  if (missing.length) {
    console.error(`missing figures: ${missing.join(', ')}`);
    return 1;
  }
  const failed = Object.values(results.figures).some(
    (f) => f.pass === false || f.bare?.pass === false,
  );
  return failed && process.env.BENCH_STRICT === '1' ? 1 : 0;
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
