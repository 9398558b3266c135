// The only Handsontable wrapper. The grid never holds canonical data: every edit is cancelled
// here and handed to the app as raw text; the store's next view is pushed back in.
import type Handsontable from 'handsontable/base';
import { textRenderer } from 'handsontable/renderers/textRenderer';
import { handsontableLicenseKey } from '../config';
import { setupHandsontable } from './setup';
import { compareSortKeys, numericSortKey, type SortOrder } from '../model/sortKeys';

export interface GridColumn {
  key: string;
  title: string;
  width?: number;
  readOnly?: boolean;
  numeric?: boolean;
  /** Choices for a dropdown editor. */
  source?: readonly string[];
  /** Allow wrapping long text (quotes). */
  wrap?: boolean;
  /** Text kept as written (quotes, notes): never translated, marked for language checks. */
  verbatim?: boolean;
  /** Sort by each row's `sort` number (numeric columns always sort by their number). */
  sortByNumber?: boolean;
}

export interface CellMeta {
  className?: string;
  title?: string;
  badge?: string;
  /** No editor opens on it (a computed value); onLocked says why. Paste and fill still reach onEdit. */
  locked?: boolean;
}

export interface GridRow {
  key: string;
  values: Record<string, string | number | null>;
  meta?: Record<string, CellMeta>;
  readOnly?: Record<string, boolean>;
  /** The number a cell sorts by when its text is not that number (“差 2”, a status); null = last. */
  sort?: Record<string, number | null>;
}

export type EditSource = 'edit' | 'paste' | 'fill' | 'cut';

export interface CellChange {
  row: GridRow;
  key: string;
  raw: string;
}

export interface GridOptions {
  columns: readonly GridColumn[];
  /** Numbers as the screen shows them (its language's format). */
  formatNumber(n: number): string;
  /** The language of Handsontable's own menus. */
  lang: 'zh' | 'en';
  fixedColumns?: number;
  /** Fixed row height: no per-render measuring (the data view leaves it off for wrapped quotes). */
  rowHeight?: number;
  onEdit(changes: CellChange[], source: EditSource): void;
  onSelect?(row: GridRow, key: string): void;
  /** Typing into a locked cell: the editor stays closed, and the app says why. */
  onLocked?(row: GridRow, key: string): void;
  /** Extra context-menu entries acting on the selected rows. */
  rowActions?: { name: string; run(rows: GridRow[]): void }[];
}

export interface GridHandle {
  update(rows: GridRow[]): void;
  isEditing(): boolean;
  selected(): GridRow[];
  refresh(): void;
  /** Selects and focuses a cell; resolves once it has rendered (false: no such visible cell). */
  selectCell(rowKey: string, colKey: string): Promise<boolean>;
  /** Replaces the columns (e.g. when an import adds a district). */
  setColumns(columns: readonly GridColumn[]): void;
  destroy(): void;
}

/** Handsontable renders header text as HTML; names from files must stay text. */
const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

function sourceOf(source: string): EditSource {
  if (source.includes('paste')) return 'paste';
  if (source.includes('cut')) return 'cut';
  if (source.includes('Autofill')) return 'fill';
  return 'edit';
}

type CompareFactory = (
  order: SortOrder,
  meta: { prop?: unknown },
) => (a: unknown, b: unknown) => number;

function columnSettings(
  columns: readonly GridColumn[],
  renderer: unknown,
  compareFunctionFactory: CompareFactory,
) {
  return columns.map((c) => ({
    data: c.key,
    readOnly: c.readOnly ?? false,
    width: c.width,
    renderer,
    // "≈2000" and "≥95" sort by their number, never as text after every plain number.
    ...(c.numeric || c.sortByNumber ? { columnSorting: { compareFunctionFactory } } : {}),
    className: [
      c.numeric ? 'htRight' : '',
      c.wrap ? 'cell-wrap' : 'htNoWrap',
      c.verbatim ? 'verbatim' : '',
    ]
      .join(' ')
      .trim(),
    ...(c.source
      ? { type: 'dropdown', source: [...c.source], strict: false, allowInvalid: true }
      : {}),
  }));
}

