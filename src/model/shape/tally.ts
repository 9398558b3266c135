// Rows and cells counted apart while a plan is built, so that no count can exceed what it
// counts: a row is taken (a value of it was), skipped (none was and one had a problem), or
// neither (only no-data marks or totals); each value cell is exactly one of the four.
import type { PlanCounts } from '../importPlan';

/** A totals row (its line) or a totals column (its header's line and 1-based column). */
export interface TotalsEntry {
  label: string;
  line: number;
  count: number;
  column?: number;
}

export interface TallyResult {
  counts: PlanCounts;
  totals: TotalsEntry[];
  noDataMarks: { mark: string; count: number }[];
}

export function tally() {
  const c: PlanCounts = {
    rows: 0,
    rowsTaken: 0,
    rowsSkipped: 0,
    cells: 0,
    cellsTaken: 0,
    cellsSkipped: 0,
    noData: 0,
    totals: 0,
  };
  const marks = new Map<string, number>();
  const totals = new Map<string, TotalsEntry>();
  let taken = 0;
  let skipped = 0;
  const endRow = () => {
    if (taken > 0) c.rowsTaken++;
    else if (skipped > 0) c.rowsSkipped++;
  };
  return {
    /** A data row begins (the previous one, if any, is done). */
    row(): void {
      if (c.rows > 0) endRow();
      c.rows++;
      taken = 0;
      skipped = 0;
    },
    taken(): void {
      c.cells++;
      c.cellsTaken++;
      taken++;
    },
    skipped(cells = 1): void {
      c.cells += cells;
      c.cellsSkipped += cells;
      skipped += cells;
    },
    noData(mark: string): void {
      c.cells++;
      c.noData++;
      marks.set(mark, (marks.get(mark) ?? 0) + 1);
    },
    /** A totals cell: of the row on `line`, or of `column` (then `line` is the header's). */
    total(label: string, line: number, column?: number): void {
      c.cells++;
      c.totals++;
      const key = column === undefined ? `${label}|line ${line}` : `${label}|column ${column}`;
      const t = totals.get(key);
      if (t) t.count++;
      else
        totals.set(
          key,
          column === undefined ? { label, line, count: 1 } : { label, line, count: 1, column },
        );
    },
    result(): TallyResult {
      if (c.rows > 0) endRow();
      return {
        counts: { ...c },
        totals: [...totals.values()],
        noDataMarks: [...marks].map(([mark, count]) => ({ mark, count })),
      };
    },
  };
}
