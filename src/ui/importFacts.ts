// What the import preview says about a plan, as plain values and words (no DOM): counts that add
// up, the rows a header can be picked from, each shown row's role, and the facts about the sheet.
import type { Prepared } from '../io/prepare';
import type { ImportPlan, PlanCounts } from '../model/importPlan';
import type { Problem } from '../model/problems';
import { t } from './strings';

/** The plan's counts; from its rows and problems when the reader gave none (one cell each). */
export function planCounts(plan: ImportPlan): PlanCounts {
  if (plan.counts) return plan.counts;
  const taken = new Set(plan.rows.map((r) => r.line));
  const skippedRows = new Set(plan.skipped.map((p) => p.line).filter((l) => !taken.has(l)));
  return {
    rows: plan.dataRows,
    rowsTaken: taken.size,
    rowsSkipped: skippedRows.size,
    cells: plan.rows.length + plan.skipped.length,
    cellsTaken: plan.rows.length,
    cellsSkipped: plan.skipped.length,
    noData: 0,
    totals: 0,
  };
}

/** The new districts and indicators ticked to be added. */
export interface Ticked {
  districts: ReadonlySet<string>;
  indicators: ReadonlySet<string>;
}

/** What an import would really take, given the boxes ticked (as applyImport decides). */
export interface Importable {
  cells: number;
  rows: number;
  /** Values held back: their new district or indicator is not ticked. */
  pending: number;
  /** The unticked new districts and indicators that hold values back. */
  districts: string[];
  indicators: string[];
}

export function importable(plan: ImportPlan, ticked: Ticked): Importable {
  const newDistricts = new Set(plan.unknownDistricts.map((d) => d.name));
  const newIndicators = new Set(plan.unknownIndicators.map((i) => i.name));
  const lines = new Set<number>();
  const districts = new Set<string>();
  const indicators = new Set<string>();
  let cells = 0;
  let pending = 0;
  for (const { line, obs } of plan.rows) {
    const d = newDistricts.has(obs.district) && !ticked.districts.has(obs.district);
    const i = newIndicators.has(obs.indicator) && !ticked.indicators.has(obs.indicator);
    if (d) districts.add(obs.district);
    if (i) indicators.add(obs.indicator);
    if (d || i) pending++;
    else {
      cells++;
      lines.add(line);
    }
  }
  return {
    cells,
    rows: lines.size,
    pending,
    districts: [...districts],
    indicators: [...indicators],
  };
}

/** The status line: rows and cells counted apart; with boxes, what they let in and hold back. */
export function countsText(plan: ImportPlan, ticked?: Ticked): string {
  const u = t.importUi;
  const c = planCounts(plan);
  if (!ticked) return u.counts(c, plan.warnings.length);
  const n = importable(plan, ticked);
  const pending = n.pending ? u.pending(n.pending, n.districts, n.indicators) : undefined;
  return u.counts({ ...c, cellsTaken: n.cells, rowsTaken: n.rows }, plan.warnings.length, pending);
}

