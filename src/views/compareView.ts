// 对比: indicators × districts. Edits go to the observation behind each cell.
import {
  categoryName,
  districtName,
  formatNumber,
  gridLanguage,
  indicatorName,
  scopeName,
  unitName,
  withUnitText,
  t,
} from '../i18n';
import type { Catalog, DerivedMark, Kind } from '../model/types';
import { absentMark } from '../model/derivedAbsent';
import type { ObsTable } from '../model/table';
import type { CompareCell, CompareRow, CompareView } from '../model/compare';
import {
  mountGrid,
  type CellMeta,
  type GridColumn,
  type GridHandle,
  type GridRow,
} from '../grid/grid';
import {
  addFromCell,
  bothSaid,
  editObservations,
  type CellEdit,
  type NewCell,
} from '../state/actions';
import { selectCompare } from '../state/selectors';
import { asOneStep, say, setUi, type AppState } from '../state/state';
import { computedProblem } from '../state/derivedGuard';
import { derivedClasses, derivedNotes, derivedShort, formulaOf } from './derivedText';
import type { Store } from '../state/store';
import { problemText } from '../i18n/problems';
import { timed } from '../state/timing';
import { conflictKey } from '../model/provenance';
import { syncConflictCells, withSyncMarks } from './syncMark';

const D = 'd:';

// Display text and marks per cell object, kept by each mounted grid: unchanged districts reuse
// their cells, so an edit formats one column, not the whole matrix.
type CellTexts = WeakMap<CompareCell, { value: string | number | null; meta: CellMeta }>;

function cellView(c: CompareCell, r: CompareRow, d: string, catalog: Catalog, cache: CellTexts) {
  const hit = cache.get(c);
  if (hit) return hit;
  // A value that could not be computed shows why (缺分母), never 0 or a blank.
  const value =
    c.value === null
      ? c.derived
        ? derivedShort(c.derived)
        : null
      : c.qualifier
        ? `${c.qualifier}${formatNumber(c.value)}`
        : c.value;
  const classes = [
    ...(c.derived ? derivedClasses(c.derived) : []),
    c.conflict ? (c.chosen ? 'cell-chosen' : 'cell-conflict') : '',
    c.outOfRange ? 'cell-invalid' : '',
    c.origin ? `mark-${c.origin}` : '',
  ].filter(Boolean);
  // The tooltip is written out only for a cell that is drawn (thousands never are), once.
  let text: string | null = null;
  const title = () => (text ??= titleText());
  const titleText = () => {
    const name = indicatorName(catalog, r.indicator);
    const where = `${districtName(d)} · ${r.scope ? t.paren(name, scopeName(r.scope)) : name}`;
    const shown = c.value === null ? String(value ?? '') : formatNumber(c.value);
    const notes = [
      t.compareCell(where, `${c.qualifier}${withUnitText(shown, r.unit)}`, c.year ?? ''),
    ];
    if (c.derived) notes.push(...derivedNotes(c.derived, catalog));
    if (c.origin) notes.push(t.trace.origin[c.origin]);
    if (c.conflict) notes.push(c.chosen ? t.trace.legendItems.chosen : t.conflictNote);
    if (c.outOfRange) notes.push(problemText(c.outOfRange));
    return notes.join('\n');
  };
  const out = {
    value,
    meta: {
      className: classes.join(' ') || undefined,
      title,
      locked: c.derived ? true : undefined,
    },
  };
  cache.set(c, out);
  return out;
}

/**
 * A formula row's empty actual cell: no year has its inputs, so nothing was computed. Said as
 * the trace and the formula preview say it (absentMark): 缺分子, naming the input.
 */
function noInputs(mark: DerivedMark | null, catalog: Catalog): { value: string; meta: CellMeta } {
  return {
    value: mark ? derivedShort(mark) : t.derived.short.missingNumerator,
    meta: {
      className: 'cell-derived cell-derived-missing',
      title: mark ? derivedNotes(mark, catalog).join('\n') : t.derived.computed,
      locked: true,
    },
  };
}

