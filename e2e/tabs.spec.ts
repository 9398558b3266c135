// Two tabs on one workbook: undo leaves what the other tab changed since, and edits to different
// fields of one row (or different slides) made at the same moment are all kept.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  compareCell,
  openApp,
  pasteIntoCell,
  showView,
  toast,
  typeIntoCell,
  workbook,
} from './app';

const LIT = '居民健康素养水平';
const JJ = 'd:江津区';
/** Set in the page to let the held write transaction finish. */
type HeldWrites = Window & { __release?: boolean };

const cellValue = async (page: Page, district: string) =>
  (await compareCell(page, LIT, district))?.value ?? null;

test('undo in one tab leaves the cell another tab changed since, names it, and undoes the rest', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context);
  // One paste in A: a filled cell (江津) and an empty one (黔江).
  await pasteIntoCell(a, 'compare', LIT, JJ, '44\t45');
  await expect.poll(() => cellValue(b, '黔江区')).toBe(45);
  await typeIntoCell(b, 'compare', LIT, JJ, '55');
  await expect.poll(() => cellValue(a, '江津区')).toBe(55);
  await a.keyboard.press('Control+z');
  await expect(toast(a)).toContainText('江津区 · 居民健康素养水平');
  await expect(toast(a)).toContainText('其他标签页');
  await expect.poll(() => cellValue(a, '黔江区')).toBeNull();
  expect(await cellValue(a, '江津区')).toBe(55);
  for (const p of [a, b]) {
    await expect.poll(() => cellValue(p, '黔江区')).toBeNull();
    expect(await cellValue(p, '江津区')).toBe(55);
  }
  // Redo brings back only what the undo took away.
  await a.keyboard.press('Control+y');
  await expect.poll(() => cellValue(b, '黔江区')).toBe(45);
  expect(await cellValue(a, '江津区')).toBe(55);
});

/**
 * Holds every write to the workbook (an open read-write transaction) so that edits made in
 * both tabs are unsaved at the same moment; resolves once the hold is in place.
 */
async function holdWrites(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((started, failed) => {
        const req = indexedDB.open('district-health-compare');
        req.onerror = () => failed(req.error ?? new Error('open'));
        req.onsuccess = () => {
          const db = req.result;
          const tx = db.transaction(['chunks', 'kv', 'goalSets', 'history'], 'readwrite');
          const kv = tx.objectStore('kv');
          const spin = () => {
            if ((window as HeldWrites).__release) return;
            kv.get('seeded').onsuccess = spin;
          };
          spin();
          tx.oncomplete = () => db.close();
          started();
        };
      }),
  );
}
const releaseWrites = (page: Page) =>
  page.evaluate(() => ((window as HeldWrites).__release = true));

/** The stored row, read straight from IndexedDB. */
const storedRow = (page: Page, district: string, id: string) =>
  workbook(page).storedRow(district, id);
const row = (page: Page, id: string) =>
  workbook(page).app(
    (a, oid) => [...a.state().table.chunks.values()].flat().find((o) => o.id === oid),
    id,
  );

test('a value edit in one tab and a note edit in the other, at the same moment, both survive', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context);
  const id = (await compareCell(a, LIT, '江津区'))!.obsId!;
  await holdWrites(a);
  await typeIntoCell(a, 'compare', LIT, JJ, '46');
  await showView(b, 'data');
  await typeIntoCell(b, 'data', id, 'note', 'verified');
  await expect.poll(async () => (await row(a, id))?.value).toBe(46);
  await expect.poll(async () => (await row(b, id))?.note).toBe('verified');
  await releaseWrites(a);
  for (const p of [a, b]) {
    await expect.poll(() => row(p, id)).toMatchObject({ value: 46, note: 'verified' });
  }
  await expect
    .poll(() => storedRow(a, '江津区', id))
    .toMatchObject({ value: 46, note: 'verified' });
});

test('slides added in two tabs at the same moment are both kept', async ({ context }) => {
  const [a, b] = await twoTabs(context);
  await holdWrites(a);
  for (const p of [a, b]) {
    await p.locator('#app summary', { hasText: '幻灯片' }).click();
    await p.getByRole('button', { name: /当前指标：各区对比/ }).click();
    await expect(toast(p)).toContainText('已添加幻灯片');
  }
  await releaseWrites(a);
  const deck = (p: Page) => workbook(p).app((a) => a.state().deck.length);
  for (const p of [a, b]) await expect.poll(() => deck(p)).toBe(2);
  await a.reload();
  await openApp(a);
  expect(await deck(a)).toBe(2);
});

