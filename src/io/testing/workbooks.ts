// Workbook fixtures made by code (see README.md here): .xlsx and .xls (BIFF8) bytes written by
// the spreadsheet library itself, for unit tests and for e2e tests to hand to the file chooser.
import * as XLSX from '@e965/xlsx';
import type { CellObject, WorkSheet } from '@e965/xlsx';

/** A cell: text, number, boolean, a date (its UTC day), empty, or a cell object as the library has it. */
export type CellSpec = string | number | boolean | Date | null | CellObject;

export interface SheetSpec {
  name: string;
  rows: CellSpec[][];
  /** Merged ranges, e.g. 'A1:C1'. */
  merges?: string[];
  /** 1-based rows and columns to hide. */
  hiddenRows?: number[];
  hiddenColumns?: number[];
}

export type WorkbookKind = 'xlsx' | 'xls';

const DAY = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/** A date as Excel's serial number with a date format (default yyyy-mm-dd), whatever the time zone. */
export function dateCell(d: Date, format = 'yyyy-mm-dd'): CellObject {
  return { t: 'n', v: (d.getTime() - EPOCH) / DAY, z: format };
}

function cellOf(c: CellSpec): CellObject | null {
  if (c === null) return null;
  if (c instanceof Date) return dateCell(c);
  if (typeof c === 'string') return { t: 's', v: c };
  if (typeof c === 'number') return { t: 'n', v: c };
  if (typeof c === 'boolean') return { t: 'b', v: c };
  return c.t === 'd' && c.v instanceof Date ? dateCell(c.v, c.z as string | undefined) : c;
}

function sheetOf(spec: SheetSpec): WorkSheet {
  const ws: WorkSheet = {};
  let width = 1;
  spec.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const cell = cellOf(c);
      if (cell) ws[XLSX.utils.encode_cell({ r, c: col })] = cell;
      width = Math.max(width, col + 1);
    }),
  );
  ws['!ref'] = XLSX.utils.encode_range({
    s: { r: 0, c: 0 },
    e: { r: Math.max(spec.rows.length - 1, 0), c: width - 1 },
  });
  if (spec.merges) ws['!merges'] = spec.merges.map((m) => XLSX.utils.decode_range(m));
  if (spec.hiddenRows) {
    const rows: NonNullable<WorkSheet['!rows']> = [];
    for (const r of spec.hiddenRows) rows[r - 1] = { hidden: true };
    ws['!rows'] = rows;
  }
  if (spec.hiddenColumns) {
    const cols: NonNullable<WorkSheet['!cols']> = [];
    for (const c of spec.hiddenColumns) cols[c - 1] = { hidden: true };
    ws['!cols'] = cols;
  }
  return ws;
}

/** The workbook's bytes, as Excel 2007+ (.xlsx) or Excel 97–2003 (.xls, BIFF8; WPS .et alike). */
export function workbookBytes(sheets: SheetSpec[], kind: WorkbookKind): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) XLSX.utils.book_append_sheet(wb, sheetOf(s), s.name);
  const out = XLSX.write(wb, {
    type: 'array',
    bookType: kind === 'xlsx' ? 'xlsx' : 'biff8',
  }) as ArrayBuffer;
  const bytes = new Uint8Array(out);
  return kind === 'xls' ? hideBiffRows(bytes, sheets) : bytes;
}

// ── BIFF8 hidden rows ──────────────────────────────────────────────────────────────────────
// The library's .xls writer writes no ROW records, so a hidden row is added here: a ROW record
// (MS-XLS 2.4.221, fDyZero set) after each sheet's DIMENSIONS record, and each later sheet's
// stream position (BOUNDSHEET8.lbPlyPos) moved on by the bytes inserted before it.

interface CfbEntry {
  content: Uint8Array;
  size: number;
}
interface Cfb {
  FileIndex: CfbEntry[];
}
/** The part of the library's compound-file (OLE and zip) tools these fixtures use. */
interface CfbLib {
  read(b: Uint8Array, o: { type: 'array' }): Cfb;
  find(cfb: Cfb, path: string): CfbEntry | null;
  write(cfb: Cfb, o: { type: 'array'; fileType?: 'zip' }): ArrayBuffer;
  utils: {
    cfb_new(o?: { type: 'zip' }): Cfb;
    cfb_add(cfb: Cfb, path: string, content: Uint8Array): void;
  };
}
const CFB = XLSX.CFB as CfbLib;

function rowRecord(row0: number): number[] {
  const rec = new Uint8Array(20);
  const v = new DataView(rec.buffer);
  v.setUint16(0, 0x0208, true);
  v.setUint16(2, 16, true);
  v.setUint16(4, row0, true); // rw
  v.setUint16(10, 255, true); // miyRw (twips)
  rec[16] = 0x60; // fDyZero (hidden) | fUnsynced
  rec[17] = 0x01; // reserved3
  v.setUint16(18, 0x0f, true); // ixfe
  return [...rec];
}

