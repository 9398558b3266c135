// Keys that arrive in a burst (a fast typist, a key macro, a laggy remote desktop) right after
// a move to another cell: the typed text is stored whole, in every grid and after every move key.
import { expect, test, type Page } from '@playwright/test';
import {
  compareCell,
  observations,
  openApp,
  selectCell,
  showView,
  storedValue,
  workbook,
} from './app';

const LIFE = '人均预期寿命';
const GOAL = '荣昌区|区域内就诊率||2025|';

type Key = { key: string; code: string; vk: number; text?: string; shift?: boolean };
const NAMED: Record<string, Key> = {
  ArrowRight: { key: 'ArrowRight', code: 'ArrowRight', vk: 39 },
  ArrowLeft: { key: 'ArrowLeft', code: 'ArrowLeft', vk: 37 },
  ArrowDown: { key: 'ArrowDown', code: 'ArrowDown', vk: 40 },
  Tab: { key: 'Tab', code: 'Tab', vk: 9 },
  'Shift+Tab': { key: 'Tab', code: 'Tab', vk: 9, shift: true },
  Enter: { key: 'Enter', code: 'Enter', vk: 13, text: '\r' },
  Home: { key: 'Home', code: 'Home', vk: 36 },
  End: { key: 'End', code: 'End', vk: 35 },
};
const charKey = (c: string): Key =>
  c === '.'
    ? { key: '.', code: 'Period', vk: 190, text: '.' }
    : { key: c, code: `Digit${c}`, vk: c.charCodeAt(0), text: c };

/** In a burst: the page paints a frame here (its next animation frame has run). */
const FRAME = 'frame';

/**
 * Sends the keys of `keys` (named keys, or texts typed a character at a time) to the browser in
 * bursts, none waiting for the page to handle the one before: they land together, within one
 * frame, as from a fast typist or a remote desktop. At each FRAME the page paints a frame first,
 * so a move and the first character land in one frame and the rest of the text in the next.
 */
async function burst(page: Page, keys: string[]) {
  const cdp = await page.context().newCDPSession(page);
  let sent: Promise<unknown>[] = [];
  for (const k of keys) {
    if (k === FRAME) {
      await Promise.all(sent);
      sent = [];
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
      continue;
    }
    for (const one of NAMED[k] ? [NAMED[k]] : [...k].map(charKey)) {
      const common = {
        key: one.key,
        code: one.code,
        windowsVirtualKeyCode: one.vk,
        modifiers: one.shift ? 8 : 0,
      };
      sent.push(
        cdp.send('Input.dispatchKeyEvent', {
          type: one.text ? 'keyDown' : 'rawKeyDown',
          ...(one.text ? { text: one.text, unmodifiedText: one.text } : {}),
          ...common,
        }),
        cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...common }),
      );
    }
  }
  await Promise.all(sent);
  await cdp.detach();
}

const baseline = async (page: Page) =>
  (await workbook(page).goals()).find((g) => g.key === GOAL)?.baseline?.value;

async function expectStored(page: Page, district: string, value: number) {
  await expect.poll(async () => (await compareCell(page, LIFE, district))?.value).toBe(value);
  const id = (await compareCell(page, LIFE, district))?.obsId;
  expect(id).toBeTruthy();
  await expect.poll(() => storedValue(page, district, id!)).toBe(value);
}

test('对比: → then 79.5 in one burst stores 79.5, not 9.5', async ({ page }) => {
  await openApp(page);
  await selectCell(page, 'compare', LIFE, 'd:江津区');
  await burst(page, ['ArrowRight', '7', FRAME, '9.5', 'Enter']);
  await expectStored(page, '黔江区', 79.5);
  expect((await compareCell(page, LIFE, '江津区'))?.value).toBe(80.14);
});

test('对比: Tab between values typed in one burst keeps every first digit', async ({ page }) => {
  await openApp(page);
  const cells = await workbook(page).app((a) => a.compare().districts);
  const third = cells[2]!;
  await selectCell(page, 'compare', LIFE, 'd:江津区');
  await burst(page, ['Tab', '7', FRAME, '9.5', 'Tab', '7', FRAME, '7.25', 'Enter']);
  await expectStored(page, '黔江区', 79.5);
  await expectStored(page, third, 77.25);
});

test('对比: Enter then the next value in one burst keeps its first digit', async ({ page }) => {
  await openApp(page);
  const keys = await workbook(page).compareRowKeys();
  const below = keys[keys.indexOf(LIFE) + 1]!;
  await selectCell(page, 'compare', LIFE, 'd:江津区');
  // Enter after an edit moves down a row: the next value is typed straight into it.
  await burst(page, ['80.5', 'Enter', '7', FRAME, '9.5', 'Enter']);
  await expectStored(page, '江津区', 80.5);
  await expect.poll(async () => (await compareCell(page, below, '江津区'))?.value).toBe(79.5);
});

test('目标: → ← then 87.5 in one burst sets the baseline to 87.5', async ({ page }) => {
  await openApp(page);
  await showView(page, 'goals');
  await selectCell(page, 'goals', GOAL, 'baseline');
  await burst(page, ['ArrowRight', 'ArrowLeft', '8', FRAME, '7.5', 'Enter']);
  await expect.poll(async () => baseline(page)).toBe(87.5);
});

test('目标: Shift+Tab then 87.5 in one burst sets the baseline to 87.5', async ({ page }) => {
  await openApp(page);
  await showView(page, 'goals');
  await selectCell(page, 'goals', GOAL, 'baselineYear');
  await burst(page, ['Shift+Tab', '8', FRAME, '7.5', 'Enter']);
  await expect.poll(async () => baseline(page)).toBe(87.5);
});

test('数据: End, Home, Tab… then 79.5 in one burst stores 79.5', async ({ page }) => {
  await openApp(page);
  await showView(page, 'data');
  const [obs] = await observations(page, '江津区', LIFE);
  expect(obs).toBeTruthy();
  await selectCell(page, 'data', obs!.id, 'value');
  // End goes to the note, Home to the first column after the frozen 区县/指标 (单位); three
  // Tabs (年份, 类型, 数值) come back to the value.
  const back = ['Tab', 'Tab', 'Tab'];
  await burst(page, ['End', 'Home', ...back, '7', FRAME, '9.5', 'Enter']);
  await expect.poll(() => storedValue(page, '江津区', obs!.id)).toBe(79.5);
});
