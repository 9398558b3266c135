// Page object for the workbook: the app's typed test API plus real clicks and keystrokes.
// Functions passed to `app()` run in the browser: they may use only their arguments.
import { readFileSync } from 'node:fs';
import { expect, type Frame, type JSHandle, type Locator, type Page } from '@playwright/test';
import type { ChartDataForTests, ChartId } from '../../src/charts';
import type { Backup } from '../../src/model/backup';
import type { CompareCell } from '../../src/model/compare';
import type { GoalRow } from '../../src/model/goalsView';
import type { Observation } from '../../src/model/types';
import type { UiState } from '../../src/state/state';
import type { ViewName } from '../../src/state/views';
import type { AppWindow, TestApi } from './testApi';

export type View = ViewName;
export type { ChartId };
/** A stored row as IndexedDB holds it (one record per district). */
interface StoredChunk {
  rows: Observation[];
}

const STALE = /Execution context was destroyed|JSHandle is disposed|Cannot find context/;
/** One handle on window.__app per page and document: one round trip per call, not three. */
const apis = new WeakMap<Page, Promise<JSHandle<TestApi>>>();

function apiOf(page: Page): Promise<JSHandle<TestApi>> {
  const known = apis.get(page);
  if (known) return known;
  const handle = page.evaluateHandle(() => {
    const a = (window as AppWindow).__app;
    if (!a) throw new Error('the app is not ready: no window.__app');
    return a;
  });
  apis.set(page, handle);
  handle.catch(() => apis.get(page) === handle && apis.delete(page));
  const drop = (frame: Frame) => {
    if (frame !== page.mainFrame()) return;
    if (apis.get(page) === handle) apis.delete(page);
    page.off('framenavigated', drop);
  };
  page.on('framenavigated', drop);
  return handle;
}

export class Workbook {
  constructor(readonly page: Page) {}

  /** Opens the app and waits until it is ready and its charts are drawn. */
  async open(path = '/') {
    await this.page.goto(path);
    await this.ready();
    // The page a planner types into has the window's focus; with several browsers running
    // side by side (the crash test launches its own) a headless page may not have it.
    await this.page.bringToFront();
  }

  /** After a goto or reload: the app has loaded and drawn its charts. */
  async ready() {
    await expect(this.page.locator('#app[data-ready="true"][data-charts="ready"]')).toBeAttached();
  }

