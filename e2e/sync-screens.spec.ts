// The sharing screens without a server: the dialog, the status chip, the 同步冲突 mark and the
// choice in 来源. The states are put in the store as the engine puts them (showSyncInfo); the
// round trip through a real server is e2e/sync.spec.ts.
import { expect, test, type Page } from '@playwright/test';
import { obsDocId } from '../src/model/syncDocs';
import type { SyncInfo } from '../src/state/syncInfo';
import { compareCell, observations, openApp, selectCell, workbook, type Obs } from './app';

const LIT = '居民健康素养水平';

const show = (page: Page, patch: Partial<Omit<SyncInfo, 'conflicts'>>) =>
  workbook(page).app((a, p) => a.showSyncInfo(p), patch);

/** Two kept versions of 江津区's 居民健康素养水平 cell: bob's (shown) and alice's. */
async function conflictOnLiteracy(page: Page): Promise<{ id: string; o: Obs }> {
  const o = (await observations(page, '江津区', LIT)).find((r) => r.value === 32.22);
  if (!o) throw new Error('no 32.22 literacy row for 江津区');
  const id = obsDocId(o);
  const at = Date.UTC(2026, 10, 30, 6, 5);
  await workbook(page).app(
    (a, { id, o, at }) => {
      const version = (rev: string, by: string, value: number, winner: boolean) => ({
        rev,
        by,
        at,
        winner,
        content: { type: 'cell' as const, rows: [{ ...o, value }] },
      });
      a.showSyncInfo({
        status: { kind: 'synced' },
        server: 'http://office:5984/workbook',
        user: 'alice',
        conflicts: new Map([
          [
            id,
            {
              id,
              versions: [version('2-b', 'bob', 33.5, true), version('2-a', 'alice', 34.1, false)],
            },
          ],
        ]),
      });
    },
    { id, o, at },
  );
  return { id, o };
}

/**
 * Beside the literacy conflict: the deck and a planner's group kept in two versions, a cell one
 * planner deleted, and three documents refused by the checks (as the engine lists them).
 */
async function moreToSort(page: Page, o: Obs): Promise<void> {
  const cellId = obsDocId({ ...o, indicator: '人均预期寿命' });
  const id = obsDocId(o);
  await workbook(page).app(
    (a, { id, cellId, at }) => {
      const slide = (sid: string, title: string, indicator: string | null) => ({
        id: sid,
        kind: 'across' as const,
        title,
        indicator,
        scope: '',
        district: null,
        year: 'latest' as const,
        dataKind: 'actual' as const,
        goalSource: 'own',
      });
      const v = <T>(rev: string, by: string, content: T, winner: boolean) => ({
        rev,
        by,
        at,
        content,
        winner,
      });
      const conflicts = new Map(a.state().sync.conflicts);
      conflicts.set('deck', {
        id: 'deck',
        versions: [
          v(
            '3-a',
            'alice',
            {
              type: 'deck' as const,
              slides: [slide('s1', '', '人均预期寿命'), slide('s2', '区县卫生总览', null)],
            },
            true,
          ),
          v(
            '3-b',
            'bob',
            {
              type: 'deck' as const,
              slides: [slide('s1', '', '人均预期寿命'), slide('s3', '', '居民健康素养水平')],
            },
            false,
          ),
        ],
      });
      const group = (members: string[]) => ({
        type: 'peerGroup' as const,
        group: { id: 'g1', name: '我的组', members },
      });
      conflicts.set('peer:g1', {
        id: 'peer:g1',
        versions: [
          v('2-a', 'alice', group(['江津区']), true),
          v('2-b', 'bob', group(['荣昌区']), false),
        ],
      });
      conflicts.set(cellId, {
        id: cellId,
        versions: [
          v('2-c', 'alice', { type: 'cell' as const, rows: [] }, true),
          v('2-d', 'carol', { type: 'cell' as const, rows: [] }, false),
        ],
      });
      const catalogId = 'catalog:%E4%B8%8A%E8%A1%8C';
      a.showSyncInfo({
        conflicts,
        refused: [
          {
            id,
            rev: '5-x',
            problem: { code: 'markupInName', text: '<img src=x onerror=', path: `${id}/by` },
          },
          {
            id: catalogId,
            rev: '1-y',
            problem: { code: 'catalogDirection', text: 'up', path: `${catalogId}/entry.direction` },
          },
          {
            id: 'goalset:%E8%A7%84%E5%88%92',
            rev: '1-z',
            problem: {
              code: 'syncWrongType',
              id: 'goalset:%E8%A7%84%E5%88%92',
              path: 'goalset:%E8%A7%84%E5%88%92/type',
            },
          },
        ],
      });
    },
    { id, cellId, at: Date.UTC(2026, 10, 30, 7, 0) },
  );
}