test('a formula indicator edited in one tab leaves the whole catalog in the other tab', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context);
  const catalogIn = (p: Page) =>
    workbook(p).app((x) =>
      [...x.state().catalog.values()].map((e) => `${e.indicator}|${e.unit}`).sort(),
    );
  const before = await catalogIn(b);
  expect(before.length).toBeGreaterThan(100);
  const name = '每千人口床位数（自定）';
  await workbook(a).openMore('公式指标…');
  const dlg = a.getByRole('dialog', { name: '公式指标' });
  await dlg.getByLabel('指标名称').fill(name);
  await dlg.getByLabel('单位').fill('张');
  await dlg.getByLabel('公式', { exact: true }).fill('床位数 ÷ 常住人口 × 1000');
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect(dlg.locator('.formula-list')).toContainText(name);
  await expect.poll(() => catalogIn(b)).toEqual([...before, `${name}|张`].sort());
  // Its unit edited in A: B follows and still has every other entry.
  await dlg.getByRole('button', { name: `编辑 ${name}` }).click();
  await dlg.getByLabel('单位').fill('张/千人');
  await dlg.getByRole('button', { name: '保存' }).click();
  await expect.poll(() => catalogIn(b)).toEqual([...before, `${name}|张/千人`].sort());
  expect(await catalogIn(a)).toEqual(await catalogIn(b));
});

/** Two tabs on the one workbook, both started. */
async function twoTabs(context: BrowserContext): Promise<[Page, Page]> {
  const a = await context.newPage();
  const b = await context.newPage();
  await openApp(a);
  await openApp(b);
  return [a, b];
}

/** In B, 江津区's 居民健康素养水平 gets a scope: a new compare row near the top, seen in A. */
async function addRowAboveFrom(b: Page, a: Page) {
  await showView(b, 'data');
  const [lit] = await workbook(b).observations('江津区', LIT);
  await typeIntoCell(b, 'data', lit!.id, 'scope', 'QQ');
  await expect
    .poll(() => workbook(a).app((x) => x.compare().rows.some((r) => r.scope === 'QQ')))
    .toBe(true);
}

for (const { what, editorOpen, value } of [
  {
    what: 'a value typed meanwhile goes to the row its editor opened on',
    editorOpen: true,
    value: 160,
  },
  { what: 'the selected cell stays on its record', editorOpen: false, value: 170 },
]) {
  test(`another tab adds a row above: ${what}`, async ({ context }) => {
    const [a, b] = await twoTabs(context);
    const lifeBefore = (await compareCell(a, '人均预期寿命', '江津区'))?.value;
    await workbook(a).selectCell('compare', '人口', JJ);
    if (editorOpen) {
      await a.keyboard.type(String(value));
      await expect.poll(() => workbook(a).app((x) => x.isEditing())).toBe(true);
    }
    await addRowAboveFrom(b, a);
    if (!editorOpen) await a.keyboard.type(String(value));
    await a.keyboard.press('Enter');
    await expect.poll(async () => (await compareCell(a, '人口', '江津区'))?.value).toBe(value);
    expect((await compareCell(a, '人均预期寿命', '江津区'))?.value).toBe(lifeBefore);
  });
}

test('a value typed into a row another tab deletes meanwhile is refused out loud, not put elsewhere', async ({
  context,
}) => {
  const [a, b] = await twoTabs(context);
  await showView(a, 'data');
  await showView(b, 'data');
  const [lit] = await workbook(a).observations('江津区', LIT);
  const size = () => workbook(a).tableSize();
  const before = await size();
  await workbook(a).selectCell('data', lit!.id, 'value');
  await a.keyboard.type('5');
  await expect.poll(() => workbook(a).app((x) => x.isEditing())).toBe(true);
  await workbook(b).selectCell('data', lit!.id, 'district');
  await b.getByRole('button', { name: '删除所选行' }).click();
  await b.locator('dialog').getByRole('button', { name: '确定' }).click();
  await expect.poll(size).toBe(before - 1);
  const fives = () =>
    workbook(a).app((x) =>
      [...x.state().table.chunks.values()]
        .flat()
        .filter((o) => o.value === 5)
        .map((o) => o.id),
    );
  const fivesBefore = await fives();
  await a.keyboard.press('Enter');
  await expect(toast(a)).toContainText('“5”未保存');
  expect(await fives()).toEqual(fivesBefore);
});
