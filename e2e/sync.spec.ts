// Two planners share one workbook through the office server (issue 17): two browser contexts
// (separate storage and cookies, like two laptops) against the CouchDB-protocol test server
// that playwright.config.ts starts (E2E_COUCH_URL; users alice, bob and read-only reader).
import { createServer } from 'node:net';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { obsDocId } from '../src/model/syncDocs';
import { compareCell, observations, selectCell, workbook, type Obs } from './app';

const LIT = '居民健康素养水平';
const LIFE = '人均预期寿命';

function couchDb(): string {
  const root = process.env.E2E_COUCH_URL;
  if (!root)
    throw new Error('E2E_COUCH_URL is not set: playwright.config.ts starts the test server');
  return `${root.replace(/\/+$/, '')}/workbook`;
}

async function laptop(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const use = test.info().project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 768 },
  });
  const page = await context.newPage();
  await workbook(page).open();
  return { context, page };
}

const status = (page: Page) => workbook(page).app((a) => a.state().sync.status.kind);
const conflictIds = (page: Page) => workbook(page).app((a) => [...a.state().sync.conflicts.keys()]);
const valueOf = async (page: Page, indicator: string, district: string) =>
  (await compareCell(page, indicator, district))?.value;

/** 更多 → 共享（同步）…: the database address, the user and the password, then login. */
async function logIn(page: Page, user: string, password: string, address = couchDb()) {
  const dlg = page.getByRole('dialog', { name: '共享（同步）' });
  if (!(await dlg.isVisible())) await workbook(page).openMore('共享（同步）…');
  await dlg.getByLabel('服务器数据库地址').fill(address);
  await dlg.getByLabel('用户名').fill(user);
  await dlg.getByLabel('密码').fill(password);
  await dlg.getByRole('button', { name: '登录并开始同步' }).click();
  return dlg;
}

async function row(page: Page, district: string, indicator: string, value: number): Promise<Obs> {
  const o = (await observations(page, district, indicator)).find((r) => r.value === value);
  if (!o) throw new Error(`no ${indicator} = ${value} in ${district}`);
  return o;
}

test('two planners offline: different cells merge, the same cell is a conflict on both, one choice settles it everywhere, a reload keeps it', async ({
  browser,
}) => {
  const a = await laptop(browser);
  const b = await laptop(browser);
  for (const [p, user] of [
    [a.page, 'alice'],
    [b.page, 'bob'],
  ] as const) {
    const dlg = await logIn(p, user, `${user}-pass`);
    await expect.poll(() => status(p)).toBe('synced');
    await expect(p.locator('.sync-status')).toHaveText('已同步');
    await dlg.getByRole('button', { name: '关闭' }).click();
    // The password is never kept; the address and the user name are.
    const stored = await p.evaluate(() => JSON.stringify({ ...localStorage }));
    expect(stored).not.toContain(`${user}-pass`);
    expect(stored).toContain(user);
  }
  const same = await row(a.page, '江津区', LIT, 32.22);
  const onlyA = await row(a.page, '江津区', LIFE, 80.14);
  const onlyB = await row(b.page, '荣昌区', LIT, 28.96);

  await a.context.setOffline(true);
  await b.context.setOffline(true);
  await expect.poll(() => status(a.page)).toBe('offline');
  await expect.poll(() => status(b.page)).toBe('offline');
  await workbook(a.page).editValue(same.id, '40');
  await workbook(a.page).editValue(onlyA.id, '81');
  await workbook(b.page).editValue(same.id, '41');
  await workbook(b.page).editValue(onlyB.id, '30');
  for (const p of [a.page, b.page]) {
    await expect.poll(() => workbook(p).app((x) => x.syncPending())).toBe(2);
    await expect(p.locator('.sync-status')).toHaveText('离线，2 项待上传');
  }

  await a.context.setOffline(false);
  await b.context.setOffline(false);
  // Different cells merge on both.
  await expect.poll(() => valueOf(b.page, LIFE, '江津区')).toBe(81);
  await expect.poll(() => valueOf(a.page, LIT, '荣昌区')).toBe(30);
  // The same cell: both versions kept, the conflict shown on both, the same value shown.
  const id = obsDocId(same);
  for (const p of [a.page, b.page]) {
    await expect.poll(() => conflictIds(p)).toEqual([id]);
    await expect.poll(() => workbook(p).app((x) => x.syncPending())).toBe(0);
  }
  const shown = await valueOf(a.page, LIT, '江津区');
  expect([40, 41]).toContain(shown);
  await expect.poll(() => valueOf(b.page, LIT, '江津区')).toBe(shown);
  for (const p of [a.page, b.page]) {
    await selectCell(p, 'compare', LIT, 'd:江津区');
    const line = p.locator('[data-pane="compare"] .ht_master tr', { hasText: LIT }).first();
    await expect(line.locator('td.cell-sync-conflict')).toHaveCount(1);
    const versions = p.locator('.source-panel .sync-versions li');
    await expect(versions).toHaveCount(2);
    await expect(versions.filter({ hasText: 'alice' })).toContainText('40%');
    await expect(versions.filter({ hasText: 'bob' })).toContainText('41%');
  }

  // alice chooses the value not shown; it is settled on both.
  const other = shown === 40 ? 41 : 40;
  await a.page
    .locator('.source-panel .sync-versions li', { hasText: `${other}%` })
    .getByRole('button', { name: '采用此值' })
    .click();
  for (const p of [a.page, b.page]) {
    await expect.poll(() => valueOf(p, LIT, '江津区')).toBe(other);
    await expect.poll(() => conflictIds(p)).toEqual([]);
    await expect(p.locator('[data-pane="compare"] td.cell-sync-conflict')).toHaveCount(0);
  }
  // bob's 修改历史 tells who sent the change.
  await workbook(b.page).openMore('修改历史');
  const history = b.page.getByRole('dialog', { name: '修改历史' });
  await expect(history.locator('.history-head', { hasText: '同步：alice' }).first()).toBeVisible();
  await expect(history.locator('.tag-sync').first()).toHaveText('同步');
  await history.getByRole('button', { name: '关闭' }).click();

  // A reload keeps everything, and sharing starts again by itself.
  for (const p of [a.page, b.page]) {
    await p.reload();
    await workbook(p).ready();
    await expect.poll(() => workbook(p).app((x) => x.syncStarted())).toBe(true);
    await expect.poll(() => status(p)).toBe('synced');
    expect(await valueOf(p, LIT, '江津区')).toBe(other);
    expect(await valueOf(p, LIFE, '江津区')).toBe(81);
    expect(await valueOf(p, LIT, '荣昌区')).toBe(30);
    expect(await conflictIds(p)).toEqual([]);
  }

  // Logged out: 未登录, and the dialog says to log in again.
  await a.page.locator('.sync-status').getByRole('button').click();
  const dlg = a.page.getByRole('dialog', { name: '共享（同步）' });
  await dlg.getByRole('button', { name: '退出登录' }).click();
  await workbook(a.page).editValue(onlyA.id, '82');
  await expect.poll(() => status(a.page)).toBe('denied');
  // The edit waits on this laptop, and the chip says so.
  await expect(a.page.locator('.sync-status')).toHaveText('未登录，1 项待上传');
  await expect(dlg.locator('.sync-explain')).toContainText('重新登录');
  await a.context.close();
  await b.context.close();
});

