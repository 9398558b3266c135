// Rows and cells counted apart while a plan is built, so that no count can exceed what it
// counts: a row is taken (a value of it was), skipped (none was and one had a problem), or
// neither (only no-data marks or totals); each value cell is exactly one of the four.
import type { PlanCounts } from '../importPlan';

export interface TallyResult {
  counts: PlanCounts;
  totals: { label: string; line: number; count: number }[];
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
  const totals = new Map<string, { label: string; line: number; count: number }>();
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
    total(label: string, line: number): void {
      c.cells++;
      c.totals++;
      const t = totals.get(label);
      if (t) t.count++;
      else totals.set(label, { label, line, count: 1 });
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