test('the chip counts the conflicts waiting; refused documents are named in words once; versions are told apart', async ({
  page,
}) => {
  await openApp(page);
  const { o } = await conflictOnLiteracy(page);
  const chip = page.locator('.sync-status');
  await expect(chip).toHaveText('已同步，1 处冲突待选择');
  await moreToSort(page, o);
  await expect(chip).toHaveText('已同步，4 处冲突待选择');
  await chip.getByRole('button').click();
  const dlg = page.getByRole('dialog', { name: '共享（同步）' });
  const refused = dlg.locator('.sync-refused > li');
  await expect(refused).toHaveCount(3);
  const all = await dlg.locator('.sync-refused').innerText();
  for (const raw of ['%E', 'obs:', 'catalog:', '第 0 行', '应为文本'])
    expect(all, raw).not.toContain(raw);
  await expect(refused.nth(0)).toContainText('江津区 · 居民健康素养水平 · ');
  await expect(refused.nth(0)).toContainText('标记或控制字符');
  expect((await refused.nth(0).innerText()).split('江津区').length).toBe(2);
  await expect(refused.nth(1)).toContainText('方向“up”无效');
  await expect(refused.nth(2)).toContainText('规划');
  const deck = dlg.locator('.sync-conflicts > li[data-doc="deck"] .sync-value');
  await expect(deck.nth(0)).toContainText('区县卫生总览');
  await expect(deck.nth(1)).toContainText('居民健康素养水平');
  const group = dlg.locator('.sync-conflicts > li[data-doc="peer:g1"] .sync-value');
  await expect(group.nth(0)).toContainText('江津区');
  await expect(group.nth(1)).toContainText('荣昌区');
  const deleted = dlg
    .locator('.sync-conflicts > li', { hasText: '人均预期寿命 · ' })
    .locator('.sync-versions li');
  await expect(deleted.first()).toContainText('已删除 · alice');
  await expect(dlg.locator('.sync-conflicts')).not.toContainText('— · ');
});

test('共享（同步）: the dialog explains sharing off and checks the address before anything', async ({
  page,
}) => {
  await openApp(page);
  // Sharing off: no chip.
  await expect(page.locator('.sync-status')).toBeHidden();
  await workbook(page).openMore('共享（同步）…');
  const dlg = page.getByRole('dialog', { name: '共享（同步）' });
  await expect(dlg.locator('.sync-state')).toContainText('未开启共享');
  await dlg.getByLabel('服务器数据库地址').fill('office-server');
  await dlg.getByLabel('用户名').fill('alice');
  await dlg.getByLabel('密码').fill('alice-pass');
  await dlg.getByRole('button', { name: '登录并开始同步' }).click();
  await expect(dlg.getByRole('alert')).toContainText('请填写服务器数据库地址');
  await dlg.getByLabel('服务器数据库地址').fill('http://alice:pw@office:5984/workbook');
  await dlg.getByRole('button', { name: '登录并开始同步' }).click();
  await expect(dlg.getByRole('alert')).toContainText('不含用户名和密码');
  // Nothing was remembered, and never a password.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  expect(stored).not.toContain('alice-pass');
  expect(await workbook(page).app((a) => a.syncStarted())).toBe(false);
  await dlg.getByRole('button', { name: '关闭' }).click();
  await expect(dlg).toBeHidden();
});

