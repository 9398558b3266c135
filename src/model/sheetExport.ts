// The long, wide and goals tables as spreadsheet sheets: the CSV rows (csvFormat.ts) plus what a
// spreadsheet adds — each column's number format, which column is the goal status, and the
// observations behind the values (for the sources sheet). Pure: no spreadsheet library here.
import {
  GOAL_HEADERS,
  KIND_TEXT,
  LONG_FIELDS,
  LONG_HEADERS,
  STATUS_TEXT,
  goalRowsCsv,
  longRows,
  wideRows,
  type Cell,
  type Lang,
} from './csvFormat';
import type { CompareView } from './compare';
import { PACE_STATUS_TEXT } from './paceExport';
import type { GoalStatus } from './goals';
import type { GoalRow } from './goalsView';
import { findObservation, tableRows, type ObsTable } from './table';
import type { Kind, Observation } from './types';

/** How a column's numbers are shown; no numFmt = General, which shows a value as stored. */
export interface SheetColumn {
  numFmt?: string;
}

/** A status column and the words its cells use for each status colour. */
export interface StatusColumn {
  column: number;
  text: Record<GoalStatus, string>;
}

/** One table: rows[0] is the header. `status` marks the goal-status column, `pace` 按当前速度. */
export interface SheetTable {
  rows: Cell[][];
  columns: SheetColumn[];
  status?: StatusColumn;
  pace?: StatusColumn;
}

/** A table and the observations its values come from, in the table's order. */
export interface SheetExport {
  table: SheetTable;
  sources: SheetTable;
}

// Values keep General: they carry each indicator's own decimals, and a fixed format would show
// a planner's later edit (95.25 in a '0.0' cell) rounded. Years and computed columns get the
// decimals the app shows (src/views/goalsView.ts: progress 1, gap 2, per year 3).
const YEAR = { numFmt: '0' };
const GENERAL: SheetColumn = {};

const columnsFor = (header: readonly Cell[], formats: ReadonlyMap<number, SheetColumn>) =>
  header.map((_, i) => formats.get(i) ?? GENERAL);

export function longSheet(t: ObsTable, lang: Lang): SheetExport {
  const rows = longRows(t, lang);
  const header = rows[0] ?? [];
  const columns = columnsFor(header, new Map([[LONG_FIELDS.indexOf('year'), YEAR]]));
  return { table: { rows, columns }, sources: sourcesTable(tableRows(t), lang) };
}

export function wideSheet(view: CompareView, t: ObsTable, lang: Lang, kind: Kind): SheetExport {
  const rows = wideRows(view, lang, kind);
  const header = rows[0] ?? [];
  // After the five fixed columns each district has a value column and its year column.
  const fixed = header.length - view.districts.length * 2;
  const formats = new Map(view.districts.map((_, i) => [fixed + i * 2 + 1, YEAR] as const));
  const ids = view.rows.flatMap((r) =>
    r.cells.map((c, i) => ({ id: c.obsId, district: view.districts[i] })),
  );
  return {
    table: { rows, columns: columnsFor(header, formats) },
    sources: sourcesTable(observationsOf(t, ids), lang),
  };
}

export function goalsSheet(goals: readonly GoalRow[], t: ObsTable, lang: Lang): SheetExport {
  const rows = goalRowsCsv(goals, lang);
  const at = (zh: string) => GOAL_HEADERS.zh.indexOf(zh);
  const formats = new Map<number, SheetColumn>([
    [at('基线年'), YEAR],
    [at('最新年'), YEAR],
    [at('目标年'), YEAR],
    [at('进度%'), { numFmt: '0.0' }],
    [at('差距'), { numFmt: '0.00' }],
    [at('年均需提升'), { numFmt: '0.000' }],
    [at('年均变化(实际)'), { numFmt: '0.000' }],
    [at('预计达成年份'), YEAR],
  ]);
  const ids = goals.flatMap((g) =>
    [g.baseline?.id, g.latest?.id, g.target?.id].map((id) => ({ id, district: g.district })),
  );
  return {
    table: {
      rows,
      columns: columnsFor(GOAL_HEADERS[lang], formats),
      status: { column: at('状态'), text: STATUS_TEXT[lang] },
      pace: { column: at('按当前速度'), text: paceColours(lang) },
    },
    sources: sourcesTable(observationsOf(t, ids), lang),
  };
}

/** The pace words under the progress status whose colour they take. */
function paceColours(lang: Lang): Record<GoalStatus, string> {
  const w = PACE_STATUS_TEXT[lang];
  return { met: w.met, on_track: w.reachable, behind: w.unreachable, no_data: w.insufficient };
}

/** The observations behind a table's cells, each once, in the table's order. */
function observationsOf(
  t: ObsTable,
  refs: readonly { id: string | null | undefined; district: string | undefined }[],
): Observation[] {
  const seen = new Set<string>();
  const out: Observation[] = [];
  const add = (id: string | null | undefined, district: string | undefined): void => {
    if (!id || seen.has(id)) return;
    seen.add(id);
    const o = findObservation(t, id, district);
    // A computed value has no report of its own: its inputs' reports are its sources.
    if (o?.derived) for (const i of o.derived.inputs) add(i.obsId, district);
    else if (o) out.push(o);
  };
  for (const { id, district } of refs) add(id, district);
  return out;
}

const SOURCE_FIELDS = [
  'district',
  'indicator',
  'scope',
  'unit',
  'year',
  'kind',
  'value',
  'qualifier',
  'source',
  'quote',
] as const;

/** Each value's place, year, kind and number, with the report it came from and its sentence. */
export function sourcesTable(obs: readonly Observation[], lang: Lang): SheetTable {
  const header: Cell[] = SOURCE_FIELDS.map((f) => LONG_HEADERS[lang][f]);
  const rows: Cell[][] = [header];
  for (const o of obs)
    rows.push(SOURCE_FIELDS.map((f) => (f === 'kind' ? KIND_TEXT[lang][o.kind] : o[f])));
  const year = SOURCE_FIELDS.indexOf('year');
  return { rows, columns: header.map((_, i) => (i === year ? YEAR : GENERAL)) };
}
