// Where a city-scale CSV import's time goes: the page's main thread as a CPU profile (mapped to
// sources), and the import worker's phases as User Timing measures the app records itself
// (`import:worker:…`; a dedicated worker has no CDP target Playwright can profile), next to the
// page's own (`import:preview`, `import:apply`, `import:persist`, …).
//
//   node bench/importProfile.mjs          builds bench/.dist, then profiles one import
//   BENCH_NO_BUILD=1 node bench/importProfile.mjs   reuses bench/.dist (kept by BENCH_KEEP=1)
//
// Env as run.mjs: BENCH_PORT, BENCH_INDICATORS, CHROME_PATH.
/* global window */
import { rmSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../scripts/chromium.mjs';
import { buildApp, loadGenerator, startServer } from './build.mjs';
import { DIST, log, N, round, sleep, SSR, URL_ } from './common.mjs';
import { barePapaParse, importCsv, profiled, waitReady } from './scenarios.mjs';

/** The import's measures in the page, summed by name, in the order they first came. */
const measures = (page) =>
  page.evaluate(() => {
    const out = {};
    for (const m of performance.getEntriesByType('measure'))
      if (m.name.startsWith('import:')) out[m.name] = (out[m.name] ?? 0) + m.duration;
    return out;
  });

export async function profileImport(page, context, csv, rows) {
  await page.evaluate(() => performance.clearMeasures());
  const cdp = await context.newCDPSession(page);
  let imp;
  const profile = await profiled(page, cdp, async () => {
    imp = await importCsv(page, csv, rows);
  });
  await cdp.detach();
  return { imp, profile, measures: await measures(page) };
}

export function printImportProfile({ imp, profile, measures: m }, papa) {
  const lines = [
    `import of ${imp.rows} rows: analyse ${imp.analyseMs} ms + apply ${imp.applyMs} ms = ${imp.totalMs} ms` +
      (papa
        ? ` (bare Papa.parse ${papa.medianMs} ms → ${round(imp.totalMs / papa.medianMs, 2)}×)`
        : ''),
    '',
    'phases (User Timing, ms):',
    ...Object.entries(m).map(([k, v]) => `  ${k.padEnd(28)} ${v.toFixed(1).padStart(8)}`),
    '',
    `main thread CPU profile: ${profile.totalMs} ms sampled (idle included)`,
    '  by file (self):',
    ...profile.files.map((f) => `    ${f.ms.toFixed(1).padStart(8)}  ${f.what}`),
    '  by function (self):',
    ...profile.functions.map((f) => `    ${f.ms.toFixed(1).padStart(8)}  ${f.what}`),
    '  app functions (inclusive):',
    ...profile.appInclusive.map((f) => `    ${f.ms.toFixed(1).padStart(8)}  ${f.what}`),
  ];
  console.log(lines.join('\n'));
}

async function main() {
  if (process.env.BENCH_NO_BUILD !== '1') await buildApp();
  const gen = await loadGenerator();
  const city = gen.syntheticCity({ indicators: N.indicators });
  const csv = gen.syntheticCsv(city);
  const rows = city.observations.length;
  log(`${rows} rows, ${(Buffer.byteLength(csv) / 1e6).toFixed(1)} MB CSV`);
  const server = await startServer();
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  try {
    const context = await browser.newContext({
      viewport: { width: 1366, height: 768 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    await page.goto(URL_);
    await waitReady(page);
    await page.evaluate(() => window.__app.flush());
    await sleep(500);
    const result = await profileImport(page, context, csv, rows);
    const papa = await barePapaParse(page, csv, 3);
    printImportProfile(result, papa);
  } finally {
    await browser.close().catch(() => undefined);
    server.child.kill('SIGTERM');
    await Promise.race([server.exited, sleep(3000)]);
    // As run.mjs: build output would otherwise be linted by `eslint .`.
    if (process.env.BENCH_KEEP !== '1') {
      rmSync(DIST, { recursive: true, force: true });
      rmSync(SSR, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