test('the chip says the status in words and opens the dialog, which says what to do', async ({
  page,
}) => {
  await openApp(page);
  const chip = page.locator('.sync-status[role="status"]');
  await show(page, { status: { kind: 'offline', pending: 3 }, server: 'http://o/w', user: 'bob' });
  await expect(chip).toHaveText('离线，3 项待上传');
  await show(page, { status: { kind: 'syncing', pending: 1 } });
  await expect(chip).toHaveText('同步中…');
  await show(page, { status: { kind: 'synced' } });
  await expect(chip).toHaveText('已同步');
  await show(page, { status: { kind: 'otherTab' } });
  await expect(chip).toHaveText('由另一个标签页同步');
  await show(page, {
    status: { kind: 'denied', reason: 'unauthorized', detail: '', pending: 2 },
  });
  await expect(chip).toHaveText('未登录，2 项待上传');
  await show(page, {
    status: { kind: 'denied', reason: 'forbidden', detail: 'read-only account', pending: 2 },
    rejected: [{ id: 'obs:x', reason: 'forbidden', detail: 'read-only account' }],
    refused: [
      {
        id: 'catalog:%3Cscript%3E',
        rev: '1-z',
        problem: { code: 'syncWrongType', id: 'catalog:%3Cscript%3E' },
      },
    ],
  });
  await expect(chip).toHaveText('服务器拒绝：read-only account');
  await chip.getByRole('button').click();
  const dlg = page.getByRole('dialog', { name: '共享（同步）' });
  await expect(dlg.locator('.sync-explain')).toContainText('无权写入');
  await expect(dlg.locator('.sync-rejected')).toContainText(
    '服务器拒绝：无权限（read-only account）',
  );
  await expect(dlg.locator('.sync-refused')).toContainText('内容与文档类型不符');
  // The dialog follows the status while open.
  await show(page, { status: { kind: 'synced' }, rejected: [], refused: [] });
  await expect(dlg.locator('.sync-word')).toContainText('已同步');
  await expect(dlg.locator('.sync-rejected')).toHaveCount(0);
  await show(page, { status: { kind: 'off' } });
  await expect(chip).toBeHidden();
});

