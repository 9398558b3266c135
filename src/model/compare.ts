// The compare matrix: one row per indicator (and institution scope) × one column per district.
import { origin, type Origin } from './provenance';
import { OTHER_CATEGORY } from './categories';
import type { RangeProblem } from './problems';
import { rangeProblem } from './catalog';
import { indexChunk, pickForYear, pickLatest } from './series';
import type { ObsTable } from './table';
import type { Catalog, DerivedMark, Kind, Observation } from './types';

export interface CompareOptions {
  year: 'latest' | number;
  kind: Kind;
  /** '' = every category. */
  category: string;
  districts: readonly string[];
}

export interface CompareCell {
  value: number | null;
  year: number | null;
  qualifier: string;
  obsId: string | null;
  conflict: boolean;
  /** The planner chose this value among disagreeing sources. */
  chosen: boolean;
  origin: Origin | null;
  outOfRange: RangeProblem | null;
  /** Set on a formula indicator's value: its inputs, or why it has none (缺分母). */
  derived: DerivedMark | null;
}

export interface CompareRow {
  key: string;
  indicator: string;
  scope: string;
  unit: string;
  category: string;
  cells: CompareCell[];
  mixedYears: boolean;
}

export interface CompareView {
  districts: readonly string[];
  rows: CompareRow[];
  mixedYears: boolean;
}

const EMPTY_CELL: CompareCell = {
  value: null,
  year: null,
  qualifier: '',
  obsId: null,
  conflict: false,
  chosen: false,
  origin: null,
  outOfRange: null,
  derived: null,
};

export function rowKey(indicator: string, scope: string) {
  return scope ? `${indicator}\u0001${scope}` : indicator;
}

/**
 * The compare matrix for one year, kind and category. `columns` keeps each district's column by
 * chunk identity (the caller owns it: src/state/selectors.ts), so an edit recomputes only its
 * district's column; without it every column is computed afresh.
 */
export function buildCompare(
  table: ObsTable,
  catalog: Catalog,
  opt: CompareOptions,
  columns: CompareColumns = compareColumns(),
): CompareView {
  const cols = opt.districts.map((d) => {
    const chunk = table.chunks.get(d);
    return chunk ? columnOf(chunk, catalog, opt, columns) : null;
  });
  return assemble(cols, catalog, opt);
}

/** One district's cells for a (year, kind) and catalog. */
export interface CompareColumn {
  year: CompareOptions['year'];
  kind: CompareOptions['kind'];
  catalog: Catalog;
  /** rowKey → this district's cell, and the (indicator, scope) it stands for. */
  cells: Map<string, CompareCell>;
  pairs: Map<string, { indicator: string; scope: string }>;
}

/**
 * A few (year, kind) variants of each district's column, by chunk version; and each shown
 * observation's cell, so a district's new chunk (after an edit) reuses the cells of its
 * unchanged rows and the views can tell the one changed cell by identity.
 */
export interface CompareColumns {
  columns: WeakMap<readonly Observation[], CompareColumn[]>;
  cells: WeakMap<Observation, { catalog: Catalog; conflict: boolean; cell: CompareCell }>;
}

export const compareColumns = (): CompareColumns => ({
  columns: new WeakMap(),
  cells: new WeakMap(),
});

function cellOf(obs: Observation, conflict: boolean, catalog: Catalog, cache: CompareColumns) {
  const hit = cache.cells.get(obs);
  if (hit && hit.catalog === catalog && hit.conflict === conflict) return hit.cell;
  const cell: CompareCell = {
    value: obs.value,
    year: obs.year,
    qualifier: obs.qualifier,
    obsId: obs.id,
    conflict,
    chosen: conflict && obs.preferred === true,
    // A computed value has no origin of its own: its inputs do (the trace shows them).
    origin: obs.derived ? null : origin(obs),
    outOfRange: obs.value === null ? null : rangeProblem(catalog.get(obs.indicator), obs.value),
    derived: obs.derived ?? null,
  };
  cache.cells.set(obs, { catalog, conflict, cell });
  return cell;
}

function columnOf(
  chunk: readonly Observation[],
  catalog: Catalog,
  opt: CompareOptions,
  columns: CompareColumns,
): CompareColumn {
  const cached = columns.columns.get(chunk) ?? [];
  const hit = cached.find(
    (c) => c.year === opt.year && c.kind === opt.kind && c.catalog === catalog,
  );
  if (hit) return hit;
  const col: CompareColumn = {
    year: opt.year,
    kind: opt.kind,
    catalog,
    cells: new Map(),
    pairs: new Map(),
  };
  for (const list of indexChunk(chunk).values()) {
    const first = list[0];
    if (!first || first.kind !== opt.kind) continue;
    const key = rowKey(first.indicator, first.scope);
    col.pairs.set(key, { indicator: first.indicator, scope: first.scope });
    const { obs, conflict } =
      opt.year === 'latest' ? pickLatest(list) : pickForYear(list, opt.year);
    if (!obs) continue;
    col.cells.set(key, cellOf(obs, conflict, catalog, columns));
  }
  // Keep a few (year, kind) variants per chunk: switching the selector back is instant.
  columns.columns.set(chunk, [col, ...cached].slice(0, 4));
  return col;
}

// Row order per catalog: categories in catalog order, then indicators in catalog order.
const ranks = new WeakMap<
  Catalog,
  { catRank: (c: string) => number; indRank: ReadonlyMap<string, number> }
>();
function ranksOf(catalog: Catalog) {
  let r = ranks.get(catalog);
  if (!r) {
    const order = new Map<string, number>();
    for (const e of catalog.values()) if (!order.has(e.category)) order.set(e.category, order.size);
    r = {
      catRank: (c: string) => order.get(c) ?? order.size,
      indRank: new Map([...catalog.keys()].map((k, i) => [k, i])),
    };
    ranks.set(catalog, r);
  }
  return r;
}

function assemble(
  cols: readonly (CompareColumn | null)[],
  catalog: Catalog,
  opt: CompareOptions,
): CompareView {
  // Union of (indicator, scope) pairs that have this kind in any shown district.
  const pairs = new Map<string, { indicator: string; scope: string }>();
  for (const col of cols)
    if (col) for (const [k, p] of col.pairs) if (!pairs.has(k)) pairs.set(k, p);
  const rows: CompareRow[] = [];
  for (const [key, { indicator, scope }] of pairs) {
    const entry = catalog.get(indicator);
    const category = entry?.category ?? OTHER_CATEGORY;
    if (opt.category && category !== opt.category) continue;
    const cells = cols.map((col) => col?.cells.get(key) ?? EMPTY_CELL);
    let year: number | null = null;
    let mixedYears = false;
    for (const c of cells) {
      if (c.value === null) continue;
      if (year === null) year = c.year;
      else if (c.year !== year) mixedYears = true;
    }
    rows.push({ key, indicator, scope, unit: entry?.unit ?? '', category, cells, mixedYears });
  }
  const { catRank, indRank } = ranksOf(catalog);
  rows.sort(
    (a, b) =>
      catRank(a.category) - catRank(b.category) ||
      (indRank.get(a.indicator) ?? 1e9) - (indRank.get(b.indicator) ?? 1e9) ||
      a.indicator.localeCompare(b.indicator) ||
      a.scope.localeCompare(b.scope),
  );
  return { districts: opt.districts, rows, mixedYears: rows.some((r) => r.mixedYears) };
}
