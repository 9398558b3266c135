// Tables → .xlsx bytes with exceljs, loaded only when a workbook is written. Numbers stay
// numbers with their formats; the header row is frozen and filtered; the goal status is coloured
// by conditional-format rules, so the colours follow a planner's edits in Excel or WPS.
import type { Workbook, Worksheet } from 'exceljs';
import type { Cell } from '../../model/csvFormat';
import type { GoalStatus } from '../../model/goals';
import type { SheetTable } from '../../model/sheetExport';

/** A sheet to write: its name (in the interface language, from the caller) and its table. */
export interface WorkbookSheet extends SheetTable {
  name: string;
}

/** The status colours of the goals grid (src/ui/app.css, .status-*), as ARGB. */
export const STATUS_COLOURS: Record<GoalStatus, { font: string; fill: string }> = {
  met: { font: 'FF2E7D32', fill: 'FFE8F5E9' },
  on_track: { font: 'FF1565C0', fill: 'FFE3F2FD' },
  behind: { font: 'FFC62828', fill: 'FFFFEBEE' },
  no_data: { font: 'FF757575', fill: 'FFF5F5F5' },
};

const HEADER_FILL = 'FFF0F3F6';
const MIN_WIDTH = 6;
const MAX_WIDTH = 60;
/** The last row Excel has: a rule over the whole column also colours rows a planner adds. */
const LAST_ROW = 1048576;

type ExcelJS = typeof import('exceljs');
export type WriteWorkbook = (sheets: readonly WorkbookSheet[]) => Promise<Uint8Array>;

/**
 * Loads exceljs and gives the writer; the page runs it in a worker (writeInWorker.ts). The
 * browser build without polyfills: core-js would replace globals such as Promise.
 */
export async function workbookWriter(): Promise<WriteWorkbook> {
  const mod = (await import('exceljs/dist/exceljs.bare.min.js')) as ExcelJS & {
    default?: ExcelJS;
  };
  const { Workbook } = mod.default ?? mod;
  return async (sheets) => {
    const wb = new Workbook();
    const used = new Set<string>();
    for (const s of sheets) addSheet(wb, uniqueName(s.name, used), s);
    const buf = await wb.xlsx.writeBuffer();
    // In the browser this is a Buffer shim over a Uint8Array; hand back a plain view of it.
    const bytes = buf as unknown as Uint8Array;
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  };
}

/** The sheets as .xlsx bytes. */
export async function writeWorkbook(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  return (await workbookWriter())(sheets);
}

function addSheet(wb: Workbook, name: string, s: WorkbookSheet): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  const width = s.rows.reduce((w, r) => Math.max(w, r.length), 0);
  // Formats first: rows added later take their column's style (setting it after walks every cell).
  for (let i = 0; i < Math.max(width, s.columns.length); i++) {
    const numFmt = s.columns[i]?.numFmt;
    const col = ws.getColumn(i + 1);
    if (numFmt) col.numFmt = numFmt;
    col.width = excelWidth(columnWidth(s.rows, i, numFmt));
  }
  for (const r of s.rows) ws.addRow(r.map(cellValue));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
    // A header is a name, never a number format's job.
    cell.numFmt = '@';
  });
  if (width > 0)
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: s.rows.length, column: width } };
  if (s.status) statusRules(ws, s.status);
  if (s.pace) statusRules(ws, s.pace);
}

function statusRules(ws: Worksheet, status: NonNullable<SheetTable['status']>): void {
  const col = ws.getColumn(status.column + 1).letter;
  const codes = Object.keys(STATUS_COLOURS) as GoalStatus[];
  ws.addConditionalFormatting({
    ref: `${col}2:${col}${LAST_ROW}`,
    rules: codes.map((code, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${status.text[code].replace(/"/g, '""')}"`],
      style: {
        font: { bold: true, color: { argb: STATUS_COLOURS[code].font } },
        fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: STATUS_COLOURS[code].fill } },
      },
    })),
  });
}

// Characters XML 1.0 cannot hold: written raw they make a file Excel refuses to open.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Strings stay strings (exceljs never reads "=1+1" as a formula); '' is no cell, as in Excel. */
function cellValue(c: Cell): string | number | null {
  if (typeof c === 'string') return c === '' ? null : c.replace(NOT_XML, '\uFFFD');
  return c;
}

/** Column width in Excel's character units; a CJK character takes two. */
function columnWidth(rows: readonly (readonly Cell[])[], i: number, numFmt?: string): number {
  let w = 0;
  for (const r of rows) {
    const c = r[i];
    if (c === null || c === undefined) continue;
    w = Math.max(w, textWidth(typeof c === 'number' ? shown(c, numFmt) : c));
    if (w >= MAX_WIDTH) return MAX_WIDTH;
  }
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
}

/**
 * Excel stores a width as characters plus 5 px of cell padding at 7 px a digit (8.43 is its
 * default), so a stored width is never whole. exceljs leaves out a column whose width is exactly
 * 9, its own default, which left such a column at Excel's narrower 8.43.
 */
const excelWidth = (chars: number) => Math.trunc((chars + 5 / 7) * 256) / 256;

const shown = (n: number, numFmt?: string) => {
  const m = numFmt ? /^0(?:\.(0+))?$/.exec(numFmt) : null;
  return m ? n.toFixed(m[1]?.length ?? 0) : String(n);
};

const WIDE =
  /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]|[\u{20000}-\u{3FFFD}]/u;

export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? 2 : 1;
  return w;
}

/** Excel refuses names over 31 characters, with []:*?/\ , or repeated. */
function uniqueName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || 'Sheet';
  let n = base;
  for (let k = 2; used.has(n.toLowerCase()); k++) n = `${base.slice(0, 28)} (${k})`;
  used.add(n.toLowerCase());
  return n;
}
