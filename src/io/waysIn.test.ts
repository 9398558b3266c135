// Every way a table comes in — CSV in any encoding and line ending, .xlsx, .xls — gives the
// same rows, the same lines and so the same plan (or the same refusal).
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import type { ImportContext } from '../model/importPlan';
import type { Problem } from '../model/problems';
import { DISTRICTS } from '../model/types';
import { parseRows } from './csv';
import { decodeBytes } from './decode';
import { prepareImport, type PrepareOptions, type PrepareResult } from './prepare';
import { encodeAs, statsBureauFile, STATS_BUREAU_ROWS, type SavedAs } from './testing/encodings';
import { workbookBytes, type CellSpec, type WorkbookKind } from './testing/workbooks';

const ctx: ImportContext = { catalog: loadSeedCatalog(), districts: DISTRICTS };
const opt: PrepareOptions = { layout: 'auto', wideYear: 2024, wideKind: 'actual' };

/** What the planner is shown, without how the file was taken (encoding, sheet, …). */
function outcome(r: PrepareResult) {
  if (!r.ok) {
    const { sheet: _sheet, ...reason } = r.reason;
    return { reason };
  }
  return { plan: r.value.plan, preview: r.value.preview, lines: r.value.previewLines };
}

function rowsOf(bytes: Uint8Array) {
  const text = decodeBytes(bytes);
  if (!text.ok) throw new Error(JSON.stringify(text.reason));
  const parsed = parseRows(text.value.text);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.reason));
  return { rows: parsed.rows, lines: parsed.lines, encoding: text.value.encoding };
}

const NEWLINES: [string, (i: number) => string][] = [
  ['LF', () => '\n'],
  ['CRLF', () => '\r\n'],
  ['CR', () => '\r'],
  ['mixed', (i) => ['\r\n', '\n', '\r'][i % 3] as string],
  ['no final newline', (i) => (i === STATS_BUREAU_ROWS.length - 1 ? '' : '\r\n')],
];
const SAVED: [SavedAs, string][] = [
  ['utf-8', 'utf-8'],
  ['utf-8-bom', 'utf-8'],
  ['gb18030', 'gb18030'],
  ['utf-16le', 'utf-16le'],
  ['utf-16be', 'utf-16be'],
];

