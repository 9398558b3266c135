#!/usr/bin/env node
// Runs unit (vitest) and e2e (Playwright) tests and prints `N passed, M failed` as the last line.
// No dependencies beyond Node itself.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { which } from './chromium.mjs';

const root = join(import.meta.dirname, '..');
process.chdir(root);
const out = 'test-results';
const unitJson = join(out, 'unit.json');
const e2eJson = join(out, 'e2e.json');
const summaryFile = join(out, 'summary.txt');

function run(cmd, args, env = process.env) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.error) console.error(`[test] could not start ${cmd}: ${r.error.message}`);
  return r.status ?? 1;
}

// (a) Browser and CJK font for the e2e tests.
function ensureBrowser() {
  const hasChrome = Boolean(process.env.CHROME_PATH) || Boolean(which('chromium'));
  const fc = spawnSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  const hasCjkFont = fc.status === 0 && fc.stdout.trim() !== '';
  if (hasChrome && hasCjkFont) return;

  const missing = [!hasChrome && 'Chromium', !hasCjkFont && 'a CJK font'].filter(Boolean);
  const isRoot = process.getuid?.() === 0;
  if (isRoot && which('apt-get')) {
    console.log(`[test] ${missing.join(' and ')} missing: installing chromium fonts-wqy-microhei`);
    const status = run(
      'sh',
      ['-c', 'apt-get update && apt-get install -y chromium fonts-wqy-microhei'],
      {
        ...process.env,
        DEBIAN_FRONTEND: 'noninteractive',
      },
    );
    if (status !== 0) console.error('[test] apt-get failed; e2e tests will probably fail.');
  } else {
    console.error(
      `[test] ${missing.join(' and ')} not found. Install them, e.g.\n` +
        '  sudo apt-get install -y chromium fonts-wqy-microhei\n' +
        'or set CHROME_PATH to an existing Chrome/Chromium executable.',
    );
  }
}

function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

mkdirSync(out, { recursive: true });
for (const f of [unitJson, e2eJson, summaryFile]) rmSync(f, { force: true });

ensureBrowser();

// (b) Unit tests.
const bin = (name) => join(root, 'node_modules', '.bin', name);
const unitStatus = run(bin('vitest'), [
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${unitJson}`,
]);

// (c) End-to-end tests (the json reporter is set in playwright.config.ts).
const e2eStatus = run(bin('playwright'), ['test']);

// (d) Sum both runners' results.
let passed = 0;
let failed = 0;

const unit = readJson(unitJson);
if (unit) {
  passed += unit.numPassedTests ?? 0;
  let f = unit.numFailedTests ?? 0;
  if (f === 0 && unitStatus !== 0) f = 1; // e.g. a file that failed to load, or an unhandled error
  failed += f;
} else {
  console.error('[test] vitest wrote no JSON report; counting it as 1 failure.');
  failed += 1;
}

const e2e = readJson(e2eJson);
if (e2e?.stats) {
  passed += (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
  let f = e2e.stats.unexpected ?? 0;
  if (f === 0 && e2eStatus !== 0) f = 1; // e.g. the web server did not start
  failed += f;
} else {
  console.error('[test] Playwright wrote no JSON report; counting it as 1 failure.');
  failed += 1;
}

const line = `${passed} passed, ${failed} failed`;
writeFileSync(summaryFile, line + '\n');
console.log(line);
process.exitCode = failed > 0 || !existsSync(summaryFile) ? 1 : 0;