function hideBiffRows(bytes: Uint8Array, sheets: SheetSpec[]): Uint8Array {
  if (!sheets.some((s) => s.hiddenRows?.length)) return bytes;
  const cfb = CFB.read(bytes, { type: 'array' });
  const entry = CFB.find(cfb, '/Workbook');
  if (!entry) throw new Error('no Workbook stream');
  const src = entry.content;
  const view = new DataView(src.buffer, src.byteOffset, src.byteLength);
  const out: number[] = [];
  const boundSheets: number[] = []; // where each BOUNDSHEET8's lbPlyPos sits in `out`
  const shifts: number[] = []; // bytes inserted before each sheet's BOF
  let sheet = -1;
  let inserted = 0;
  for (let at = 0; at + 4 <= src.length;) {
    const type = view.getUint16(at, true);
    const len = view.getUint16(at + 2, true);
    if (type === 0x0809 && at > 0) shifts[++sheet] = inserted; // a sheet's BOF
    if (type === 0x0085) boundSheets.push(out.length + 4);
    out.push(...src.subarray(at, at + 4 + len));
    if (type === 0x0200 && sheet >= 0)
      for (const r of sheets[sheet]?.hiddenRows ?? []) {
        const rec = rowRecord(r - 1);
        out.push(...rec);
        inserted += rec.length;
      }
    at += 4 + len;
  }
  const patched = new Uint8Array(out);
  const pv = new DataView(patched.buffer);
  boundSheets.forEach((pos, i) =>
    pv.setUint32(pos, pv.getUint32(pos, true) + (shifts[i] ?? 0), true),
  );
  entry.content = patched;
  entry.size = patched.length;
  return new Uint8Array(CFB.write(cfb, { type: 'array' }));
}

// ── Files that are not readable workbooks ────────────────────────────────────────────────────

/** A zip signature and nothing readable after it. */
export const brokenZip = (): Uint8Array => new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 0, 0, 1, 2, 3]);

/** A real .xlsx cut in half, as an interrupted download leaves it. */
export function truncatedXlsx(): Uint8Array {
  const full = workbookBytes(
    [
      {
        name: 'S',
        rows: [
          ['区县', '数值'],
          ['江津区', 1],
        ],
      },
    ],
    'xlsx',
  );
  return full.slice(0, Math.floor(full.length / 2));
}

/** A zip that holds no workbook (a .zip or .docx renamed). */
export function plainZip(): Uint8Array {
  const cfb = CFB.utils.cfb_new({ type: 'zip' });
  CFB.utils.cfb_add(cfb, 'readme.txt', new TextEncoder().encode('区县,数值\n江津区,1\n'));
  return new Uint8Array(CFB.write(cfb, { fileType: 'zip', type: 'array' }));
}

/** An OLE file with no workbook stream (a Word 97 .doc renamed .xls). */
export function oleDocument(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  CFB.utils.cfb_add(cfb, '/WordDocument', new Uint8Array(512));
  return new Uint8Array(CFB.write(cfb, { type: 'array' }));
}

/** The shape of a password-protected .xlsx (MS-OFFCRYPTO agile): an OLE file holding an encrypted package. */
export function encryptedXlsx(): Uint8Array {
  const cfb = CFB.utils.cfb_new();
  const xml = '<?xml version="1.0"?><encryption><keyData saltSize="16"/></encryption>';
  const info = new Uint8Array([4, 0, 4, 0, 0x40, 0, 0, 0, ...new TextEncoder().encode(xml)]);
  CFB.utils.cfb_add(cfb, '/EncryptionInfo', info);
  CFB.utils.cfb_add(cfb, '/EncryptedPackage', new Uint8Array(4096).fill(0x5a));
  return new Uint8Array(CFB.write(cfb, { type: 'array' }));
}

/**
 * The shape of CVE-2023-30533 (fixed in 0.19.3): a cell comment whose address is `__proto__`,
 * which made older readers write into Object.prototype.
 */
export function protoComment(): Uint8Array {
  const wb = XLSX.utils.book_new();
  const ws = XLSX.utils.aoa_to_sheet([
    ['区县', '数值'],
    ['江津区', 1],
  ]);
  (ws.A1 as CellObject).c = Object.assign([{ a: 'x', t: 'note' }], { hidden: false });
  XLSX.utils.book_append_sheet(wb, ws, 'S');
  const bytes = new Uint8Array(XLSX.write(wb, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
  const zip = CFB.read(bytes, { type: 'array' });
  const entry = zip.FileIndex.find((e) =>
    /ref="A1"/.test(new TextDecoder().decode(e.content ?? new Uint8Array())),
  );
  if (!entry) throw new Error('no comment written');
  const xml = new TextDecoder().decode(entry.content).replace('ref="A1"', 'ref="__proto__"');
  entry.content = new TextEncoder().encode(xml);
  entry.size = entry.content.length;
  return new Uint8Array(CFB.write(zip, { type: 'array', fileType: 'zip' }));
}