test('a read-only account: its edit is refused by the server, and said so', async ({ browser }) => {
  const r = await laptop(browser);
  await logIn(r.page, 'reader', 'reader-pass');
  await expect.poll(() => workbook(r.page).app((x) => x.syncStarted())).toBe(true);
  const o = await row(r.page, '江津区', LIFE, 80.14);
  await workbook(r.page).editValue(o.id, '79');
  await expect
    .poll(() => workbook(r.page).app((x) => x.state().sync.rejected.map((d) => d.id)))
    .toContain(obsDocId(o));
  await expect(r.page.locator('.sync-status')).toContainText('服务器拒绝');
  const dlg = r.page.getByRole('dialog', { name: '共享（同步）' });
  await expect(dlg.locator('.sync-rejected')).toContainText('服务器拒绝');
  await r.context.close();
});

/** What this browser remembers of sharing (never a password). */
const remembered = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('district-health-sync') ?? '{}') as object);

/** The sharing-off state: no chip, the dialog says so and offers no 退出登录 / 停止共享. */
async function expectOff(page: Page) {
  const dlg = page.getByRole('dialog', { name: '共享（同步）' });
  await expect.poll(() => status(page)).toBe('off');
  await expect(dlg.locator('.sync-state')).toContainText('未开启共享');
  await expect(dlg.getByRole('button', { name: '退出登录' })).toHaveCount(0);
  await expect(dlg.getByRole('button', { name: '停止共享' })).toHaveCount(0);
  await expect(page.locator('.sync-status')).toBeHidden();
  expect(await remembered(page)).not.toMatchObject({ on: true });
}

test('an address without the database, or with a mistyped one, is said in words and sharing stays off', async ({
  browser,
}) => {
  const a = await laptop(browser);
  const root = couchDb().replace(/\/workbook$/, '');
  const dlg = await logIn(a.page, 'alice', 'alice-pass', `${root}/`);
  await expect(dlg.getByRole('alert')).toContainText('地址应以数据库名结尾');
  await expect(dlg.getByRole('alert')).not.toContainText('http:// 或 https:// 开头');
  await logIn(a.page, 'alice', 'alice-pass', `${root}/workbok`);
  await expect(dlg.getByRole('alert')).toContainText(`服务器上没有这个数据库（${root}/workbok）`);
  await expectOff(a.page);
  await expect(a.page.locator('body')).not.toContainText('no_db_file');
  await a.context.close();
});

test('a wrong password at the first login leaves sharing off, not 未登录', async ({ browser }) => {
  const a = await laptop(browser);
  const dlg = await logIn(a.page, 'alice', 'not-her-password');
  await expect(dlg.getByRole('alert')).toContainText('用户名或密码不对');
  await expectOff(a.page);
  // The right password then turns it on.
  await logIn(a.page, 'alice', 'alice-pass');
  await expect.poll(() => status(a.page)).toBe('synced');
  await a.context.close();
});

test('a new address that cannot be reached is said so, and sharing runs on with the one before', async ({
  browser,
}) => {
  // A port nobody listens on: taken, then given back.
  const port = await new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => done(p));
    });
  });
  const a = await laptop(browser);
  const dlg = await logIn(a.page, 'alice', 'alice-pass');
  await expect.poll(() => status(a.page)).toBe('synced');
  const away = `http://127.0.0.1:${port}/workbook`;
  await logIn(a.page, 'alice', 'alice-pass', away);
  await expect(dlg.getByRole('alert')).toContainText(`连不上服务器（${away}）`);
  expect(await remembered(a.page)).toMatchObject({ server: couchDb(), on: true });
  await expect.poll(() => status(a.page)).toBe('synced');
  await expect(a.page.locator('.sync-status')).toHaveText('已同步');
  await a.context.close();
});
