// Sharing figures (issue 17), through the app in two browser contexts (two replicas, two
// profiles) replicating through the local test server (scripts/couch-test-server.mjs):
//   (a) N edits in replica 1 until replica 2's state has them all;
//   (b) replica 1 offline (context.setOffline) while making M edits, then online: until
//       replica 2 has them all;
//   (c) gzip size of the sync engine's chunk (src/sync with PouchDB).
// Figures are printed, never judged.
/* global window */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startCouchServer } from '../scripts/couch-test-server.mjs';
import { DIST, log, round, SMOKE, URL_ } from './common.mjs';
import { waitReady } from './scenarios.mjs';

export const SYNC_N = SMOKE ? { edits: 10, offlineEdits: 5 } : { edits: 1000, offlineEdits: 500 };
for (const [key, env] of Object.entries({
  edits: 'BENCH_SYNC_EDITS',
  offlineEdits: 'BENCH_SYNC_OFFLINE_EDITS',
})) {
  const v = Number(process.env[env]);
  if (Number.isInteger(v) && v > 0) SYNC_N[key] = v;
}

const ENGINE = 'src/sync/index.ts';
/** What the app remembers of sharing (src/ui/syncConfig.ts): server, user, on; never a password. */
const CONFIG_KEY = 'district-health-sync';
// Only stops a hung step; the figures are the times measured, whatever they are.
const HUNG = SMOKE ? 120_000 : 900_000;

const manifest = () => {
  const p = join(DIST, '.vite/manifest.json');
  return existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : {};
};

/**
 * The engine's chunk and the chunks only it pulls in (PouchDB), gzip; null when src/sync is not
 * in this build. `firstLoad`: files of the first load (never counted here).
 */
export function syncChunkSize(firstLoad) {
  const m = manifest();
  if (!m[ENGINE]) return null;
  const files = new Map();
  const visit = (key) => {
    const c = m[key];
    if (!c || firstLoad.has(c.file) || files.has(c.file)) return;
    files.set(c.file, gzipSync(readFileSync(join(DIST, c.file)), { level: 9 }).length);
    for (const k of c.imports ?? []) visit(k);
  };
  visit(ENGINE);
  return {
    gzipBytes: [...files.values()].reduce((a, b) => a + b, 0),
    files: [...files].map(([file, gzipBytes]) => ({ file, gzipBytes })),
  };
}

/** Logs in with a cookie from the page, turns sharing on, reloads: the app's own start path. */
async function replica(browser, contextOptions, dbUrl, user) {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  page.on('pageerror', (e) => log(`${user}: page error: ${e.message}`));
  page.on('console', (m) => m.text().startsWith('bench-sync:') && log(`${user}: ${m.text()}`));
  await page.goto(URL_);
  await waitReady(page);
  const login = await page.evaluate(
    async ([db, name, key]) => {
      const res = await fetch(new URL('/_session', db).href, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password: `${name}-pass` }),
      });
      localStorage.setItem(key, JSON.stringify({ server: db, user: name, on: true }));
      return res.status;
    },
    [dbUrl, user, CONFIG_KEY],
  );
  if (login !== 200) throw new Error(`${user}: login answered ${login}`);
  await page.reload();
  await waitReady(page);
  await waitStatus(page, ['synced'], `${user} synced`);
  return { context, page };
}

async function waitStatus(page, kinds, what) {
  try {
    await page.waitForFunction((k) => k.includes(window.__app.state().sync?.status?.kind), kinds, {
      timeout: HUNG,
      polling: 50,
    });
  } catch (e) {
    const now = await statusOf(page);
    throw new Error(`waiting for ${what}: status ${now} (${e.message})`);
  }
}

/** The stored rows planners edit (no derived values), in a fixed order. */
const editableIds = (page) =>
  page.evaluate(() =>
    [...window.__app.state().table.chunks.values()]
      .flat()
      .filter((o) => !o.derived)
      .map((o) => o.id)
      .sort(),
  );

/**
 * `count` edits, one task each (as typed edits come), cycling over the rows from `start`; returns what
 * replica 1 then holds for every edited row (id → value), which replica 2 must come to hold.
 */
async function edit(page, ids, count, base, start = 0) {
  return page.evaluate(
    async ([list, n, b, from]) => {
      const edited = new Set();
      for (let i = 0; i < n; i++) {
        const id = list[(from + i) % list.length];
        window.__app.editValue(id, String((b * 1000 + i + 1) / 1000));
        edited.add(id);
        await new Promise((r) => setTimeout(r, 0));
        if ((i + 1) % 100 === 0 && i + 1 < n)
          console.log(`bench-sync: ${i + 1} of ${n} edits made`);
      }
      const byId = new Map(
        [...window.__app.state().table.chunks.values()].flat().map((o) => [o.id, o.value]),
      );
      return [...edited].map((id) => [id, byId.get(id)]);
    },
    [ids, count, base, start],
  );
}