/** A spreadsheet column's letters: 1 → A, 27 → AA. */
export function columnName(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

const MAX_HEADER_CHOICES = 20;
const CHOICE_TEXT = 36;

export interface HeaderChoice {
  /** Index into the sheet's rows (what ImportOptions.headerRow takes). */
  index: number;
  line: number;
  text: string;
}

/** The first non-empty rows, each with its line and a short text, to pick the header from. */
export function headerChoices(p: Pick<Prepared, 'preview' | 'previewLines'>): HeaderChoice[] {
  const out: HeaderChoice[] = [];
  p.preview.forEach((row, index) => {
    const cells = row.map((c) => c.trim()).filter((c) => c !== '');
    if (cells.length === 0 || out.length >= MAX_HEADER_CHOICES) return;
    const text = cells.join(' | ');
    out.push({
      index,
      line: p.previewLines[index] ?? index + 1,
      text: text.length > CHOICE_TEXT ? `${text.slice(0, CHOICE_TEXT)}…` : text,
    });
  });
  return out;
}

export type RowRole = 'header' | 'title' | 'note' | 'total';

/** Each shown line's role: the header, a title above it, a note below the data, a totals row. */
export function rowRoles(
  p: Pick<Prepared, 'plan' | 'preview' | 'previewLines'>,
): Map<number, RowRole> {
  const roles = new Map<number, RowRole>();
  const plan = p.plan;
  for (const x of plan.titles ?? []) roles.set(x.line, 'title');
  for (const x of plan.notes ?? []) roles.set(x.line, 'note');
  // A totals column's line is its header's: only a totals row is marked.
  for (const x of plan.totals ?? []) if (x.column === undefined) roles.set(x.line, 'total');
  const headerLine = p.previewLines[headerIndex(p)];
  if (headerLine !== undefined) roles.set(headerLine, 'header');
  return roles;
}

/** The unit a refusal names for the indicator it asks for (`单位：岁`), to prefill. */
export function askedUnit(reason: Problem): string | undefined {
  return reason.code === 'needIndicator' ? reason.unit : undefined;
}

/**
 * A refusal that asks for the indicator or district has no plan, but its header was found:
 * that row is the header and the non-empty rows above it are title lines.
 */
export function refusedRoles(
  p: Pick<Prepared, 'preview' | 'previewLines'>,
  header: number,
): Map<number, RowRole> {
  const roles = new Map<number, RowRole>();
  p.preview.forEach((row, i) => {
    const line = p.previewLines[i] ?? i + 1;
    if (i === header) roles.set(line, 'header');
    else if (i < header && row.some((c) => c.trim() !== '')) roles.set(line, 'title');
  });
  return roles;
}

/** The header's index among the shown rows: the plan's, else the first non-empty row. */
export function headerIndex(p: Pick<Prepared, 'plan' | 'preview'>): number {
  if (p.plan.headerRow !== undefined) return p.plan.headerRow;
  return Math.max(
    0,
    p.preview.findIndex((r) => r.some((c) => c.trim() !== '')),
  );
}

/** Each totals line kept apart: a row by its line, a column by its letters (D 列 合计). */
export function totalsTexts(plan: ImportPlan): string[] {
  const u = t.importUi;
  return (plan.totals ?? []).map((x) =>
    x.column === undefined
      ? u.totalLine(x.line, x.label, x.count)
      : u.totalColumn(columnName(x.column), x.label, x.count),
  );
}

/** 无数据 12 格（— 8，… 4）, or null when the file has no no-data marks. */
export function noDataText(plan: ImportPlan): string | null {
  const u = t.importUi;
  const marks = (plan.noDataMarks ?? []).filter((m) => m.count > 0);
  if (marks.length === 0) return null;
  const n = marks.reduce((a, m) => a + m.count, 0);
  const list = marks.map((m) => u.markCount(m.mark.trim() === '' ? u.blankMark : m.mark, m.count));
  return u.noData(n, list.join(t.sep.comma));
}

/** Hidden rows and columns of the sheet (they are read like the rest), or null. */
export function hiddenText(p: Pick<Prepared, 'hiddenRows' | 'hiddenColumns'>): string | null {
  const u = t.importUi;
  const parts: string[] = [];
  const rows = p.hiddenRows ?? [];
  const cols = p.hiddenColumns ?? [];
  if (rows.length) parts.push(u.hiddenRows(shortList(rows.map(String))));
  if (cols.length) parts.push(u.hiddenColumns(shortList(cols.map(columnName))));
  return parts.length ? u.hidden(parts.join(t.sep.comma)) : null;
}

function shortList(items: string[], max = 12): string {
  const shown = items.slice(0, max).join(t.sep.list);
  return items.length > max ? `${shown}…` : shown;
}
