// Workbook bytes (.xlsx, .xls, WPS .et) → Sheets of plain text cells. The spreadsheet library is
// large, so it is loaded here on first use and never lands in the first-load bundle.
import type { WorkBook, WorkSheet } from '@e965/xlsx';
import type { Problem } from '../../model/problems';
import type { Sheet } from '../../model/sheet';
import { cellText, type DateCodes } from './cellText';
import { fileKind } from './fileKind';

/**
 * Cells (kept rows × used columns) one sheet may fill. A city-scale long table is about 1.1
 * million; a sheet formatted or merged down to row 1,048,576 would freeze the page instead.
 */
export const MAX_SHEET_CELLS = 2_000_000;

export type WorkbookResult = { ok: true; value: Sheet[] } | { ok: false; reason: Problem };

type Library = typeof import('@e965/xlsx');

interface Cfb {
  FileIndex: unknown[];
}
interface CfbTools {
  read(data: Uint8Array, opts: { type: 'array' }): Cfb;
  find(cfb: Cfb, path: string): unknown;
}

/** An OLE file holding no workbook stream, or an encrypted one, said before the library guesses. */
function oleProblem(bytes: Uint8Array, cfbTools: CfbTools): Problem | null {
  let cfb: Cfb;
  try {
    cfb = cfbTools.read(bytes, { type: 'array' });
  } catch {
    return { code: 'unreadableWorkbook', format: 'xls' };
  }
  // An encrypted .xlsx is an OLE file holding the encrypted zip (MS-OFFCRYPTO).
  if (cfbTools.find(cfb, '/EncryptionInfo') || cfbTools.find(cfb, '/EncryptedPackage'))
    return { code: 'encryptedWorkbook' };
  if (!cfbTools.find(cfb, '/Workbook') && !cfbTools.find(cfb, '/Book'))
    return { code: 'unreadableWorkbook', format: 'xls' };
  return null;
}

export async function readWorkbook(bytes: Uint8Array): Promise<WorkbookResult> {
  const format = fileKind(bytes);
  if (format === 'csv' || format === 'html')
    return { ok: false, reason: { code: 'unreadableWorkbook', format: 'xlsx' } };
  let X: Library;
  try {
    X = await import('@e965/xlsx');
  } catch {
    // A tab left open across a deploy, offline, may find the chunk gone.
    return { ok: false, reason: { code: 'workbookCodeMissing' } };
  }
  if (format === 'xls') {
    const refused = oleProblem(bytes, X.CFB as CfbTools);
    if (refused) return { ok: false, reason: refused };
  }
  let wb: WorkBook;
  try {
    wb = X.read(bytes, { type: 'array', ...READ_OPTIONS });
  } catch (e) {
    return { ok: false, reason: readProblem(e, format) };
  }
  return sheetsOf(wb, X);
}

/** An HTML or Excel 2003 XML table, already decoded (a web page saved with an .xls name). */
export async function readMarkup(text: string): Promise<WorkbookResult> {
  let X: Library;
  try {
    X = await import('@e965/xlsx');
  } catch {
    return { ok: false, reason: { code: 'workbookCodeMissing' } };
  }
  let wb: WorkBook;
  try {
    wb = X.read(text, { type: 'string', ...READ_OPTIONS });
  } catch (e) {
    return { ok: false, reason: readProblem(e, 'html') };
  }
  return sheetsOf(wb, X);
}

// cellNF: each number's format, to tell dates; cellStyles: hidden rows and columns.
// Cached values only: no formula text, no HTML.
const READ_OPTIONS = {
  dense: true,
  cellNF: true,
  cellStyles: true,
  cellFormula: false,
  cellHTML: false,
  cellDates: false,
} as const;

function readProblem(e: unknown, format: 'xlsx' | 'xls' | 'html'): Problem {
  const text = e instanceof Error ? e.message : String(e);
  return /password|encrypt/i.test(text)
    ? { code: 'encryptedWorkbook' }
    : { code: 'unreadableWorkbook', format };
}