/** One compare row as grid values, marks and sort numbers. */
function toRow(
  r: CompareRow,
  view: CompareView,
  table: ObsTable,
  catalog: Catalog,
  cache: CellTexts,
  kind: Kind,
): GridRow {
  const values: GridRow['values'] = {
    indicator: indicatorName(catalog, r.indicator),
    scope: scopeName(r.scope),
    unit: unitName(r.unit),
    category: categoryName(r.category),
  };
  const meta: Record<string, CellMeta> = {};
  const formula = formulaOf(catalog, r.indicator);
  if (formula !== null)
    meta.indicator = {
      className: 'row-formula',
      title: t.derived.formulaRowTitle(formula),
      badge: t.derived.formulaRow,
    };
  const sort: Record<string, number | null> = {};
  view.districts.forEach((d, i) => {
    const c = r.cells[i];
    if (c?.derived && c.value === null) {
      const v = cellView(c, r, d, catalog, cache);
      values[D + d] = v.value;
      sort[D + d] = null;
      meta[D + d] = v.meta;
      return;
    }
    if (!c || c.value === null) {
      if (formula === null || kind !== 'actual') {
        values[D + d] = null;
        return;
      }
      const none = noInputs(absentMark(table, catalog, r.indicator, d, r.scope), catalog);
      values[D + d] = none.value;
      meta[D + d] = none.meta;
      return;
    }
    const v = cellView(c, r, d, catalog, cache);
    values[D + d] = v.value ?? null;
    sort[D + d] = c.value;
    meta[D + d] = r.mixedYears && c.year !== null ? { ...v.meta, badge: String(c.year) } : v.meta;
  });
  return { key: r.key, values, meta, sort };
}

/** A built grid row and what it was built from. */
interface Built {
  from: CompareRow;
  row: GridRow;
  /** A formula row's empty cells read the table (absentMark): the chunks they read. */
  chunks: readonly unknown[] | null;
}

/**
 * The grid rows of a compare view. A row whose cells are the same objects as last time (an
 * edit rebuilds only its own district's cells) keeps its grid row, so the grid repaints only
 * what changed. `built` is keyed by row key and belongs to one (catalog, kind, district list).
 */
function toRows(
  view: CompareView,
  table: ObsTable,
  catalog: Catalog,
  cache: CellTexts,
  kind: Kind,
  built: Map<string, Built>,
): GridRow[] {
  return view.rows.map((r) => {
    const chunks =
      formulaOf(catalog, r.indicator) === null
        ? null
        : view.districts.map((d) => table.chunks.get(d));
    const hit = built.get(r.key);
    if (hit && sameCells(hit.from, r) && sameList(hit.chunks, chunks)) {
      hit.from = r;
      return hit.row;
    }
    const row = toRow(r, view, table, catalog, cache, kind);
    built.set(r.key, { from: r, row, chunks });
    return row;
  });
}

const sameList = (a: readonly unknown[] | null, b: readonly unknown[] | null) =>
  a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

const sameCells = (a: CompareRow, b: CompareRow) =>
  a.mixedYears === b.mixedYears &&
  a.unit === b.unit &&
  a.category === b.category &&
  sameList(a.cells, b.cells);

/** Year for a value typed into an empty cell: the chosen year, else the row's usual year. */
function yearFor(s: AppState, view: CompareView, rowKey: string): number {
  if (typeof s.ui.year === 'number') return s.ui.year;
  const years =
    view.rows
      .find((r) => r.key === rowKey)
      ?.cells.map((c) => c.year)
      .filter((y): y is number => y !== null) ?? [];
  return years.length ? Math.max(...years) : new Date().getFullYear();
}

function columnsFor(districts: readonly string[]): GridColumn[] {
  return [
    { key: 'indicator', title: t.col.indicator, readOnly: true, width: 196 },
    { key: 'scope', title: t.col.scope, readOnly: true, width: 108 },
    { key: 'unit', title: t.col.unit, readOnly: true, width: 56 },
    { key: 'category', title: t.col.category, readOnly: true, width: 74 },
    ...districts.map((d) => ({ key: D + d, title: districtName(d), numeric: true, width: 86 })),
  ];
}

