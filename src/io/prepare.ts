// File bytes → import plan: read (a CSV decoded and parsed, or a workbook's sheet), check.
// Runs in a worker for big files, or inline.
import {
  buildPlan,
  type ImportContext,
  type ImportOptions,
  type ImportPlan,
  type RowSink,
} from '../model/importPlan';
import type { Problem } from '../model/problems';
import type { Sheet, SheetInfo } from '../model/sheet';
import { decodeBytes, type Decoded, type Encoding } from './decode';
import { parseRows, type Delimiter } from './csv';
import { fileKind, isMarkupTable, type FileFormat } from './sheets/fileKind';
import { readMarkup, readWorkbook, type WorkbookResult } from './sheets/readWorkbook';

export type { FileFormat } from './sheets/fileKind';

export interface PrepareOptions extends ImportOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** A workbook's sheet to read; when absent, the first a plan is built from (see prepareImport). */
  sheet?: string;
}

export interface Prepared {
  plan: ImportPlan;
  /** A CSV's encoding, byte-order mark and delimiter (a workbook: utf-8, none, comma). */
  encoding: Encoding;
  bom: boolean;
  delimiter: Delimiter;
  preview: string[][];
  previewLines: number[];
  format?: FileFormat;
  /** A workbook's sheets (a CSV has none), and the one read. */
  sheets?: SheetInfo[];
  sheet?: string;
  /** Hidden rows and columns of the sheet read (1-based), reported in the preview. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /** Merged ranges filled with their spanning value. */
  merged?: number;
}

export type Progress = (phase: 'decode' | 'parse' | 'check', done: number, total: number) => void;

/** What was read of a file, without a plan: the sheet, how it was taken, its first rows. */
export type ReadView = Omit<Prepared, 'plan'>;

/**
 * A refusal carries what was read (when anything was), so the preview can still show the sheet,
 * the rows to pick another header from, and the file's encoding and delimiter.
 */
export type PrepareResult =
  { ok: true; value: Prepared } | { ok: false; reason: Problem; read?: ReadView };

type Detected = Omit<Prepared, 'plan' | 'preview' | 'previewLines'>;

/**
 * What was read before the plan: the sheet and how the file was taken. A workbook opened
 * without a sheet named also gives the sheets to try in order (`tries`) and how each is taken.
 */
interface Read {
  sheet: Sheet;
  detected: Detected;
  tries?: { sheets: Sheet[]; detect: (s: Sheet) => Detected };
}

type ReadResult = { ok: true; value: Read } | { ok: false; reason: Problem };

/** Text: CSV, or a web page / Excel 2003 XML table saved with an .xls name. */
async function readText(
  bytes: Uint8Array,
  opt: PrepareOptions,
  progress?: Progress,
): Promise<ReadResult> {
  const decoded = decodeBytes(bytes, opt.encoding);
  if (!decoded.ok) return decoded;
  progress?.('parse', 0, 1);
  if (isMarkupTable(decoded.value.text)) {
    const read = readBook(await readMarkup(decoded.value.text), 'html', opt);
    if (!read.ok) return read;
    const { encoding, bom } = decoded.value;
    const tries = read.value.tries;
    const detect = (s: Sheet): Detected => ({
      ...(tries?.detect(s) ?? read.value.detected),
      encoding,
      bom,
    });
    return {
      ok: true,
      value: {
        sheet: read.value.sheet,
        detected: detect(read.value.sheet),
        ...(tries ? { tries: { sheets: tries.sheets, detect } } : {}),
      },
    };
  }
  return readCsv(decoded.value, opt);
}

function readCsv(decoded: Decoded, opt: PrepareOptions): ReadResult {
  const parsed = parseRows(decoded.text, opt.delimiter);
  if (!parsed.ok) return parsed;
  const sheet: Sheet = {
    name: '',
    rows: parsed.rows,
    lines: parsed.lines,
    hiddenRows: [],
    hiddenColumns: [],
    merged: 0,
  };
  return {
    ok: true,
    value: {
      sheet,
      detected: {
        encoding: decoded.encoding,
        bom: decoded.bom,
        delimiter: parsed.delimiter,
        format: 'csv',
      },
    },
  };
}

/** A table has a row of two or more different values; a cover or a notes sheet has none. */
function holdsTable(sheet: Sheet): boolean {
  return sheet.rows.some((r) => new Set(r.map((c) => c.trim()).filter((c) => c !== '')).size > 1);
}