const statusOf = (page) =>
  page.evaluate(() => JSON.stringify(window.__app.state().sync?.status)).catch((e) => String(e));

/** Resolves when replica 2's state holds every expected value. */
async function reached([one, two], expected, what) {
  const page = two.page;
  try {
    await page.waitForFunction(
      (want) => {
        const byId = new Map(
          [...window.__app.state().table.chunks.values()].flat().map((o) => [o.id, o.value]),
        );
        return want.every(([id, v]) => byId.get(id) === v);
      },
      expected,
      { timeout: HUNG, polling: 20 },
    );
  } catch (e) {
    const [s1, s2] = [await statusOf(one.page), await statusOf(two.page)];
    throw new Error(`waiting for ${what} in replica 2 (status 1 ${s1}, 2 ${s2}): ${e.message}`);
  }
}

/**
 * Runs (a) and (b); `fig(key, value, unit, label)` records a figure. Returns details, or
 * `{ skipped }` when the engine is not in this build.
 */
export async function syncRun(browser, contextOptions, fig, firstLoad) {
  const chunk = syncChunkSize(firstLoad);
  if (!chunk) {
    log(`sync: skipped, ${ENGINE} is not in this build`);
    return { skipped: `${ENGINE} not in this build` };
  }
  fig(
    'syncChunk',
    round(chunk.gzipBytes / 1000),
    'kB gz',
    'sync engine chunk with the lazy chunks it imports (src/sync, PouchDB)',
  );
  const couch = await startCouchServer({ origins: [new URL(URL_).origin] });
  const replicas = [];
  // Filled as the steps finish, so a failed step still leaves what was measured before it.
  const details = {
    server: 'express-pouchdb (scripts/couch-test-server.mjs), in memory, same machine',
    counts: SYNC_N,
    chunk,
  };
  try {
    log(`sync: two replicas (alice, bob) through ${couch.dbUrl} …`);
    const one = await replica(browser, contextOptions, couch.dbUrl, 'alice');
    replicas.push(one);
    const two = await replica(browser, contextOptions, couch.dbUrl, 'bob');
    replicas.push(two);
    const ids = await editableIds(one.page);
    if (!ids.length) throw new Error('sync: no rows to edit');
    details.rowsAvailable = ids.length;

    log(`sync: ${SYNC_N.edits} edits in replica 1 → replica 2 …`);
    let t0 = Date.now();
    const expected = await edit(one.page, ids, SYNC_N.edits, 1);
    const editMs = Date.now() - t0;
    await reached([one, two], expected, `${SYNC_N.edits} edits`);
    const reachMs = Date.now() - t0;
    fig(
      'syncReach',
      reachMs,
      'ms',
      `${SYNC_N.edits} edits (${expected.length} rows) in replica 1 → all in replica 2`,
    );
    fig('syncEditLoop', editMs, 'ms', '… of which making the edits in replica 1 (one task each)');
    details.reach = { edits: SYNC_N.edits, rows: expected.length, editLoopMs: editMs, reachMs };

    log(`sync: replica 1 offline, ${SYNC_N.offlineEdits} edits, online → replica 2 …`);
    await one.context.setOffline(true);
    await waitStatus(one.page, ['offline'], 'replica 1 offline');
    // Cycling on from where the first step stopped.
    const offline = await edit(one.page, ids, SYNC_N.offlineEdits, 3, SYNC_N.edits);
    await one.page.evaluate(() => window.__app.flush());
    // What the chip says at the moment the network returns (informational).
    const pendingOffline = await one.page.evaluate(
      () => window.__app.state().sync.status.pending ?? null,
    );
    t0 = Date.now();
    await one.context.setOffline(false);
    await reached([one, two], offline, `${SYNC_N.offlineEdits} offline edits`);
    const catchUpMs = Date.now() - t0;
    fig(
      'syncOfflineCatchUp',
      catchUpMs,
      'ms',
      `replica offline for ${SYNC_N.offlineEdits} edits: online → all in replica 2`,
    );
    details.offline = {
      edits: SYNC_N.offlineEdits,
      rows: offline.length,
      pendingShownWhenOnline: pendingOffline,
      catchUpMs,
    };
  } catch (e) {
    // The other figures still print; the missing ones are named.
    details.error = e instanceof Error ? e.message : String(e);
    log(`sync failed: ${details.error}`);
  } finally {
    for (const r of replicas) await r.context.close().catch(() => undefined);
    await couch.close();
  }
  return details;
}

/** Sync figures expected but not produced (none expected when the engine is not built in). */
export function missingSync(results) {
  const d = results.details.sync;
  if (d?.skipped) return [];
  return ['syncChunk', 'syncReach', 'syncOfflineCatchUp'].filter((k) => !(k in results.figures));
}
