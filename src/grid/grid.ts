// The only Handsontable wrapper. The grid never holds canonical data: every edit is cancelled
// here and handed to the app as raw text; the store's next view is pushed back in.
import type Handsontable from 'handsontable/base';
import { textRenderer } from 'handsontable/renderers/textRenderer';
import { TextEditor } from 'handsontable/editors/textEditor';
import { handsontableLicenseKey } from '../config';
import { setupHandsontable } from './setup';
import { compareSortKeys, numericSortKey } from '../model/sortKeys';
import {
  columnSettings,
  escapeHtml,
  PUSH_MAX,
  sameMeta,
  sourceOf,
  type CompareFactory,
} from './columns';
import type { CellChange, CellMeta, EditSource, GridHandle, GridOptions, GridRow } from './types';

export type * from './types';

export function mountGrid(el: HTMLElement, opt: GridOptions): GridHandle {
  const Hot = setupHandsontable();
  let rows: GridRow[] = [];
  let data: Record<string, string | number | null>[] = [];
  let keys = opt.columns.map((c) => c.key);
  // After an edit, paste or fill the grid moves or widens the selection by itself (Enter, Tab);
  // until the planner's next key or click, such moves are not reported, so the charts stay on
  // the edited cell.
  let gridMove = false;
  /** The cell an editor was last opened on (its row by key), and the text it showed then. */
  let opened: { row: number; prop: string; text: string; key: string | undefined } | null = null;

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
    const title = typeof meta?.title === 'function' ? meta.title() : (meta?.title ?? '');
    if (td.title !== title) td.title = title;
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

  /** A typed or pasted text for a cell, unless it changes nothing. */
  function changeOf(
    visualRow: number,
    prop: string,
    prev: unknown,
    next: unknown,
    typed: boolean,
  ): CellChange | null {
    // A typed value belongs to the row its editor was opened on, found by key: rows may have
    // moved under the open editor (another tab added or reordered rows).
    const own = typed && opened?.row === visualRow && opened.prop === prop ? opened : null;
    const row = own ? rows.find((r) => r.key === own.key) : rows[hot.toPhysicalRow(visualRow)];
    const before = own ? row?.values[prop] : prev;
    const raw = typeof next === 'string' ? next : typeof next === 'number' ? String(next) : '';
    // An editor closed on the text it opened with changes nothing: the shown text may be
    // rounded («≥95.123457» for 95.1234567891), and writing it back would round the value.
    const shown = typeof before === 'string' || typeof before === 'number' ? String(before) : '';
    // The text the editor opened with counts too: the store may have changed the cell under
    // an open editor (a paste still painting, another tab), and the stale text must not win.
    const unchanged = raw === shown || (own !== null && raw === own.text);
    // Its row is gone (another tab removed it): said, never written to another row.
    if (own && !row && !unchanged) opt.onRowGone?.(raw);
    return row && !unchanged ? { row, key: prop, raw } : null;
  }

  function hand(out: CellChange[], source: EditSource) {
    if (!out.length) return;
    opt.onEdit(out, source);
    const first = out[0] as CellChange;
    opt.onSelect?.(first.row, first.key);
    gridMove = true;
  }

  // A typed value goes straight to the app instead of through Handsontable's data: its
  // setDataAtCell would redraw the whole viewport for a change the store then makes anyway
  // (the store's new cell is pushed in by update()). Ctrl+Enter over a range keeps that path.
  class StoreEditor extends TextEditor {
    override saveValue(value: unknown, ctrlDown?: boolean) {
      if (ctrlDown || this.row === null || this.col === null)
        return super.saveValue(value, ctrlDown);
      const cell: unknown = Array.isArray(value) && Array.isArray(value[0]) ? value[0][0] : value;
      const prop = String(hot.colToProp(this.col));
      const change = changeOf(this.row, prop, hot.getDataAtCell(this.row, this.col), cell, true);
      hand(change ? [change] : [], 'edit');
    }
  }

  const hot = new Hot(el, {
    licenseKey: handsontableLicenseKey,
    themeName: 'ht-theme-main',
    // Handsontable's own menus; en-US is its built-in default.
    language: opt.lang === 'en' ? 'en-US' : 'zh-CN',
    data,
    colHeaders: opt.columns.map((c) => escapeHtml(c.title)),
    columns: columnSettings(
      opt.columns,
      render,
      byNumber,
      StoreEditor,
    ) as Handsontable.ColumnSettings[],
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
        changes[i] = null; // the store decides; the grid shows what the store holds
        const change = changeOf(visualRow, String(prop), prev, next, source === 'edit');
        if (change) out.push(change);
      }
      hand(out, sourceOf(source));
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
        key: rows[hot.toPhysicalRow(row)]?.key,
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

  // With imeFastEdit, a move focuses the cell and schedules a select() of the editor's text a
  // timer later (Handsontable 18 checks for an open editor only when scheduling). A key landing
  // before that timer opens the editor and types its first character, which the select() then
  // marks, so the next character replaced it: 79.5 was stored as 9.5. An open editor is never
  // refocused: its own focus() already put the caret after the typed text.
  // (Handsontable calls the getter with `?.`, and its copy and paste stand aside while an editor
  // is open, so no element then is safe; its typings ask for one.)
  hot.getFocusManager().setRefocusElementGetter(() => {
    const editor = hot.getActiveEditor() as
      { isOpened(): boolean; TEXTAREA?: HTMLElement } | undefined;
    return (editor?.isOpened() ? undefined : editor?.TEXTAREA) as HTMLElement;
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

  /**
   * Repaints changed cells in place: each rendered cell's old marks come off and the renderer
   * runs on it again, as Handsontable would, without redrawing the whole viewport. False when a
   * frozen column changed (its cell has copies in the clones) or too many cells did.
   */
  function pushCells(changed: readonly { physical: number; col: number; old?: CellMeta }[]) {
    if (changed.length > PUSH_MAX) return false;
    const frozen = opt.fixedColumns ?? 1;
    if (changed.some((c) => c.col < frozen)) return false;
    for (const { physical, col, old } of changed) {
      const visual = hot.toVisualRow(physical);
      if (visual === null || visual < 0) continue;
      const td = hot.getCell(visual, col, true);
      if (!td) continue; // not rendered now: Handsontable draws it from the data when scrolled in
      if (old?.className) td.classList.remove(...old.className.split(' '));
      const prop = keys[col] as string;
      render(hot, td, visual, col, prop, data[physical]?.[prop], hot.getCellMeta(visual, col));
    }
    return true;
  }

  return {
    update(next) {
      const sameShape = next.length === rows.length && next.every((r, i) => r.key === rows[i]?.key);
      const before = rows;
      rows = next;
      if (!sameShape) {
        // The selected cell stays on its record when rows come or go above it (another tab's
        // change): the next keystroke must not go to whichever row took its place.
        const [selRow = -1, selCol = -1] = hot.getSelectedLast() ?? [];
        const held = selRow >= 0 ? before[hot.toPhysicalRow(selRow)]?.key : undefined;
        data = next.map((r) => r.values);
        hot.updateData(data, 'updateData');
        const at = held === undefined ? -1 : next.findIndex((r) => r.key === held);
        const visual = at < 0 ? null : hot.toVisualRow(at);
        if (
          visual !== null &&
          visual !== selRow &&
          selCol >= 0 &&
          !hot.getActiveEditor()?.isOpened()
        )
          hot.selectCell(visual, selCol, visual, selCol, false);
        return;
      }
      // Same rows: swap in the rows that changed and repaint their changed cells only.
      const changed: { physical: number; col: number; old?: CellMeta }[] = [];
      for (let i = 0; i < next.length; i++) {
        const row = next[i] as GridRow;
        const was = before[i] as GridRow;
        if (row === was) continue;
        data[i] = row.values;
        for (let col = 0; col < keys.length; col++) {
          const key = keys[col] as string;
          const old = was.meta?.[key];
          if (row.values[key] !== was.values[key] || !sameMeta(row.meta?.[key], old))
            changed.push({ physical: i, col, old });
        }
      }
      if (changed.length && !pushCells(changed)) hot.render();
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
        columns: columnSettings(
          columns,
          render,
          byNumber,
          StoreEditor,
        ) as Handsontable.ColumnSettings[],
      });
    },
    destroy: () => hot.destroy(),
  };
}
