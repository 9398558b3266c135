// Derived data in one place: the compare table, goal rows, scorecard, active goal set, years and
// chart inputs. Each selector reads only the state slices it needs (table, catalog, districts,
// goal sets, a few ui fields) and returns the same object while those are the same objects, so
// every consumer (grids, charts, toolbar, slides, export) shares one answer, and an unrelated
// update (a message, another ui field) recomputes nothing.
import {
  buildCompare,
  compareColumns,
  type CompareColumns,
  type CompareRow,
  type CompareView,
} from '../model/compare';
import type { GoalSet } from '../model/goalSets';
import { buildOwnGoals, buildSetGoals, goalMemo, type GoalRow } from '../model/goalsView';
import { buildScorecard, type Scorecard } from '../model/scorecard';
import type { Slide } from '../model/slides';
import { withDerived } from '../model/derived';
import type { ObsTable } from '../model/table';
import type { Catalog, Kind, Observation } from '../model/types';
import type { AppState } from './state';

/** The data a derived table is computed from. */
export type DataSlices = Pick<AppState, 'table' | 'catalog' | 'districts' | 'goalSets'>;

/** Remembers the `size` most recently used results, keyed by the arguments' identity. */
function memo<A extends readonly unknown[], R>(fn: (...args: A) => R, size = 1) {
  let entries: { args: A; value: R }[] = [];
  return (...args: A): R => {
    const i = entries.findIndex((e) => e.args.every((a, k) => a === args[k]));
    const hit = entries[i];
    if (hit) {
      if (i > 0) entries = [hit, ...entries.slice(0, i), ...entries.slice(i + 1)];
      return hit.value;
    }
    const value = fn(...args);
    entries = [{ args, value }, ...entries].slice(0, size);
    return value;
  };
}

// Per district chunk: an edit recomputes its own district's part only.
const compareCache: CompareColumns = compareColumns();
const goalRowMemo = goalMemo();
const chunkYears = new WeakMap<readonly Observation[], ReadonlySet<number>>();

// ── Compare ──

/** Which compare table: a year (or the latest), actual or target, a category ('' = all). */
export interface CompareChoice {
  year: 'latest' | number;
  kind: Kind;
  category: string;
}

// A few variants live at once: the grid's, the charts' unfiltered one, the slides'.
const compareOf = memo(
  (
    table: ObsTable,
    catalog: Catalog,
    districts: readonly string[],
    year: 'latest' | number,
    kind: Kind,
    category: string,
  ) =>
    buildCompare(
      withDerived(table, catalog),
      catalog,
      { year, kind, category, districts },
      compareCache,
    ),
  6,
);

export const compareFor = (s: Omit<DataSlices, 'goalSets'>, c: CompareChoice): CompareView =>
  compareOf(s.table, s.catalog, s.districts, c.year, c.kind, c.category);

/** The compare table the 对比 grid shows. */
export const selectCompare = (s: AppState): CompareView => compareFor(s, s.ui);

// ── Goal sets, goal rows, scorecard ──

/** The goal set a goal source names, or null for each district's own targets (or a stale id). */
export const goalSetFor = (goalSets: readonly GoalSet[], source: string): GoalSet | null =>
  source === 'own' ? null : (goalSets.find((g) => g.id === source) ?? null);

export const selectActiveGoalSet = (s: AppState): GoalSet | null =>
  goalSetFor(s.goalSets, s.ui.goalSource);

/** The scorecard needs a set: the one named, else the first. */
export const scorecardSetFor = (goalSets: readonly GoalSet[], source: string): GoalSet | null =>
  goalSets.find((g) => g.id === source) ?? goalSets[0] ?? null;

export interface GoalRows {
  /** null = each district's own targets. */
  set: GoalSet | null;
  rows: GoalRow[];
}

const goalRowsOf = memo(
  (table: ObsTable, catalog: Catalog, districts: readonly string[], set: GoalSet | null) => ({
    set,
    rows: set
      ? buildSetGoals(withDerived(table, catalog), catalog, districts, set, goalRowMemo)
      : buildOwnGoals(withDerived(table, catalog), catalog, districts, goalRowMemo),
  }),
  4,
);

export const goalRowsFor = (s: DataSlices, goalSource: string): GoalRows =>
  goalRowsOf(s.table, s.catalog, s.districts, goalSetFor(s.goalSets, goalSource));

/** The goal rows the 目标 grid shows for the chosen goal source. */
export const selectGoalRows = (s: AppState): GoalRows => goalRowsFor(s, s.ui.goalSource);

const scorecardOf = memo(
  (table: ObsTable, catalog: Catalog, districts: readonly string[], set: GoalSet) =>
    buildScorecard(withDerived(table, catalog), catalog, districts, set),
  4,
);

