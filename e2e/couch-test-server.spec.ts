import { expect, test } from '@playwright/test';
import { openApp } from './app';

// The test CouchDB started by playwright.config.ts answers the app's origin with a cookie login.
test('the test CouchDB accepts a cookie login from the app page across origins', async ({
  page,
}) => {
  const couch = process.env.E2E_COUCH_URL ?? '';
  expect(couch).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  await openApp(page);
  const seen = await page.evaluate(async (base) => {
    const anonymous = (await fetch(`${base}/workbook`, { credentials: 'include' })).status;
    const login = await fetch(`${base}/_session`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'alice', password: 'alice-pass' }),
    });
    const session = (await (
      await fetch(`${base}/_session`, { credentials: 'include' })
    ).json()) as { userCtx: { name: string } };
    const read = (await fetch(`${base}/workbook`, { credentials: 'include' })).status;
    return { anonymous, login: login.status, user: session.userCtx.name, read };
  }, couch);
  expect(seen).toEqual({ anonymous: 401, login: 200, user: 'alice', read: 200 });
});
