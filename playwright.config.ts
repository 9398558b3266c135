import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Find an executable on PATH, like `which`. */
function which(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const p = join(dir, name);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** A port nobody listens on now: the OS picks it (listen on 0), then it is released for vite. */
function freePort(): number {
  const js =
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})";
  return Number(execFileSync(process.execPath, ['-e', js], { encoding: 'utf8' }));
}

// Chosen once in the runner; the workers it forks inherit E2E_PORT and so use the same server.
const port = Number(process.env.E2E_PORT) || freePort();
process.env.E2E_PORT = String(port);
const baseURL = `http://127.0.0.1:${port}`;

// The test CouchDB (scripts/couch-test-server.mjs) on its own port, chosen the same way; specs
// read its address from E2E_COUCH_URL.
let couchPort = Number(process.env.E2E_COUCH_PORT);
while (!couchPort || couchPort === port) couchPort = freePort();
process.env.E2E_COUCH_PORT = String(couchPort);
const couchURL = `http://127.0.0.1:${couchPort}`;
process.env.E2E_COUCH_URL = couchURL;

const chromePath = process.env.CHROME_PATH || which('chromium') || '/usr/bin/chromium';

// No fixed time budget decides a result: waits follow events and state. These limits only
// stop a hung test, and are generous enough for a busy 2-core machine.
export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: true,
  retries: 0,
  workers: 2,
  timeout: 300_000,
  expect: { timeout: 60_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  outputDir: 'test-results/e2e-artifacts',
  use: {
    baseURL,
    viewport: { width: 1366, height: 768 },
    locale: 'zh-CN',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    actionTimeout: 60_000,
    navigationTimeout: 120_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          executablePath: chromePath,
          args: [
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // This checkout's own build on its own port: never a server left by another checkout.
      command: `npm run build && node_modules/.bin/vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: baseURL,
      reuseExistingServer: false,
      timeout: 900_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // In memory: every run starts from the same accounts and an empty workbook database.
      command: `node scripts/couch-test-server.mjs --port ${couchPort} --origin ${baseURL}`,
      url: `${couchURL}/_test/ready`,
      reuseExistingServer: false,
      timeout: 120_000,
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