export function mountCompare(
  el: HTMLElement,
  store: Store<AppState>,
): { update(s: AppState): void; grid: GridHandle } {
  let view: CompareView | null = null;
  const cells: CellTexts = new WeakMap();
  // Grid rows by row key, for one catalog, kind and district list (a language switch reloads).
  let built = new Map<string, Built>();
  let builtFor: readonly unknown[] = [];
  let shownDistricts = store.getState().districts;
  let shownMarks: ReadonlySet<string> | null = null;
  const grid = mountGrid(el, {
    ...gridLanguage(),
    onRowGone: (raw) => store.update((s) => say(s, 'error', { code: 'editRowGone', raw })),
    columns: columnsFor(shownDistricts),
    fixedColumns: 1,
    rowHeight: 29,
    onEdit(changes, source) {
      const s = store.getState();
      if (!view) return;
      const edits: CellEdit[] = [];
      const creates: NewCell[] = [];
      for (const c of changes) {
        if (!c.key.startsWith(D)) continue;
        const district = c.key.slice(D.length);
        const di = view.districts.indexOf(district);
        const row = view.rows.find((r) => r.key === c.row.key);
        const cell = row?.cells[di];
        if (!row || !cell) continue;
        if (cell.obsId) edits.push({ id: cell.obsId, field: 'value' as const, raw: c.raw });
        else
          creates.push({
            district,
            indicator: row.indicator,
            scope: row.scope,
            kind: s.ui.kind,
            year: yearFor(s, view, row.key),
            raw: c.raw,
          });
      }
      const label = { code: source === 'paste' ? 'paste' : 'editValue' } as const;
      const src = source === 'edit' || source === 'cut' ? 'edit' : source;
      // Filled and empty cells of one paste or fill are one undo step.
      timed('app:edit', () =>
        store.update((st) =>
          asOneStep(st, (s0) => {
            const next = edits.length ? editObservations(s0, edits, label, src) : s0;
            if (!creates.length) return next;
            return bothSaid(s0, next, addFromCell(next, creates, label, src));
          }),
        ),
      );
    },
    onLocked(row) {
      const r = view?.rows.find((x) => x.key === row.key);
      if (r)
        store.update((s) =>
          say(s, 'error', { code: 'fieldProblems', problems: [computedProblem(r.indicator)] }),
        );
    },
    onSelect(row, key) {
      const r = view?.rows.find((x) => x.key === row.key);
      if (!r) return;
      const onDistrict = key.startsWith(D);
      const district = onDistrict ? key.slice(D.length) : store.getState().ui.district;
      const obsId = onDistrict
        ? (r.cells[view?.districts.indexOf(district ?? '') ?? -1]?.obsId ?? null)
        : null;
      store.update((s) => setUi(s, { indicator: r.indicator, scope: r.scope, district, obsId }));
    },
  });
  return {
    grid,
    update(s) {
      const next = timed('app:compareSelect', () => selectCompare(s));
      const marks = syncConflictCells(s.sync.conflicts);
      if (next === view && marks === shownMarks) return;
      view = next;
      shownMarks = marks;
      if (s.districts !== shownDistricts) {
        shownDistricts = s.districts;
        grid.setColumns(columnsFor(s.districts));
      }
      const deps = [s.catalog, s.ui.kind, s.districts];
      if (!sameList(deps, builtFor)) {
        built = new Map();
        builtFor = deps;
      }
      const rows = timed('app:compareRows', () =>
        toRows(next, s.table, s.catalog, cells, s.ui.kind, built),
      );
      const kind = s.ui.kind;
      const marked = withSyncMarks(
        rows,
        marks,
        next.districts.map((d) => D + d),
        (i, j) => {
          const r = next.rows[i];
          const c = r?.cells[j];
          const district = next.districts[j];
          return r && c?.year != null && district
            ? conflictKey({ district, indicator: r.indicator, year: c.year, kind, scope: r.scope })
            : null;
        },
      );
      timed('app:gridPush', () => grid.update(marked));
    },
  };
}
