// 数据: the long table with every column. Rows can be added, edited and deleted.
import { mountGrid, type GridHandle, type GridRow } from '../grid/grid';
import { rangeProblem } from '../model/catalog';
import { tableRows } from '../model/table';
import type { Observation } from '../model/types';
import { OBSERVATION_COLUMNS } from '../model/types';
import { editObservations, removeObservations, type ObsField } from '../state/actions';
import { say, setUi, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { conflictKey } from '../model/provenance';
import { syncConflictCells, withSyncMarks } from './syncMark';
import { confirmDialog } from './dialog';
import {
  canonicalName,
  districtName,
  gridLanguage,
  indicatorName,
  scopeName,
  unitName,
  t,
} from '../i18n';
import { shownText } from '../state/messages';
import { problemText } from '../i18n/problems';

function cellMeta(s: AppState, o: Observation): GridRow['meta'] {
  const entry = s.catalog.get(o.indicator);
  const range = o.value === null ? null : rangeProblem(entry, o.value);
  const meta: NonNullable<GridRow['meta']> = {};
  if (range) meta.value = { className: 'cell-invalid', title: problemText(range) };
  if (!entry) meta.indicator = { className: 'cell-invalid', title: t.notInCatalog };
  return meta;
}

/** Only the shown columns: an observation may carry more (e.g. provenance) than the grid takes. */
const gridFields = (o: Observation): GridRow['values'] =>
  Object.fromEntries([...OBSERVATION_COLUMNS, 'note' as const].map((k) => [k, o[k]]));

export function mountData(
  el: HTMLElement,
  store: Store<AppState>,
): { update(s: AppState): void; grid: GridHandle; deleteSelected(): Promise<void> } {
  let lastTable: unknown = null;
  let lastMarks: ReadonlySet<string> | null = null;
  let shown = new Map<string, Observation>();
  let lastSeq = store.getState().lastChange?.seq ?? 0;
  const askDelete = async (rows: GridRow[]) => {
    if (!rows.length)
      return store.update((s) => ({
        ...s,
        message: { id: (s.message?.id ?? 0) + 1, kind: 'info', msg: shownText(t.noSelection) },
      }));
    if (await confirmDialog(t.deleteRowsConfirm(rows.length)))
      store.update((s) =>
        removeObservations(
          s,
          rows.map((r) => r.key),
        ),
      );
  };
  const grid = mountGrid(el, {
    ...gridLanguage(),
    onRowGone: (raw) => store.update((s) => say(s, 'error', { code: 'editRowGone', raw })),
    columns: [
      ...OBSERVATION_COLUMNS.map((key) => ({
        key,
        title: t.col[key],
        numeric: key === 'value' || key === 'year',
        wrap: key === 'quote',
        verbatim: key === 'quote',
        width: (
          {
            district: 80,
            indicator: 190,
            unit: 60,
            year: 56,
            kind: 56,
            value: 80,
            qualifier: 50,
            scope: 120,
            source: 110,
            quote: 380,
          } as Record<string, number>
        )[key],
        source:
          key === 'kind'
            ? [t.kindName.actual, t.kindName.target]
            : key === 'qualifier'
              ? ['', '≥', '≈']
              : key === 'district'
                ? store.getState().districts.map(districtName)
                : undefined,
      })),
      { key: 'note', title: t.col.note, width: 120, verbatim: true },
    ],
    fixedColumns: 2,
    onEdit(changes, source) {
      // English names shown for known districts, indicators, scopes and units are stored in Chinese.
      const catalog = store.getState().catalog;
      const named = new Set(['district', 'indicator', 'scope', 'unit']);
      const edits = changes.map((c) => ({
        id: c.row.key,
        field: c.key as ObsField,
        raw: named.has(c.key)
          ? canonicalName(c.key as 'district' | 'indicator' | 'scope' | 'unit', c.raw, catalog)
          : c.raw,
      }));
      store.update((s) =>
        editObservations(
          s,
          edits,
          { code: source === 'paste' ? 'paste' : 'edit' },
          source === 'cut' ? 'edit' : source,
        ),
      );
    },
    onSelect(row) {
      // The row shows display names; the selection takes the stored (canonical) ones.
      const o = shown.get(row.key);
      if (!o) return;
      store.update((s) =>
        setUi(s, { indicator: o.indicator, scope: o.scope, district: o.district, obsId: o.id }),
      );
    },
    rowActions: [{ name: t.deleteRows, run: (rows) => void askDelete(rows) }],
  });
  return {
    grid,
    deleteSelected: () => askDelete(grid.selected()),
    update(s) {
      const marks = syncConflictCells(s.sync.conflicts);
      if (s.table === lastTable && marks === lastMarks) return;
      lastTable = s.table;
      lastMarks = marks;
      const list = tableRows(s.table);
      shown = new Map(list.map((o) => [o.id, o]));
      const change = s.lastChange;
      const seen = lastSeq;
      lastSeq = change?.seq ?? lastSeq;
      const rows = list.map((o) => ({
        key: o.id,
        values: {
          ...gridFields(o),
          kind: t.kindName[o.kind],
          district: districtName(o.district),
          indicator: indicatorName(s.catalog, o.indicator),
          scope: scopeName(o.scope),
          unit: unitName(o.unit),
          // A value without a source was entered by hand (or imported): said, never stored.
          note: o.note || (o.source || o.quote ? '' : t.userEntered),
        },
        meta: cellMeta(s, o),
      }));
      grid.update(
        withSyncMarks(rows, marks, ['value'], (i) => conflictKey(list[i] as Observation)),
      );
      // 新增行: show the new row and put the cursor in its first cell, ready for typing.
      const added = change && change.seq !== seen && change.source === 'add';
      const id = added ? change.patch.rows[0]?.after?.id : undefined;
      if (id) void grid.selectCell(id, OBSERVATION_COLUMNS[0]);
    },
  };
}