function sheetsOf(wb: WorkBook, X: Library): WorkbookResult {
  const date1904 = wb.Workbook?.WBProps?.date1904 === true;
  const sheets: Sheet[] = [];
  for (const name of wb.SheetNames) {
    const ws = wb.Sheets[name];
    const read = ws ? sheetOf(name, ws, X.SSF as DateCodes, date1904) : emptySheet(name);
    if (!read.ok) return read;
    sheets.push(read.value);
  }
  return { ok: true, value: sheets };
}

const emptySheet = (name: string): { ok: true; value: Sheet } => ({
  ok: true,
  value: { name, rows: [], lines: [], hiddenRows: [], hiddenColumns: [], merged: 0 },
});

interface Range {
  s: { r: number; c: number };
  e: { r: number; c: number };
}

function sheetOf(
  name: string,
  ws: WorkSheet,
  codes: DateCodes,
  date1904: boolean,
): { ok: true; value: Sheet } | { ok: false; reason: Problem } {
  // Sparse rows of text, keyed by 0-based row; only cells that hold something.
  const cells = new Map<number, string[]>();
  let width = 0;
  (ws['!data'] ?? []).forEach((row, r) => {
    row?.forEach((cell, c) => {
      const text = cellText(cell, codes, date1904);
      if (text === '') return;
      let out = cells.get(r);
      if (!out) cells.set(r, (out = []));
      out[c] = text;
      width = Math.max(width, c + 1);
    });
  });
  // Each merged range holds its top-left value in every cell; a range with an empty top-left
  // adds nothing. The area is counted before it is filled, so a sheet-high merge is refused.
  const merges = ((ws['!merges'] ?? []) as Range[]).filter(
    (m) => cells.get(m.s.r)?.[m.s.c] !== undefined,
  );
  let area = 0;
  for (const m of merges) {
    area += (m.e.r - m.s.r + 1) * (m.e.c - m.s.c + 1);
    width = Math.max(width, m.e.c + 1);
  }
  const tooLarge = (rows: number) => rows * width > MAX_SHEET_CELLS || area > MAX_SHEET_CELLS;
  if (tooLarge(cells.size)) return { ok: false, reason: tooLargeProblem(name, cells.size, width) };
  for (const m of merges) {
    const value = cells.get(m.s.r)?.[m.s.c] as string;
    for (let r = m.s.r; r <= m.e.r; r++) {
      let out = cells.get(r);
      if (!out) cells.set(r, (out = []));
      for (let c = m.s.c; c <= m.e.c; c++) out[c] = value;
    }
  }
  if (tooLarge(cells.size)) return { ok: false, reason: tooLargeProblem(name, cells.size, width) };
  const order = [...cells.keys()].sort((a, b) => a - b);
  const rows: string[][] = [];
  const lines: number[] = [];
  for (const r of order) {
    const sparse = cells.get(r) as string[];
    const row = Array.from({ length: width }, (_, c) => sparse[c] ?? '');
    if (row.every((t) => t.trim() === '')) continue;
    rows.push(row);
    lines.push(r + 1);
  }
  const kept = new Set(lines);
  const hiddenRows: number[] = [];
  (ws['!rows'] ?? []).forEach((info, r) => {
    if (info?.hidden && kept.has(r + 1)) hiddenRows.push(r + 1);
  });
  const hiddenColumns: number[] = [];
  (ws['!cols'] ?? []).forEach((info, c) => {
    if (info?.hidden && c < width) hiddenColumns.push(c + 1);
  });
  return {
    ok: true,
    value: { name, rows, lines, hiddenRows, hiddenColumns, merged: merges.length },
  };
}

const tooLargeProblem = (sheet: string, rows: number, columns: number): Problem => ({
  code: 'sheetTooLarge',
  rows,
  columns,
  limit: MAX_SHEET_CELLS,
  sheet,
});
