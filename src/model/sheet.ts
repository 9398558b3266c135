// One sheet of an imported file as plain text cells. A CSV is one sheet; a workbook has one per
// worksheet. The io adapters fill this; the model reads shapes and values from it.

/** One sheet, as read; nothing here is judged yet. */
export interface Sheet {
  /** The worksheet's name ('' for a CSV). */
  name: string;
  /**
   * Non-empty rows of cells as text. Numbers are their exact shortest decimal (never the
   * formatted text), dates are ISO `yyyy-mm-dd`, formulas their cached values, and every cell
   * of a merged range holds the range's value.
   */
  rows: string[][];
  /** Each row's 1-based line (CSV: physical line) or row number (workbook). */
  lines: number[];
  /** 1-based row numbers of hidden rows (workbooks only). */
  hiddenRows: number[];
  /** 1-based column numbers of hidden columns (workbooks only). */
  hiddenColumns: number[];
  /** How many merged ranges were filled with their spanning value. */
  merged: number;
}

/** What a sheet chooser shows for each sheet of a workbook. */
export interface SheetInfo {
  name: string;
  /** Non-empty rows. */
  rows: number;
}