/** The sheet asked for by name, else the first that holds a table, else the first with data. */
export function chooseSheet(
  sheets: readonly Sheet[],
  name: string | undefined,
): { ok: true; value: Sheet } | { ok: false; reason: Problem } {
  const names = sheets.map((s) => s.name);
  if (name !== undefined) {
    const named = sheets.find((s) => s.name === name);
    return named
      ? { ok: true, value: named }
      : { ok: false, reason: { code: 'unknownSheet', name, sheets: names } };
  }
  const first = sheets.find(holdsTable) ?? sheets.find((s) => s.rows.length > 0);
  return first
    ? { ok: true, value: first }
    : { ok: false, reason: { code: 'noSheetData', sheets: names } };
}

async function readSheets(
  bytes: Uint8Array,
  format: 'xlsx' | 'xls',
  opt: PrepareOptions,
  progress?: Progress,
): Promise<ReadResult> {
  const book = await readWorkbook(bytes);
  progress?.('parse', 0, 1);
  return readBook(book, format, opt);
}

function readBook(book: WorkbookResult, format: FileFormat, opt: PrepareOptions): ReadResult {
  if (!book.ok) return book;
  const chosen = chooseSheet(book.value, opt.sheet);
  if (!chosen.ok) return chosen;
  const sheet = chosen.value;
  const sheets = book.value.map((s) => ({ name: s.name, rows: s.rows.length }));
  const detect = (s: Sheet): Detected => ({
    encoding: 'utf-8',
    bom: false,
    delimiter: ',',
    format,
    sheets,
    sheet: s.name,
    hiddenRows: s.hiddenRows,
    hiddenColumns: s.hiddenColumns,
    merged: s.merged,
  });
  // Unnamed, every sheet with data is tried in order: a contents sheet is a table but no plan.
  const tries =
    opt.sheet === undefined
      ? { sheets: book.value.filter((s) => s.rows.length > 0), detect }
      : undefined;
  return { ok: true, value: { sheet, detected: detect(sheet), ...(tries ? { tries } : {}) } };
}

export async function prepareImport(
  bytes: Uint8Array,
  opt: PrepareOptions,
  ctx: ImportContext,
  progress?: Progress,
  /**
   * Where each plan's accepted rows go (the worker: straight into columns) instead of
   * `plan.rows`; one sink per plan built, and the plan returned is always the last one built.
   */
  newSink?: () => RowSink,
): Promise<PrepareResult> {
  if (bytes.length === 0) return { ok: false, reason: { code: 'emptyFile' } };
  progress?.('decode', 0, 1);
  const format = fileKind(bytes);
  const read =
    format === 'csv' || format === 'html'
      ? await readText(bytes, opt, progress)
      : await readSheets(bytes, format, opt, progress);
  if (!read.ok) return read;
  const { sheet, detected, tries } = read.value;
  const view = (s: Sheet, d: Detected): ReadView => ({
    ...d,
    preview: s.rows.slice(0, 21),
    previewLines: s.lines.slice(0, 21),
  });
  const build = (s: Sheet) =>
    buildPlan(s.rows, opt, ctx, (d, n) => progress?.('check', d, n), s.lines, newSink?.());
  // The first sheet a plan is built from opens; else the first that only asks for its indicator
  // or district (a table of one, titled `表1 人均预期寿命`); else the chosen sheet's refusal.
  let refused: PrepareResult | undefined;
  let asks: PrepareResult | undefined;
  for (const s of tries?.sheets ?? [sheet]) {
    const d = s === sheet ? detected : (tries?.detect(s) ?? detected);
    const built = build(s);
    if (built.ok) return { ok: true, value: { plan: built.plan, ...view(s, d) } };
    const r: PrepareResult = {
      ok: false,
      reason: atSheet(built.reason, d.sheet),
      read: view(s, d),
    };
    const code: string = built.reason.code;
    if (!asks && (code === 'needIndicator' || code === 'needDistrict')) asks = r;
    if (s === sheet) refused = r;
  }
  const r = asks ?? refused;
  if (r) return r;
  const built = build(sheet);
  if (built.ok) return { ok: true, value: { plan: built.plan, ...view(sheet, detected) } };
  return { ok: false, reason: atSheet(built.reason, detected.sheet), read: view(sheet, detected) };
}

/** A refusal of a workbook's sheet names the sheet (a CSV has none to name). */
function atSheet(p: Problem, sheet: string | undefined): Problem {
  return sheet === undefined || p.sheet !== undefined ? p : { ...p, sheet };
}
