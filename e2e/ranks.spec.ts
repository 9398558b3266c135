// Issue 16 §2: the 排名 tab ranks districts (lower-is-better too), re-ranks after an edit in the
// 对比 grid, keeps a planner's peer group across a reload, proposes the best quartile as a goal-set
// target (undoable), and at city scale lists all 38 districts with the right rank in 渝东南.
import { expect, test, type Page } from '@playwright/test';
import { openApp, showView, typeIntoCell, workbook } from './app';
import { syntheticCity, syntheticCsv } from '../src/model/synthetic';

const DISTRICTS = ['江津区', '黔江区', '大足区', '荣昌区', '九龙坡区'] as const;
const LIT = '居民健康素养水平'; // higher is better
const RADIUS = '农村医疗服务圈'; // minutes: lower is better
const LIT_2024 = [30, 41, 35, 28, 45];
const RADIUS_2024 = [20, 12, 30, 15, 25];
const CSV =
  '区县,指标,单位,年份,类型,数值\n' +
  DISTRICTS.map(
    (d, i) =>
      `${d},${LIT},%,2024,实际,${LIT_2024[i]}\n${d},${RADIUS},分钟,2024,实际,${RADIUS_2024[i]}`,
  ).join('\n') +
  '\n';

const importCsv = (page: Page, name: string, csv: string, opts: { replace?: boolean } = {}) =>
  workbook(page).importCsv(name, csv, opts);

const pane = (page: Page) => page.locator('[data-pane="ranks"]');
/** The ranking table's districts, top to bottom. */
const order = (page: Page) =>
  pane(page).locator('table.ranks-table tbody th[scope="row"]').allTextContents();
const pickIndicator = (page: Page, indicator: string) =>
  workbook(page).app((a, i) => a.select({ indicator: i, scope: '' }), indicator);

async function answer(page: Page, hasText: string, value: string | null) {
  const dlg = page.locator('dialog.app-dialog').filter({ hasText });
  await expect(dlg).toBeVisible();
  if (value !== null) await dlg.locator('input').fill(value);
  await dlg.getByRole('button', { name: '确定' }).click();
  await expect(dlg).toHaveCount(0);
}

test('the 排名 tab ranks the five districts, lower-is-better too, and re-ranks after an edit', async ({
  page,
}) => {
  await openApp(page);
  await importCsv(page, '排名.csv', CSV);
  await pickIndicator(page, LIT);
  await showView(page, 'ranks');
  await expect
    .poll(() => order(page))
    .toEqual(['九龙坡区', '黔江区', '大足区', '江津区', '荣昌区']);
  await expect(pane(page).locator('table.ranks-table tbody tr').first()).toContainText('1/5');
  // Median of 28, 30, 35, 41, 45 is 35; best quartile (type 7, p = .75) is 41.
  await expect(pane(page).locator('[data-stat="median"]')).toHaveText('35%');
  await expect(pane(page).locator('[data-stat="bestQuartile"]')).toHaveText('41%');

  await pane(page).getByLabel('指标').selectOption({ label: RADIUS });
  await expect
    .poll(() => order(page))
    .toEqual(['黔江区', '荣昌区', '江津区', '九龙坡区', '大足区']);

  // Sorting by a column header from the keyboard, then back.
  await pane(page).locator('th[data-sort="district"]').focus();
  await page.keyboard.press('Enter');
  await expect(pane(page).locator('th[data-sort="district"]')).toHaveAttribute(
    'aria-sort',
    'ascending',
  );

  await showView(page, 'compare');
  await typeIntoCell(page, 'compare', LIT, 'd:荣昌区', '50');
  await pickIndicator(page, LIT);
  await showView(page, 'ranks');
  await pane(page).getByRole('button', { name: '按排名排序' }).click();
  await expect
    .poll(() => order(page))
    .toEqual(['荣昌区', '九龙坡区', '黔江区', '大足区', '江津区']);
});