  /** Runs `fn` in the page with the app's test API. */
  app<R>(fn: (api: TestApi) => R | Promise<R>): Promise<R>;
  app<R, A>(fn: (api: TestApi, arg: A) => R | Promise<R>, arg: A): Promise<R>;
  async app<R, A>(fn: (api: TestApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // The one-argument overload: `arg` is plain data, which Playwright passes as it is.
    const run = async () => (await apiOf(this.page)).evaluate(fn as (api: TestApi) => R, arg);
    try {
      return await run();
    } catch (e) {
      // A handle from before a navigation the page made by itself: fetch it again, once.
      if (!STALE.test(String(e))) throw e;
      apis.delete(this.page);
      return run();
    }
  }

  get toast(): Locator {
    return this.page.locator('.toast');
  }

  get saveStatus(): Locator {
    return this.page.locator('.save-status');
  }

  async showView(view: View) {
    await this.page.locator(`[role="tab"][data-view="${view}"]`).click();
    await expect(this.page.locator(`[data-pane="${view}"]`)).toBeVisible();
  }

  /** 更多 → 快照: restores the snapshot named `name` and confirms; returns the snapshots dialog. */
  async restoreSnapshot(name: string) {
    await this.openMore('快照');
    const panel = this.page.getByRole('dialog', { name: '快照' });
    await panel
      .locator('.snapshot-item', { hasText: name })
      .getByRole('button', { name: '恢复' })
      .click();
    await this.page
      .getByRole('dialog')
      .filter({ hasText: '替换当前数据' })
      .getByRole('button', { name: '确定' })
      .click();
    return panel;
  }

  /** Opens 更多 and picks one of its items. */
  async openMore(item: string) {
    const menu = this.page.locator('details.menu').filter({
      has: this.page.locator('summary', { hasText: /^更多$/ }),
    });
    await menu.locator('summary').click();
    await menu.getByRole('button', { name: item }).click();
  }

  /** 更多 → 导出备份（JSON）: the file's suggested name, its text and what it holds. */
  async exportBackup(): Promise<{ name: string; text: string; backup: Backup }> {
    const download = this.page.waitForEvent('download');
    await this.openMore('导出备份（JSON）');
    const file = await download;
    const text = readFileSync(await file.path(), 'utf8');
    // Read as the app wrote it; the specs check the fields they rely on.
    return { name: file.suggestedFilename(), text, backup: JSON.parse(text) as Backup };
  }

  /** 导出 Excel (an .xlsx) → one table (长表/宽表/目标表): the file's suggested name and bytes. */
  async exportXlsx(item: RegExp): Promise<{ name: string; bytes: Buffer }> {
    const menu = this.page.locator('details.menu').filter({
      has: this.page.locator('summary', { hasText: '导出 Excel' }),
    });
    const download = this.page.waitForEvent('download');
    await menu.locator('summary').click();
    await menu.getByRole('button', { name: item }).click();
    const file = await download;
    return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
  }

  /**
   * 导入 CSV through the real file chooser: every new district and indicator added, merged (or
   * replacing with `replace`), and the summary closed.
   */
  async importCsv(name: string, csv: string, opts: { replace?: boolean } = {}): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: '导入 CSV' }).click();
    await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
    const dlg = this.page.getByRole('dialog', { name: '导入 CSV' });
    await expect(dlg.locator('.import-status')).toContainText('可导入');
    const addAll = dlg.getByLabel(/全部添加/);
    if (await addAll.count()) await addAll.check();
    else
      for (const box of await dlg.getByRole('checkbox', { name: /^添加新/ }).all())
        await box.check();
    if (opts.replace) await dlg.getByLabel(/替换/).check();
    await dlg.getByRole('button', { name: '导入', exact: true }).click();
    const summary = this.page.getByRole('dialog', { name: '导入结果' });
    await expect(summary).toBeVisible();
    await summary.getByRole('button', { name: '关闭' }).click();
  }

  /** Picks a backup file in 导入备份's real file chooser. */
  async chooseBackup(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.openMore('导入备份');
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  }

  /** 导入备份 with a file, confirming that it replaces the current data. */
  async importBackup(name: string, text: string): Promise<void> {
    await this.chooseBackup(name, text);
    await this.page
      .getByRole('dialog')
      .filter({ hasText: '替换当前数据' })
      .getByRole('button', { name: '确定' })
      .click();
  }

  /** Changes the selection (indicator, district, goal source …) as the toolbar would. */
  select(ui: Partial<UiState>): Promise<void> {
    return this.app((a, u) => a.select(u), ui);
  }

  /** Writes what is pending; false when the write failed. */
  flush(): Promise<boolean> {
    return this.app((a) => a.flush());
  }

  /** Edits an observation's value as if typed into its cell. */
  editValue(id: string, raw: string): Promise<void> {
    return this.app((a, [oid, r]) => a.editValue(oid, r), [id, raw] as const);
  }

  /** Text of every live chart: labels, dataset names and annotation labels. */
  chartTexts(): Promise<string[]> {
    return this.app((a) =>
      a
        .charts()
        .flatMap((c) => [
          ...c.labels,
          ...c.datasets.map((d) => d.label),
          ...c.annotations.map((n) => n.label),
        ]),
    );
  }

  isEditing(): Promise<boolean> {
    return this.app((a) => a.isEditing());
  }

  /** Observations in memory. */
  tableSize(): Promise<number> {
    return this.app((a) => a.state().table.size);
  }

  /** Every observation in memory. */
  allObservations(): Promise<Observation[]> {
    return this.app((a) => [...a.state().table.chunks.values()].flat());
  }

  /** One district's observations in memory; undefined when it has none. */
  districtRows(district: string): Promise<readonly Observation[] | undefined> {
    return this.app((a, d) => a.state().table.chunks.get(d), district);
  }

  /** Observations of one district and indicator, in memory. */
  observations(district: string, indicator: string): Promise<Observation[]> {
    return this.app(
      (a, { d, i }) => (a.state().table.chunks.get(d) ?? []).filter((o) => o.indicator === i),
      { d: district, i: indicator },
    );
  }

  /** Undo steps available. */
  undoDepth(): Promise<number> {
    return this.app((a) => a.state().past.length);
  }

  goals(): Promise<GoalRow[]> {
    return this.app((a) => a.goals());
  }

  async selectCell(view: View, rowKey: string, colKey: string) {
    await this.app(
      (a, [v, r, c]) => {
        // The focus left on the editor input by the previous edit must not pass for the new
        // cell's: keystrokes typed before the new selection takes the focus would be lost.
        (document.activeElement as HTMLElement | null)?.blur();
        return a.selectCell(v, r, c);
      },
      [view, rowKey, colKey] as const,
    );
    // Keystrokes reach the grid only once it has moved focus to its (IME-ready) input.
    await this.page.waitForFunction(() =>
      document.activeElement?.classList.contains('handsontableInput'),
    );
  }

  /** Types into a cell like a user: keystrokes, then Enter. */
  async typeIntoCell(view: View, rowKey: string, colKey: string, text: string) {
    await this.selectCell(view, rowKey, colKey);
    await this.page.keyboard.type(text);
    await this.page.keyboard.press('Enter');
  }

  /** A clipboard paste into a cell, as Excel/WPS put it on the clipboard. */
  async pasteIntoCell(view: View, rowKey: string, colKey: string, text: string) {
    await this.selectCell(view, rowKey, colKey);
    await this.page.evaluate((t) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', t);
      const target = document.activeElement ?? document.body;
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  /** The compare cell of one indicator (row key) and district, as the grid shows it. */
  compareCell(indicator: string, district: string): Promise<CompareCell | undefined> {
    return this.app(
      (a, { i, d }) => {
        const v = a.compare();
        return v.rows.find((r) => r.key === i)?.cells[v.districts.indexOf(d)];
      },
      { i: indicator, d: district },
    );
  }

  /** Row keys of the compare table, top to bottom. */
  compareRowKeys(): Promise<string[]> {
    return this.app((a) => a.compare().rows.map((r) => r.key));
  }

  chart(id: ChartId): Promise<ChartDataForTests | undefined> {
    return this.app((a, cid) => a.charts().find((c) => c.id === cid), id);
  }

  /** A chart's first-dataset value for one label (charts repaint on the next frame: poll it). */
  async chartValue(id: ChartId, label: string): Promise<number | null | undefined> {
    const c = await this.chart(id);
    return c ? c.datasets[0]?.data[c.labels.indexOf(label)] : undefined;
  }

  /** The stored row, read straight from IndexedDB (not through the app). */
  storedRow(district: string, id: string): Promise<Observation | undefined> {
    return this.page.evaluate(
      ({ d, oid }) =>
        new Promise<Observation | undefined>((resolve, reject) => {
          const req = indexedDB.open('district-health-compare');
          req.onerror = () => reject(req.error ?? new Error('open'));
          req.onsuccess = () => {
            const db = req.result;
            const get = db.transaction('chunks').objectStore('chunks').get(d);
            get.onsuccess = () => {
              db.close();
              const chunk = get.result as StoredChunk | undefined;
              resolve(chunk?.rows.find((o) => o.id === oid));
            };
            get.onerror = () => reject(get.error ?? new Error('get'));
          };
        }),
      { d: district, oid: id },
    );
  }

  /**
   * The visible text of the grid row whose frozen columns contain every `match` string.
   * Handsontable draws frozen columns in a separate clone table, so both halves are joined.
   */
  gridRowText(view: View, match: string[]): Promise<string | null> {
    return this.page.evaluate(
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
}
