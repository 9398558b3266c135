// Page helpers of the bench: cold starts, typed edits, the CSV import and profiles, driven
// through Playwright.
/* global window, document, requestAnimationFrame, MutationObserver, Papa, gc */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mergeSummaries, sourceMapper, summarizeProfile } from './profile.mjs';
import { armEdit, measureDerivedEdit } from './probes.mjs';
import { DIST, median, quantile, ROOT, round, sleep, URL_ } from './common.mjs';

export async function waitReady(page) {
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

export async function coldStarts(page, needle, count) {
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
async function typedEdit(page, { rowKey, colKey, value, idb = false, obsId = null, cdp = null }) {
  const district = colKey.slice(2);
  await page.evaluate(([r, c]) => window.__app.selectCell('compare', r, c), [rowKey, colKey]);
  await page.waitForFunction(() => document.activeElement?.classList.contains('handsontableInput'));
  await settle(page);
  await page.evaluate(armEdit, { rowKey, district, value, idb, obsId });
  await page.keyboard.type(String(value));
  if (cdp) await cdp.send('Profiler.start');
  await page.keyboard.press('Enter');
  const result = await page.evaluate(() => window.__benchResult);
  if (cdp) result.profile = (await cdp.send('Profiler.stop')).profile;
  return result;
}

/**
 * CPU profile of `count` typed edits from the Enter key to the painted chart only (the typing
 * before it is not profiled), summed over the edits.
 */
export async function enterProfile(page, cdp, rowKey, colKey, count) {
  const start = await compareCell(page, rowKey, colKey.slice(2));
  const val = alternating(start?.value);
  const mapper = sourceMapper(DIST);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const list = [];
  for (let i = 0; i < count; i++) {
    const r = await typedEdit(page, { rowKey, colKey, value: val(i), cdp });
    list.push(summarizeProfile(r.profile, mapper, 1000));
  }
  await cdp.send('Profiler.disable');
  return mergeSummaries(list);
}

/** Two values near the current one, alternated so every edit changes the cell. */
function alternating(v) {
  const base = typeof v === 'number' ? v : 10;
  const a = Number((base + 0.1).toFixed(2));
  const b = Number((base + 0.2).toFixed(2));
  return (i) => (i % 2 === 0 ? a : b);
}

export async function editSeries(page, rowKey, colKey, count) {
  const start = await compareCell(page, rowKey, colKey.slice(2));
  if (!start?.obsId) throw new Error(`no value in ${rowKey} × ${colKey}`);
  const val = alternating(start.value);
  const data = [];
  const painted = [];
  const tasks = [];
  const parts = { edit: [], urgent: [], rest: [] };
  // A part first seen at edit i was 0 in the edits before it.
  const add = (k) => (parts[k] ??= Array(data.length - 1).fill(0));
  for (let i = 0; i < count; i++) {
    const r = await typedEdit(page, { rowKey, colKey, value: val(i) });
    data.push(r.data);
    painted.push(r.painted);
    tasks.push(r.task);
    for (const k of Object.keys(r.app ?? {})) add(k);
    for (const k of Object.keys(parts)) parts[k].push(r.app?.[k] ?? 0);
  }
  // The app's own work in the Enter task, edit by edit: the store update and the urgent paint.
  parts.own = parts.edit.map((v, i) => v + (parts.urgent[i] ?? 0));
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
    taskP50: round(median(tasks)),
    taskP95: round(quantile(tasks, 0.95)),
    // The app's own work per edit (User Timing), p50 / p95 in ms.
    app: Object.fromEntries(
      Object.entries(parts).map(([k, v]) => [
        k,
        { p50: round(median(v), 2), p95: round(quantile(v, 0.95), 2) },
      ]),
    ),
  };
}

export async function idbSeries(page, rowKey, colKey, count) {
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

export async function heapMB(page) {
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
  // Playwright takes at most 50 MB as a buffer: a larger file (the 4× city) goes by its path.
  // The page reads a chosen file from disk only when it opens it: removed when the bench exits.
  let path = null;
  if (buffer.length > 40e6) {
    const dir = mkdtempSync(join(tmpdir(), 'bench-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    path = join(dir, name);
    writeFileSync(path, buffer);
  }
  await (await chooser).setFiles(path ?? { name, mimeType: 'text/csv', buffer });
  return page.getByRole('dialog', { name: '导入 CSV' });
}

/** Imports the CSV through the real file chooser in 替换 mode, timing the page's own events. */
export async function importCsv(page, csv, rows, timeout = 180_000) {
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
  await dlg.locator('.import-status').filter({ hasText: '可导入' }).waitFor({ timeout });
  // The count follows the add boxes: the city's indicators are new until 全部添加 is ticked.
  await dlg.getByLabel(/全部添加/).check();
  const status = await dlg.locator('.import-status').textContent();
  if (!status.includes(`可导入 ${rows} 个数值`)) throw new Error(`unexpected status: ${status}`);
  await dlg.getByLabel(/替换/).check();
  await dlg.getByRole('button', { name: '导入', exact: true }).click();
  const summary = page.getByRole('dialog', { name: '导入结果' });
  await summary.waitFor({ timeout });
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

export async function barePapaParse(page, csv, runs) {
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
 * Both are stored values of a synthetic category indicator: not a computed value, and not an
 * input of a built-in formula (`skip`), so the plain edit figure measures what it always did.
 */
export async function cityCells(page, skip = []) {
  return page.evaluate((skipped) => {
    const v = window.__app.compare();
    const found = [];
    for (const row of v.rows) {
      if (skipped.includes(row.indicator)) continue;
      const i = row.cells.findIndex((c) => c.value !== null && c.obsId && !c.derived);
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
  }, skip);
}

/**
 * The cell of a formula indicator's computed value for the first district that has one, and
 * the stored population observation it reads (from the value's trace).
 */
export async function derivedCell(page, indicator, input) {
  return page.evaluate(
    ([name, inputName]) => {
      const v = window.__app.compare();
      const row = v.rows.find((r) => r.indicator === name && r.scope === '');
      if (!row) throw new Error(`no compare row ${name}`);
      const i = row.cells.findIndex((c) => c.value !== null && c.derived);
      const cell = row.cells[i];
      const used = cell?.derived.inputs.find((x) => x.indicator === inputName);
      if (!used?.obsId) throw new Error(`no computed ${name} with a stored ${inputName}`);
      return {
        indicator: name,
        rowKey: row.key,
        colKey: `d:${v.districts[i]}`,
        value: cell.value,
        input: { obsId: used.obsId, value: used.value, year: used.year },
      };
    },
    [indicator, input],
  );
}

/**
 * Edits the population a derived value reads while that derived indicator's chart is showing
 * (its cell selected), timing each edit to the frame after the chart holds the new value. The
 * edit enters through the store's edit action (the one a typed edit dispatches): a typed edit
 * selects the cell it wrote, so its chart would show the population instead.
 */
export async function derivedEditSeries(page, cell, count) {
  const district = cell.colKey.slice(2);
  await page.evaluate(
    ([r, c]) => window.__app.selectCell('compare', r, c),
    [cell.rowKey, cell.colKey],
  );
  // The chart follows the selection: it must be the derived indicator's.
  const indicator = await page.evaluate(() => window.__app.state().ui.indicator);
  if (indicator !== cell.indicator)
    throw new Error(`charts show ${indicator}, not ${cell.indicator}`);
  await page.waitForFunction(
    (v) => window.__app.charts().some((c) => c.datasets.some((d) => d.data.includes(v))),
    cell.value,
  );
  const base = cell.input.value;
  const val = (i) => Number((base * (i % 2 === 0 ? 1.05 : 1.1)).toFixed(2));
  const data = [];
  const painted = [];
  for (let i = 0; i < count; i++) {
    await settle(page);
    const r = await page.evaluate(measureDerivedEdit, {
      rowKey: cell.rowKey,
      district,
      obsId: cell.input.obsId,
      value: val(i),
    });
    data.push(r.data);
    painted.push(r.painted);
  }
  return {
    cell: { rowKey: cell.rowKey, colKey: cell.colKey, indicator, input: cell.input },
    n: count,
    p50: round(median(painted)),
    p95: round(quantile(painted, 0.95)),
    max: round(Math.max(...painted)),
    syncP50: round(median(data)),
    syncP95: round(quantile(data, 0.95)),
  };
}

export async function profiled(page, cdp, fn) {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await fn();
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Profiler.disable');
  return summarizeProfile(profile, sourceMapper(DIST));
}
