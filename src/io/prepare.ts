// File bytes → import plan: decode, parse, check. Runs in a worker for big files, or inline.
import {
  buildPlan,
  type ImportContext,
  type ImportOptions,
  type ImportPlan,
} from '../model/importPlan';
import type { Problem } from '../model/problems';
import type { SheetInfo } from '../model/sheet';
import { decodeBytes, type Encoding } from './decode';
import { parseRows, type Delimiter } from './csv';

export interface PrepareOptions extends ImportOptions {
  encoding?: Encoding;
  delimiter?: Delimiter;
  /** A workbook's sheet to read; the first with data when absent. */
  sheet?: string;
}

/** What kind of file the bytes are (by their signature, not the name). */
export type FileFormat = 'csv' | 'xlsx' | 'xls';

export interface Prepared {
  plan: ImportPlan;
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

export function prepareImport(
  bytes: Uint8Array,
  opt: PrepareOptions,
  ctx: ImportContext,
  progress?: Progress,
): { ok: true; value: Prepared } | { ok: false; reason: Problem } {
  if (bytes.length === 0) return { ok: false, reason: { code: 'emptyFile' } };
  progress?.('decode', 0, 1);
  const decoded = decodeBytes(bytes, opt.encoding);
  if (!decoded.ok) return decoded;
  progress?.('parse', 0, 1);
  const parsed = parseRows(decoded.value.text, opt.delimiter);
  if (!parsed.ok) return parsed;
  const built = buildPlan(parsed.rows, opt, ctx, (d, n) => progress?.('check', d, n), parsed.lines);
  if (!built.ok) return built;
  return {
    ok: true,
    value: {
      plan: built.plan,
      encoding: decoded.value.encoding,
      bom: decoded.value.bom,
      delimiter: parsed.delimiter,
      preview: parsed.rows.slice(0, 21),
      previewLines: parsed.lines.slice(0, 21),
    },
  };
}