test('a planner’s peer group is one undo step and survives a reload', async ({ page }) => {
  await openApp(page);
  await showView(page, 'ranks');
  await pane(page).locator('summary', { hasText: '自定义比较组' }).click();
  await pane(page).getByRole('button', { name: '新建组' }).click();
  await answer(page, '组名称', '渝西片区');
  const groupSelect = pane(page).getByLabel('比较范围');
  await expect(groupSelect.locator('option:checked')).toHaveText('渝西片区');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(groupSelect.locator('option', { hasText: '渝西片区' })).toHaveCount(0);
  await page.getByRole('button', { name: '重做' }).click();
  await groupSelect.selectOption({ label: '渝西片区' });
  await pane(page).getByRole('checkbox', { name: '江津区' }).check();
  await pane(page).getByRole('checkbox', { name: '荣昌区' }).check();
  await expect.poll(() => order(page)).toHaveLength(2);
  await workbook(page).app((a) => a.flush());
  await page.reload();
  await workbook(page).ready();
  await showView(page, 'ranks');
  await groupSelect.selectOption({ label: '渝西片区' });
  await expect.poll(async () => (await order(page)).sort()).toEqual(['江津区', '荣昌区'].sort());
  // Undo takes the last member off; the group itself stays (made before the reload).
  await pane(page).locator('summary', { hasText: '自定义比较组' }).click();
  await pane(page).getByRole('checkbox', { name: '大足区' }).check();
  await expect.poll(() => order(page)).toHaveLength(3);
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => order(page)).toHaveLength(2);
});

test('a snapshot keeps the peer groups: restoring it brings a deleted group back', async ({
  page,
}) => {
  await openApp(page);
  await showView(page, 'ranks');
  await pane(page).locator('summary', { hasText: '自定义比较组' }).click();
  await pane(page).getByRole('button', { name: '新建组' }).click();
  await answer(page, '组名称', '渝西片区');
  await pane(page).getByRole('checkbox', { name: '江津区' }).check();
  const groupSelect = pane(page).getByLabel('比较范围');
  await workbook(page).openMore('快照');
  const panel = page.getByRole('dialog', { name: '快照' });
  await panel.getByLabel('快照名称').fill('分组之后');
  await panel.getByRole('button', { name: '保存当前为快照' }).click();
  await expect(panel.locator('.snapshot-item', { hasText: '分组之后' })).toBeVisible();
  await panel.getByRole('button', { name: '关闭' }).click();
  await pane(page).getByRole('button', { name: '删除组' }).click();
  await answer(page, '确定删除比较组', null);
  await expect(groupSelect.locator('option', { hasText: '渝西片区' })).toHaveCount(0);
  await workbook(page).restoreSnapshot('分组之后');
  await expect(groupSelect.locator('option', { hasText: '渝西片区' })).toHaveCount(1);
  await groupSelect.selectOption({ label: '渝西片区' });
  await expect.poll(() => order(page)).toEqual(['江津区']);
});

test('the best quartile is proposed as a goal-set target, and undone', async ({ page }) => {
  await openApp(page);
  await importCsv(page, '排名.csv', CSV);
  await pickIndicator(page, LIT);
  await showView(page, 'ranks');
  await expect(pane(page).locator('[data-stat="bestQuartile"]')).toHaveText('41%');
  const sets = () => workbook(page).app((a) => a.state().goalSets.map((g) => g.name));
  const before = await sets();
  await pane(page).getByRole('button', { name: '将最佳四分位值设为目标…' }).click();
  await answer(page, '目标来源', '对标目标');
  await answer(page, '确认目标年份', '2027');
  const target = () =>
    workbook(page).app((a) =>
      a
        .state()
        .goalSets.find((g) => g.name === '对标目标')
        ?.targets.find((x) => x.indicator === '居民健康素养水平'),
    );
  await expect.poll(target).toMatchObject({ value: 41, year: 2027 });
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(sets).toEqual(before);
});

test('city scale: all 38 districts are ranked, 黔江区 among the 6 of 渝东南', async ({ page }) => {
  const city = syntheticCity({ indicators: 2, years: 3 });
  const indicator = city.catalog[0]!.indicator;
  await openApp(page);
  await importCsv(page, 'city.csv', syntheticCsv(city), { replace: true });
  await pickIndicator(page, indicator);
  await showView(page, 'ranks');
  await pane(page).getByRole('button', { name: '显示全部 38 个区县' }).click();
  await expect.poll(async () => (await order(page)).length).toBe(38);

  // The expected rank, from the workbook's own values: each district's latest actual.
  const south = [
    '黔江区',
    '武隆区',
    '石柱土家族自治县',
    '秀山土家族苗族自治县',
    '酉阳土家族苗族自治县',
    '彭水苗族土家族自治县',
  ];
  const latest = new Map<string, { year: number; value: number }>();
  for (const o of city.observations)
    if (o.indicator === indicator && o.kind === 'actual' && o.value !== null) {
      const was = latest.get(o.district);
      if (!was || o.year > was.year) latest.set(o.district, { year: o.year, value: o.value });
    }
  const direction = await workbook(page).app(
    (a, i) => a.state().catalog.get(i)?.direction,
    indicator,
  );
  const mine = latest.get('黔江区')!.value;
  const values = south.flatMap((d) => (latest.has(d) ? [latest.get(d)!.value] : []));
  const better = values.filter((v) => (direction === 'lower' ? v < mine : v > mine)).length;
  const expected = `${better + 1}/${values.length}`;

  await pane(page).getByLabel('比较范围').selectOption({ label: '渝东南武陵山区城镇群' });
  await expect.poll(async () => (await order(page)).sort()).toEqual([...south].sort());
  const row = pane(page).locator('table.ranks-table tbody tr', {
    has: page.locator('th', { hasText: '黔江区' }),
  });
  await expect(row.locator('td').nth(3)).toHaveText(expected);
});