/** The scorecard for a goal source (its set, else the first), or null without goal sets. */
export function scorecardFor(s: DataSlices, goalSource: string): Scorecard | null {
  const set = scorecardSetFor(s.goalSets, goalSource);
  return set ? scorecardOf(s.table, s.catalog, s.districts, set) : null;
}

export const selectScorecard = (s: AppState): Scorecard | null => scorecardFor(s, s.ui.goalSource);

/** The stored rows with formula indicators' values: what every view reads. */
export const selectDataTable = (s: Pick<AppState, 'table' | 'catalog'>): ObsTable =>
  withDerived(s.table, s.catalog);

// ── Years ──

let lastYears: readonly number[] = [];

/** Every year with data, newest first; the same array while the years stay the same. */
export const selectYears = memo((table: ObsTable): readonly number[] => {
  const all = new Set<number>();
  for (const chunk of table.chunks.values()) {
    let ys = chunkYears.get(chunk);
    if (!ys) {
      ys = new Set(chunk.map((o) => o.year));
      chunkYears.set(chunk, ys);
    }
    for (const y of ys) all.add(y);
  }
  const list = [...all].sort((a, b) => b - a);
  const same = list.length === lastYears.length && list.every((y, i) => y === lastYears[i]);
  if (!same) lastYears = list;
  return lastYears;
});

// ── Chart inputs ──

/** What a chart is about: the UI's selection, or a slide's own. */
export interface ChartPick extends CompareChoice {
  indicator: string | null;
  scope: string;
  district: string | null;
  goalSource: string;
  /** With many districts the bar chart shows the top 12; this shows them all. */
  chartAll: boolean;
}

export interface Selection {
  indicator: string;
  scope: string;
  /** The compare row for the pick's year and kind; null when that table has no such row. */
  row: CompareRow | null;
  view: CompareView;
}

/** Everything the chart specs read. */
export interface ChartInput {
  /** The stored rows with formula indicators' values added (src/model/derived.ts). */
  table: ObsTable;
  catalog: Catalog;
  districts: readonly string[];
  pick: ChartPick;
  /** The picked indicator, or the first row of the compare table; null with no rows at all. */
  selection: Selection | null;
  goals: GoalRows;
}

function selectionOf(s: Omit<DataSlices, 'goalSets'>, pick: ChartPick): Selection | null {
  const view = compareFor(s, pick);
  if (pick.indicator === null) {
    const first = view.rows[0];
    return first ? { indicator: first.indicator, scope: first.scope, row: first, view } : null;
  }
  const find = (v: CompareView) =>
    v.rows.find((r) => r.indicator === pick.indicator && r.scope === pick.scope) ?? null;
  let row = find(view);
  let used = view;
  // A selection outside the category filter still charts: the cells don't depend on it.
  if (!row && pick.category) {
    used = compareFor(s, { ...pick, category: '' });
    row = find(used);
  }
  return { indicator: pick.indicator, scope: pick.scope, row, view: used };
}

const chartInputOf = memo(
  (
    table: ObsTable,
    catalog: Catalog,
    districts: readonly string[],
    goalSets: GoalSet[],
    ...p: [string | null, string, string | null, 'latest' | number, Kind, string, string, boolean]
  ): ChartInput => {
    const [indicator, scope, district, year, kind, category, goalSource, chartAll] = p;
    const pick = { indicator, scope, district, year, kind, category, goalSource, chartAll };
    const data = { table, catalog, districts, goalSets };
    return {
      table: withDerived(table, catalog),
      catalog,
      districts,
      pick,
      selection: selectionOf(data, pick),
      goals: goalRowsFor(data, goalSource),
    };
  },
  4,
);

export const chartInputFor = (s: DataSlices, p: ChartPick): ChartInput =>
  chartInputOf(
    s.table,
    s.catalog,
    s.districts,
    s.goalSets,
    p.indicator,
    p.scope,
    p.district,
    p.year,
    p.kind,
    p.category,
    p.goalSource,
    p.chartAll,
  );

/** The side panel's charts: the UI's selection. */
export const selectChartInput = (s: AppState): ChartInput => chartInputFor(s, s.ui);

/** A slide's own selection, whatever the UI shows. */
export const slidePick = (slide: Slide): ChartPick => ({
  indicator: slide.indicator,
  scope: slide.scope,
  district: slide.district,
  year: slide.year,
  kind: slide.dataKind,
  category: '',
  goalSource: slide.goalSource,
  // A projected bar chart stays at the top 12 (plus the slide's district): 38 bars would not
  // leave a readable label each on a 768-px screen.
  chartAll: false,
});

export const selectSlideChartInput = (s: DataSlices, slide: Slide): ChartInput =>
  chartInputFor(s, slidePick(slide));
