// Page helpers for the workbook: a small typed test API on window plus real keyboard input.
import { expect, type Page } from '@playwright/test';
import type { ViewName } from '../src/state/views';

export { VIEWS } from '../src/state/views';
export type View = ViewName;

export async function openApp(page: Page, path = '/') {
  await page.goto(path);
  await expect(page.locator('#app[data-ready="true"][data-charts="ready"]')).toBeAttached();
  // The page a planner types into has the window's focus; with several browsers running side
  // by side (the crash test launches its own) a headless page may not have it.
  await page.bringToFront();
}

export async function showView(page: Page, view: View) {
  await page.locator(`[role="tab"][data-view="${view}"]`).click();
  await expect(page.locator(`[data-pane="${view}"]`)).toBeVisible();
}

export async function selectCell(page: Page, view: View, rowKey: string, colKey: string) {
  await page.evaluate(
    ([v, r, c]) => {
      // The focus left on the editor input by the previous edit must not pass for the new
      // cell's: keystrokes typed before the new selection takes the focus would be lost.
      (document.activeElement as HTMLElement | null)?.blur();
      return (window as any).__app.selectCell(v, r, c);
    },
    [view, rowKey, colKey],
  );
  // Keystrokes reach the grid only once it has moved focus to its (IME-ready) input.
  await page.waitForFunction(() => document.activeElement?.classList.contains('handsontableInput'));
}

/** Types into the selected cell like a user: keystrokes, then Enter. */
export async function typeIntoCell(
  page: Page,
  view: View,
  rowKey: string,
  colKey: string,
  text: string,
) {
  await selectCell(page, view, rowKey, colKey);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** A clipboard paste into the selected cell, as Excel/WPS put it on the clipboard. */
export async function pasteIntoCell(
  page: Page,
  view: View,
  rowKey: string,
  colKey: string,
  text: string,
) {
  await selectCell(page, view, rowKey, colKey);
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const target = document.activeElement ?? document.body;
    target.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
    );
  }, text);
}

export interface Obs {
  id: string;
  district: string;
  indicator: string;
  unit: string;
  year: number;
  kind: string;
  value: number | null;
  scope: string;
  note: string;
}

export async function observations(
  page: Page,
  district: string,
  indicator: string,
): Promise<Obs[]> {
  return page.evaluate(
    ([d, i]) => {
      const s = (window as any).__app.state();
      return (s.table.chunks.get(d) ?? []).filter((o: any) => o.indicator === i);
    },
    [district, indicator],
  );
}

export async function chart(page: Page, id: 'across' | 'progress' | 'years') {
  return page.evaluate((cid) => (window as any).__app.charts().find((c: any) => c.id === cid), id);
}

/** Reads the stored chunk straight from IndexedDB (not through the app). */
export async function storedValue(
  page: Page,
  district: string,
  id: string,
): Promise<number | null | undefined> {
  return page.evaluate(
    ({ d, oid }) =>
      new Promise<number | null | undefined>((resolve, reject) => {
        const req = indexedDB.open('district-health-compare');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const db = req.result;
          const get = db.transaction('chunks').objectStore('chunks').get(d);
          get.onsuccess = () => {
            db.close();
            resolve(get.result?.rows.find((o: any) => o.id === oid)?.value);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    { d: district, oid: id },
  );
}

export const toast = (page: Page) => page.locator('.toast');

/** The value and observation id behind one compare cell (what the grid shows). */
export async function compareCell(page: Page, indicator: string, district: string) {
  return page.evaluate(
    ({ i, d }) => {
      const v = (window as any).__app.compare();
      const row = v.rows.find((r: any) => r.key === i);
      return row?.cells[v.districts.indexOf(d)] as
        { value: number | null; obsId: string | null } | undefined;
    },
    { i: indicator, d: district },
  );
}

/**
 * The visible text of the grid row whose frozen columns contain every `match` string.
 * Handsontable draws frozen columns in a separate clone table, so both halves are joined.
 */
export async function gridRowText(page: Page, view: View, match: string[]): Promise<string | null> {
  return page.evaluate(
    ({ v, m }) => {
      const pane = document.querySelector(`[data-pane="${v}"]`);
      const left = [...(pane?.querySelectorAll('.ht_clone_inline_start tbody tr') ?? [])];
      const master = [...(pane?.querySelectorAll('.ht_master tbody tr') ?? [])];
      const i = left.findIndex((tr) => m.every((s) => tr.textContent?.includes(s)));
      return i < 0 ? null : `${left[i]?.textContent ?? ''}|${master[i]?.textContent ?? ''}`;
    },
    { v: view, m: match },
  );
}

/** A chart's first-dataset value for one label (charts repaint on the next frame: poll it). */
export async function chartValue(page: Page, id: 'across' | 'progress' | 'years', label: string) {
  const c = await chart(page, id);
  return c ? c.datasets[0]?.data[c.labels.indexOf(label)] : undefined;
}