describe('a statistics-bureau file, however it was saved', () => {
  const reference = statsBureauFile('utf-8', () => '\n');

  it('reads as its rows, each on its physical line', () => {
    const { rows, lines } = rowsOf(reference);
    expect(rows).toEqual(STATS_BUREAU_ROWS);
    expect(lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  for (const [as, encoding] of SAVED)
    for (const [name, newline] of NEWLINES)
      it(`${as}, ${name}: the same rows, lines and plan`, async () => {
        // Excel's "Unicode text" is tab-separated; a CSV is comma-separated.
        const delimiter = as.startsWith('utf-16') ? '\t' : ',';
        const bytes = statsBureauFile(as, newline, delimiter);
        const read = rowsOf(bytes);
        expect(read.encoding).toBe(encoding);
        expect({ rows: read.rows, lines: read.lines }).toEqual({
          rows: STATS_BUREAU_ROWS,
          lines: [1, 2, 3, 4, 5, 6, 7, 8, 9],
        });
        const got = await prepareImport(bytes, opt, ctx);
        expect(outcome(got)).toEqual(outcome(await prepareImport(reference, opt, ctx)));
        if (got.ok)
          expect([got.value.encoding, got.value.delimiter]).toEqual([encoding, delimiter]);
      });

  it('UTF-8 and UTF-16 keep a character outside the BMP (a surrogate pair in UTF-16)', () => {
    const text = '地区,备注\n重庆市,𠀀渝\n';
    for (const as of ['utf-16le', 'utf-16be', 'utf-8-bom', 'utf-8'] as const)
      expect(rowsOf(encodeAs(text, as)).rows, as).toEqual([
        ['地区', '备注'],
        ['重庆市', '𠀀渝'],
      ]);
  });
});

// ── Workbooks ───────────────────────────────────────────────────────────────────────────────

/** Rows as Excel saves a sheet to CSV: every row as wide as the widest. */
function excelCsv(rows: readonly (readonly string[])[]): Uint8Array {
  const width = Math.max(...rows.map((r) => r.length));
  const padded = rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
  return new TextEncoder().encode(padded.map((r) => r.join(',')).join('\r\n') + '\r\n');
}

/** Numbers as numbers, the rest as text, as a planner's sheet holds them. */
const typed = (rows: readonly (readonly string[])[]): CellSpec[][] =>
  rows.map((r) => r.map((c) => (/^-?\d+(\.\d+)?$/.test(c) ? Number(c) : c)));

const LONG = [
  ['区县', '指标', '单位', '年份', '类型', '数值'],
  ['江津区', '居民健康素养水平', '%', '2024', '实际', '32.9'],
  ['荣昌区', '区域内就诊率', '%', '2026', '目标', '≥96'],
  ['黔江区', '人均预期寿命', '岁', '2024', '实际', '很高'],
];

async function prepared(bytes: Uint8Array, o: Partial<PrepareOptions> = {}) {
  const r = await prepareImport(bytes, { ...opt, ...o }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}
async function refused(bytes: Uint8Array, o: Partial<PrepareOptions> = {}): Promise<Problem> {
  const r = await prepareImport(bytes, { ...opt, ...o }, ctx);
  if (r.ok) throw new Error('expected a refusal');
  return r.reason;
}

describe('a workbook gives the plan its CSV gives', () => {
  for (const kind of ['xlsx', 'xls'] as WorkbookKind[]) {
    it(`${kind}: long table`, async () => {
      const bytes = workbookBytes([{ name: '数据', rows: typed(LONG) }], kind);
      const book = await prepared(bytes);
      const csv = await prepared(excelCsv(LONG));
      expect(book.plan).toEqual(csv.plan);
      expect(book.plan.rows.map((r) => r.obs.value)).toEqual([32.9, 96]);
      expect(book.plan.skipped.map((s) => s.line)).toEqual([4]);
      expect(book).toMatchObject({
        format: kind,
        sheets: [{ name: '数据', rows: 4 }],
        sheet: '数据',
        hiddenRows: [],
        hiddenColumns: [],
        merged: 0,
        preview: LONG,
        previewLines: [1, 2, 3, 4],
      });
      expect(csv.format).toBe('csv');
    });

    it(`${kind}: statistics-bureau table`, async () => {
      const bytes = workbookBytes([{ name: '年度数据', rows: typed(STATS_BUREAU_ROWS) }], kind);
      const book = await prepareImport(bytes, opt, ctx);
      expect(outcome(book)).toEqual(
        outcome(await prepareImport(excelCsv(STATS_BUREAU_ROWS), opt, ctx)),
      );
    });
  }
});

describe('which sheet is read', () => {
  const book = (kind: WorkbookKind) =>
    workbookBytes(
      [
        { name: '封面', rows: [] },
        { name: '数据', rows: typed(LONG), hiddenRows: [3] },
        { name: '另一表', rows: typed(LONG.slice(0, 2)) },
      ],
      kind,
    );

  for (const kind of ['xlsx', 'xls'] as WorkbookKind[])
    it(`${kind}: the first with data, or the one asked for`, async () => {
      const p = await prepared(book(kind));
      expect([p.sheet, p.hiddenRows, p.plan.rows.length]).toEqual(['数据', [3], 2]);
      expect(p.sheets).toEqual([
        { name: '封面', rows: 0 },
        { name: '数据', rows: 4 },
        { name: '另一表', rows: 2 },
      ]);
      const other = await prepared(book(kind), { sheet: '另一表' });
      expect([other.sheet, other.hiddenRows, other.plan.rows.length]).toEqual(['另一表', [], 1]);
    });

  it('a sheet that is not there is refused, naming the sheets there are', async () => {
    expect(await refused(book('xlsx'), { sheet: 'Sheet1' })).toEqual({
      code: 'unknownSheet',
      name: 'Sheet1',
      sheets: ['封面', '数据', '另一表'],
    });
  });

  it('a workbook with no data is refused, naming its sheets', async () => {
    const empty = workbookBytes(
      [
        { name: 'Sheet1', rows: [] },
        { name: 'Sheet2', rows: [[null, '  ']] },
      ],
      'xls',
    );
    expect(await refused(empty)).toEqual({ code: 'noSheetData', sheets: ['Sheet1', 'Sheet2'] });
  });

  it('an empty sheet asked for by name is refused as empty, with its name', async () => {
    expect(await refused(book('xlsx'), { sheet: '封面' })).toEqual({
      code: 'emptyFile',
      sheet: '封面',
    });
  });

  it('a refusal of the sheet read names it', async () => {
    const headerOnly = workbookBytes([{ name: '表1', rows: [LONG[0] as string[]] }], 'xlsx');
    expect(await refused(headerOnly)).toEqual({ code: 'headerOnly', sheet: '表1' });
  });
});