test('a cell in sync conflict is marked; 来源 lists both versions, and choosing one is undoable', async ({
  page,
}) => {
  await openApp(page);
  const { id } = await conflictOnLiteracy(page);
  await selectCell(page, 'compare', LIT, 'd:江津区');
  const row = page.locator('[data-pane="compare"] .ht_master tr', { hasText: LIT }).first();
  const marked = row.locator('td.cell-sync-conflict');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('title', /同步冲突/);
  const panel = page.locator('.source-panel');
  const versions = panel.locator(`.sync-versions[data-doc="${id}"] li`);
  await expect(versions).toHaveCount(2);
  await expect(versions.filter({ hasText: 'bob' })).toContainText('33.5%');
  await expect(versions.filter({ hasText: 'bob' })).toContainText('当前显示');
  await expect(versions.filter({ hasText: 'alice' })).toContainText('34.1%');
  await versions.filter({ hasText: 'alice' }).getByRole('button', { name: '采用此值' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(34.1);
  // One undoable step, told in 修改历史 as the choice of alice's value.
  const last = await workbook(page).app((a) => a.state().lastChange?.patch);
  expect(last?.resolved).toEqual([id]);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(32.22);
  // The same cell in the data view carries the mark too.
  await workbook(page).showView('data');
  await expect(page.locator('[data-pane="data"] td.cell-sync-conflict').first()).toBeAttached();
});

test('the dialog lists kept versions with value, who and when, and 采用此值 chooses', async ({
  page,
}) => {
  await openApp(page);
  await conflictOnLiteracy(page);
  await page.locator('.sync-status').getByRole('button').click();
  const dlg = page.getByRole('dialog', { name: '共享（同步）' });
  const item = dlg.locator('.sync-conflicts > li');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('江津区 · 居民健康素养水平 · ');
  await expect(item.locator('li', { hasText: 'alice' })).toContainText('34.1%');
  await item.locator('li', { hasText: 'alice' }).getByRole('button', { name: '采用此值' }).click();
  await expect.poll(async () => (await compareCell(page, LIT, '江津区'))?.value).toBe(34.1);
});

test('in English the dialog, the chip and the 来源 versions carry no Chinese of ours', async ({
  page,
}) => {
  await openApp(page, '/?lang=en');
  await conflictOnLiteracy(page);
  await expect(page.locator('.sync-status')).toHaveText('Synced, 1 conflict to choose');
  await show(page, {
    status: { kind: 'offline', pending: 2 },
    rejected: [{ id: 'deck', reason: 'forbidden', detail: 'read-only account' }],
  });
  const chip = page.locator('.sync-status');
  await expect(chip).toHaveText('Offline, 2 to upload');
  await selectCell(page, 'compare', LIT, 'd:江津区');
  const versions = page.locator('.source-panel .sync-versions');
  await expect(versions.locator('li')).toHaveCount(2);
  await chip.getByRole('button').click();
  const dlg = page.getByRole('dialog', { name: 'Sharing (sync)' });
  await expect(dlg.locator('.sync-conflicts > li')).toHaveCount(1);
  const han = /\p{Script=Han}/u;
  // District and indicator names are data, shown in English where the catalog has them.
  for (const text of [
    await dlg.innerText(),
    await versions.innerText(),
    await page.locator('.source-panel .source-sync-conflict').innerText(),
  ])
    expect(text.match(han), text).toBeNull();
});

for (const size of [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
])
  test(`screenshots of the dialog and the chip at ${size.width}×${size.height}`, async ({
    page,
  }, info) => {
    await page.setViewportSize(size);
    await openApp(page);
    await workbook(page).openMore('共享（同步）…');
    const dlg = page.getByRole('dialog', { name: '共享（同步）' });
    await expect(dlg).toBeVisible();
    await page.screenshot({ path: info.outputPath(`sync-dialog-off-${size.width}.png`) });
    await dlg.getByRole('button', { name: '关闭' }).click();
    const { o } = await conflictOnLiteracy(page);
    await moreToSort(page, o);
    await show(page, {
      status: { kind: 'denied', reason: 'forbidden', detail: 'read-only account', pending: 2 },
      rejected: [{ id: 'obs:江津区|x', reason: 'forbidden', detail: 'read-only account' }],
    });
    await selectCell(page, 'compare', LIT, 'd:江津区');
    await expect(page.locator('.source-panel .sync-versions li')).toHaveCount(2);
    await page.screenshot({ path: info.outputPath(`sync-chip-${size.width}.png`) });
    // The mark itself, with another cell selected.
    await selectCell(page, 'compare', LIT, 'd:荣昌区');
    // 江津区's literacy and life expectancy cells (moreToSort).
    await expect(page.locator('[data-pane="compare"] td.cell-sync-conflict')).toHaveCount(2);
    await page
      .locator('[data-pane="compare"]')
      .screenshot({ path: info.outputPath(`sync-mark-${size.width}.png`) });
    await page.locator('.sync-status').getByRole('button').click();
    await expect(dlg.locator('.sync-conflicts > li')).toHaveCount(4);
    await expect(dlg.locator('.sync-refused > li')).toHaveCount(3);
    await page.screenshot({ path: info.outputPath(`sync-dialog-denied-${size.width}.png`) });
    // Scrolled to the refused documents and the rest of the conflicts.
    await dlg.locator('.sync-refused').scrollIntoViewIfNeeded();
    await page.screenshot({ path: info.outputPath(`sync-dialog-refused-${size.width}.png`) });
    expect(await dlg.evaluate((d) => d.scrollWidth <= d.clientWidth + 1)).toBe(true);
  });
