// Turns a sheet's rows into an import plan: where the table is, its shape, the accepted rows,
// and a problem for every value that cannot be taken. Nothing is changed here; the plan is
// shown to the user first.
import type { LongField } from './csvFormat';
import type { Problem } from './problems';
import { planTable } from './shape/plan';
import type { Catalog, Kind, Observation } from './types';

export { detectLayout } from './shape/layout';

/**
 * long: one value per row; wide: one column per district; regionsByYears: a row per district and
 * a column per year, for one indicator; indicatorsByYears: a row per indicator and a column per
 * year, for one district.
 */
export type Layout = 'long' | 'wide' | 'regionsByYears' | 'indicatorsByYears';
export type NewObservation = Omit<Observation, 'id'>;

export interface ImportOptions {
  layout: 'auto' | Layout;
  /** Year and kind for wide files, which have one value per district and no year column. */
  wideYear: number;
  wideKind: Kind;
  /** Index into the sheet's rows of the header row; the detected one when absent. */
  headerRow?: number;
  /** regionsByYears: the indicator and its unit when no `指标：` line or group header names it. */
  indicator?: string;
  unit?: string;
  /** indicatorsByYears: the district every value belongs to. */
  district?: string;
}

/** A line of text outside the table: a title above the header or a note below the data. */
export interface TextLine {
  line: number;
  text: string;
}

/** Rows and cells counted apart, so a skip count never exceeds the rows it is about. */
export interface PlanCounts {
  /** Data rows between the header and the notes (empty rows not counted). */
  rows: number;
  /** Rows with at least one value taken. */
  rowsTaken: number;
  /** Rows with no value taken and at least one problem. */
  rowsSkipped: number;
  /** Value cells read (a long file: one per row). */
  cells: number;
  cellsTaken: number;
  cellsSkipped: number;
  /** Cells with a no-data mark (—, …, x, empty among filled cells): neither taken nor errors. */
  noData: number;
  /** Cells of totals rows or columns (合计, 全市 …): kept apart, not a district. */
  totals: number;
}

export interface ImportContext {
  catalog: Catalog;
  districts: readonly string[];
  /**
   * Other names of catalog indicators (an English export's `Life expectancy` → 人均预期寿命) and
   * of units (`years` → 岁), given by the screens; a name found here is read as its target.
   */
  indicatorAliases?: ReadonlyMap<string, string>;
  unitAliases?: ReadonlyMap<string, string>;
}

export interface PlanRow {
  line: number;
  obs: NewObservation;
  warnings?: Problem[];
}

/**
 * Where a plan's accepted rows go, in order: the plan's own list by default, or (in the import
 * worker) straight into the columns sent to the page, so no row object is built for them. `obs`
 * may carry the id the check gave it; a sink keeps every other field.
 */
export interface RowSink {
  add(line: number, obs: NewObservation, warnings: Problem[] | undefined): void;
}

/** A row's problem, with the physical line it is on. */
export type LineProblem = Problem & { line: number };

export interface ImportPlan {
  layout: Layout;
  headerLang: 'zh' | 'en' | 'mixed';
  header: string[];
  rows: PlanRow[];
  skipped: LineProblem[];
  warnings: LineProblem[];
  unknownDistricts: { name: string; count: number }[];
  unknownIndicators: { name: string; unit: string; count: number }[];
  dataRows: number;
  /** The fields the file has: a merge leaves the others (a note, a source) as they are. */
  fields?: LongField[];
  /** Wide files only: each value's year comes from the file, not from the preview's choice. */
  yearsFromFile?: boolean;
  kindFromFile?: boolean;
  /** Index into the sheet's rows of the header row used. */
  headerRow?: number;
  /** Title lines above the header and note lines below the data. */
  titles?: TextLine[];
  notes?: TextLine[];
  /** The indicator and unit the file names for itself (`指标：…(万人)`, a group header). */
  fileIndicator?: { name: string; unit: string };
  /** The district a `地区：` title line names (an indicators × years table of one region). */
  fileDistrict?: string;
  /** Totals kept apart: label, where, and the values they carried. */
  totals?: {
    label: string;
    line: number;
    count: number;
    /** A totals column (1-based) rather than a totals row: `line` is then its header's line. */
    column?: number;
  }[];
  /** The no-data marks met, with how often. */
  noDataMarks?: { mark: string; count: number }[];
  counts?: PlanCounts;
}

export function buildPlan(
  rows: readonly string[][],
  opt: ImportOptions,
  ctx: ImportContext,
  onProgress?: (done: number, total: number) => void,
  /** Each row's physical line (a quoted cell can span lines); row index + 1 when absent. */
  lines?: readonly number[],
  /** Where the accepted rows go instead of `plan.rows` (left empty then). */
  sink?: RowSink,
): { ok: true; plan: ImportPlan } | { ok: false; reason: Problem } {
  return planTable(rows, opt, ctx, onProgress, lines, sink);
}