export function mountGrid(el: HTMLElement, opt: GridOptions): GridHandle {
  const Hot = setupHandsontable();
  let rows: GridRow[] = [];
  let data: Record<string, string | number | null>[] = [];
  let keys = opt.columns.map((c) => c.key);
  // After an edit, paste or fill the grid moves or widens the selection by itself (Enter, Tab);
  // until the planner's next key or click, such moves are not reported, so the charts stay on
  // the edited cell.
  let gridMove = false;
  /** The cell an editor was last opened on, and the text it showed then. */
  let opened: { row: number; prop: string; text: string } | null = null;

  const render = function (
    this: unknown,
    instance: Handsontable,
    td: HTMLTableCellElement,
    row: number,
    col: number,
    prop: string | number,
    value: unknown,
    cp: Handsontable.CellProperties,
  ) {
    const shown = typeof value === 'number' ? opt.formatNumber(value) : value;
    textRenderer(instance, td, row, col, prop, shown, cp);
    const physical = instance.toPhysicalRow(row);
    const meta = rows[physical]?.meta?.[String(prop)];
    td.title = meta?.title ?? '';
    if (meta?.className) td.classList.add(...meta.className.split(' '));
    if (meta?.badge) {
      const b = document.createElement('span');
      b.className = 'cell-badge';
      b.textContent = meta.badge;
      td.appendChild(b);
    }
  };

  // Handsontable hands the comparator cell values only, so each sort maps a column's values to
  // their rows' sort numbers first (equal texts stand for equal numbers).
  const byNumber: CompareFactory = (order, meta) => {
    const key = String(meta.prop);
    const keys = new Map<unknown, number | null>();
    for (const r of rows) {
      const v = r.values[key];
      if (keys.has(v)) continue;
      const explicit = r.sort?.[key];
      keys.set(v, explicit !== undefined ? explicit : numericSortKey(v));
    }
    const keyOf = (v: unknown) => (keys.has(v) ? (keys.get(v) ?? null) : numericSortKey(v));
    return (a, b) => compareSortKeys(keyOf(a), keyOf(b), order);
  };

  const hot = new Hot(el, {
    licenseKey: handsontableLicenseKey,
    themeName: 'ht-theme-main',
    // Handsontable's own menus; en-US is its built-in default.
    language: opt.lang === 'en' ? 'en-US' : 'zh-CN',
    data,
    colHeaders: opt.columns.map((c) => escapeHtml(c.title)),
    columns: columnSettings(opt.columns, render, byNumber) as Handsontable.ColumnSettings[],
    rowHeaders: false,
    fixedColumnsStart: opt.fixedColumns ?? 1,
    height: '100%',
    width: '100%',
    stretchH: 'last',
    // Widths and heights are given, so Handsontable need not measure cells on every render.
    autoColumnSize: false,
    ...(opt.rowHeight ? { rowHeights: opt.rowHeight, autoRowSize: false } : {}),
    autoWrapRow: true,
    autoWrapCol: true,
    imeFastEdit: true,
    // Toolbar buttons act on the selection, so clicking them must not clear it.
    outsideClickDeselects: false,
    undo: false,
    columnSorting: true,
    filters: true,
    dropdownMenu: ['filter_by_condition', 'filter_by_value', 'filter_action_bar'],
    manualColumnResize: true,
    fillHandle: { direction: 'vertical', autoInsertRow: false },
    copyPaste: true,
    contextMenu: {
      items: {
        copy: {},
        cut: {},
        ...(opt.rowActions ?? []).reduce<Record<string, object>>((acc, a, i) => {
          acc[`action${i}`] = {
            name: a.name,
            callback: () => a.run(selectedRows()),
          };
          return acc;
        }, {}),
      },
    },
    cells(physicalRow, _col, prop) {
      const ro = rows[physicalRow]?.readOnly?.[String(prop)];
      return ro === undefined ? {} : { readOnly: ro };
    },
    beforeChange(changes, source) {
      if (source === 'loadData' || source === 'updateData') return;
      const out: CellChange[] = [];
      for (let i = 0; i < changes.length; i++) {
        const c = changes[i];
        if (!c) continue;
        const [visualRow, prop, prev, next] = c;
        const row = rows[hot.toPhysicalRow(visualRow)];
        const raw = typeof next === 'string' ? next : typeof next === 'number' ? String(next) : '';
        changes[i] = null; // the store decides; the grid shows what the store holds
        // An editor closed on the text it opened with changes nothing: the shown text may be
        // rounded («≥95.123457» for 95.1234567891), and writing it back would round the value.
        const shown = typeof prev === 'string' || typeof prev === 'number' ? String(prev) : '';
        // The text the editor opened with counts too: the store may have changed the cell under
        // an open editor (a paste still painting, another tab), and the stale text must not win.
        const unchanged =
          raw === shown ||
          (source === 'edit' &&
            opened?.row === visualRow &&
            opened.prop === String(prop) &&
            raw === opened.text);
        if (row && !unchanged) out.push({ row, key: String(prop), raw });
      }
      if (!out.length) return;
      opt.onEdit(out, sourceOf(source));
      const first = out[0] as CellChange;
      opt.onSelect?.(first.row, first.key);
      gridMove = true;
    },
    beforeBeginEditing(row, col) {
      const r = rows[hot.toPhysicalRow(row)];
      const key = String(hot.colToProp(col));
      // Anything but false keeps Handsontable's own rules (true would lift them).
      if (!r?.meta?.[key]?.locked) return undefined;
      opt.onLocked?.(r, key);
      return false;
    },
    afterBeginEditing(row, col) {
      const text = hot.getDataAtCell(row, col);
      opened = {
        row,
        prop: String(hot.colToProp(col)),
        text: typeof text === 'string' || typeof text === 'number' ? String(text) : '',
      };
    },
    beforeKeyDown() {
      gridMove = false;
    },
    beforeOnCellMouseDown() {
      gridMove = false;
    },
    afterSelectionEnd(row, col) {
      if (row < 0 || col < 0 || gridMove) return;
      const r = rows[hot.toPhysicalRow(row)];
      const key = keys[hot.toPhysicalColumn(col)];
      if (r && key) opt.onSelect?.(r, key);
    },
  });

  // Selecting a cell in a frozen column ends with scrollIntoView on the clone's copy of the
  // cell (Handsontable's "scroll the window to the cell"), which also scrolls the clone's own
  // holder; Handsontable resyncs clones only when the master scrolls, so the frozen columns would
  // stay off the master rows. Put the clone back on the master's scroll position.
  const holder = (pane: string) => el.querySelector<HTMLElement>(`.${pane} .wtHolder`);
  const keepFrozenInStep = () => {
    const master = holder('ht_master');
    const frozen = holder('ht_clone_inline_start');
    if (master && frozen && frozen.scrollTop !== master.scrollTop) {
      frozen.scrollTop = master.scrollTop;
    }
  };
  el.addEventListener('scroll', keepFrozenInStep, { capture: true, passive: true });

  function selectedRows(): GridRow[] {
    const out = new Set<GridRow>();
    for (const [r1 = 0, , r2 = 0] of hot.getSelected() ?? []) {
      for (let r = Math.min(r1, r2); r <= Math.max(r1, r2); r++) {
        const row = rows[hot.toPhysicalRow(r)];
        if (row && r >= 0) out.add(row);
      }
    }
    return [...out];
  }

  return {
    update(next) {
      const sameShape = next.length === rows.length && next.every((r, i) => r.key === rows[i]?.key);
      rows = next;
      if (sameShape) {
        // Same rows: swap values in place and repaint the visible cells only.
        for (let i = 0; i < next.length; i++) data[i] = (next[i] as GridRow).values;
        hot.render();
      } else {
        data = next.map((r) => r.values);
        hot.updateData(data, 'updateData');
      }
    },
    selected: selectedRows,
    isEditing: () => hot.getActiveEditor()?.isOpened() ?? false,
    refresh: () => hot.refreshDimensions(),
    selectCell(rowKey, colKey) {
      const physical = rows.findIndex((r) => r.key === rowKey);
      const col = keys.indexOf(colKey);
      const visual = physical < 0 ? null : hot.toVisualRow(physical);
      // A row hidden by a filter has no visual index: nothing to select.
      if (visual === null || col < 0) return Promise.resolve(false);
      gridMove = false;
      // Scroll first: Handsontable moves the keyboard focus to a selected cell only when it is
      // rendered at that moment, so a far cell selected in one go left the focus nowhere.
      if (!hot.getCell(visual, col, true)) hot.scrollViewportTo({ row: visual, col });
      hot.selectCell(visual, col);
      keepFrozenInStep();
      // Handsontable's scroll can fall short while the heights of wrapped rows are still being
      // measured: once it has rendered, bring the master's cell into view (the clones follow).
      return new Promise<boolean>((resolve) =>
        requestAnimationFrame(() => {
          const master = holder('ht_master');
          const cell = hot.getCell(visual, col, true);
          if (master && cell) {
            const below = cell.getBoundingClientRect().bottom;
            const over = below - (master.getBoundingClientRect().top + master.clientHeight);
            if (over > 0) master.scrollTop += over;
            keepFrozenInStep();
          }
          // Still no focus in the grid (the cell was not rendered in time): give it the focus.
          const focus = hot.getFocusManager();
          if (!el.contains(document.activeElement) && !hot.getActiveEditor()?.isOpened()) {
            focus.focusOnHighlightedCell();
            focus.refocusToEditorTextarea();
          }
          resolve(true);
        }),
      );
    },
    setColumns(columns) {
      keys = columns.map((c) => c.key);
      hot.updateSettings({
        colHeaders: columns.map((c) => escapeHtml(c.title)),
        columns: columnSettings(columns, render, byNumber) as Handsontable.ColumnSettings[],
      });
    },
    destroy: () => hot.destroy(),
  };
}