test('a refused group name says why in plain words and keeps the typed name', async ({ page }) => {
  await openApp(page);
  await showView(page, 'ranks');
  await pane(page).locator('summary', { hasText: '自定义比较组' }).click();
  const groupSelect = pane(page).getByLabel('比较范围');
  // A built-in group's name: refused, the dialog back with the name and the reason.
  await pane(page).getByRole('button', { name: '新建组' }).click();
  const first = page.locator('dialog.app-dialog');
  await first.locator('input').fill('主城都市区');
  await first.getByRole('button', { name: '确定' }).click();
  const again = page.locator('dialog.app-dialog').filter({ hasText: '内置比较组' });
  await expect(again).toBeVisible();
  await expect(again.locator('input')).toHaveValue('主城都市区');
  await expect(again).not.toContainText('peerGroup');
  await expect(groupSelect.locator('option', { hasText: '主城都市区' })).toHaveCount(1);
  // Too long: the limit said, the typed name kept to be shortened.
  const long = '很长的名字'.repeat(40);
  await again.locator('input').fill(long);
  await again.getByRole('button', { name: '确定' }).click();
  const tooLong = page.locator('dialog.app-dialog').filter({ hasText: '最多 40 个字' });
  await expect(tooLong).toBeVisible();
  await expect(tooLong).not.toContainText('peerGroup');
  await expect(tooLong.locator('input')).toHaveValue(long);
  await tooLong.locator('input').fill('渝西片区');
  await tooLong.getByRole('button', { name: '确定' }).click();
  await expect(groupSelect.locator('option:checked')).toHaveText('渝西片区');
});

test('an indicator with no better direction is ordered by size, its changes not good or bad', async ({
  page,
}) => {
  const NEUTRAL = '常住人口测试量'; // not in the catalog: no direction
  const csv =
    '区县,指标,单位,年份,类型,数值\n' +
    DISTRICTS.map(
      (d, i) =>
        `${d},${NEUTRAL},万人,2023,实际,${10 + i}\n${d},${NEUTRAL},万人,2024,实际,${20 - i}`,
    ).join('\n') +
    '\n';
  await openApp(page);
  await importCsv(page, '中性.csv', csv);
  await pickIndicator(page, NEUTRAL);
  await showView(page, 'ranks');
  await expect.poll(() => order(page)).toEqual([...DISTRICTS]);
  const notes = pane(page).locator('.ranks-notes');
  await expect(notes).toContainText('100 为最大');
  await expect(notes).not.toContainText('100 为最好');
  await expect(notes).toContainText('不表示好坏');
  await expect(pane(page).locator('table.ranks-table thead')).toContainText('按数值');
  const changes = pane(page).locator('table.ranks-table tbody td.rk-change');
  await expect(changes.first()).toContainText('↑');
  await expect(pane(page).locator('td.rk-up, td.rk-down')).toHaveCount(0);
});

test('a backup’s group members must be districts: aliases become the district, others refused', async ({
  page,
}) => {
  await openApp(page);
  const wb = workbook(page);
  const file = await wb.exportBackup();
  const withGroup = (members: string[]) =>
    JSON.stringify({ ...file.backup, peerGroups: [{ id: 'g1', name: '备份组', members }] });
  // Not a district, and 江津区 three times over (Jiangjin, 500116): refused, with the place.
  await wb.chooseBackup('bad.json', withGroup(['不存在区', '江津区', 'Jiangjin', '500116']));
  await expect(page.locator('.toast')).toContainText('peerGroups[0].members[0]');
  await expect(page.locator('.toast')).toContainText('不存在区');
  expect(await wb.app((a) => a.state().peerGroups)).toEqual([]);
  // Other names of districts: stored as the district, and the toast says the groups changed.
  await wb.importBackup('ok.json', withGroup(['Jiangjin', '500151']));
  await expect(page.locator('.toast')).toContainText('1 个比较组有变化');
  expect(await wb.app((a) => a.state().peerGroups.map((g) => g.members))).toEqual([
    ['江津区', '铜梁区'],
  ]);
});
