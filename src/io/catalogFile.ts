// The catalog as a file a planner exports and brings back (导出/导入指标目录 CSV): the seed's
// columns, formulas as text. Export is written like the other CSV exports (UTF-8 with BOM,
// numbers as numbers, formula-looking text neutralised); import undoes the neutralising so
// export → import gives equal entries.
import { unneutralise, type Cell } from '../model/csvFormat';
import type { Problem } from '../model/problems';
import type { Catalog, CatalogEntry, Result } from '../model/types';
import { CATALOG_CSV_COLUMNS, catalogFromCsvRecords, catalogRecord } from './catalogCsv';
import { parseRows, toCsv } from './csv';

export function catalogCsvText(catalog: Catalog): string {
  const rows: Cell[][] = [[...CATALOG_CSV_COLUMNS]];
  for (const e of catalog.values()) {
    const r = catalogRecord(e);
    rows.push(
      CATALOG_CSV_COLUMNS.map((c) => (c === 'min' ? e.min : c === 'max' ? e.max : (r[c] ?? ''))),
    );
  }
  return toCsv(rows);
}

/** The restore step's field names → the CSV column that holds them. */
const COLUMN_OF: Record<string, string> = { nameEn: 'name_en' };

/**
 * The catalog in a CSV file's text (already decoded). Problems carry the line and the 1-based
 * column; formulas may name the file's indicators or `known`'s.
 */
export function readCatalogCsv(text: string, known: Catalog): Result<Catalog> {
  // Read as the data import reads a file: a quote or column-count fault is said in its words.
  const parsed = parseRows(text);
  if (!parsed.ok) return parsed;
  const [head = [], ...body] = parsed.rows;
  const header = head.map((f) => f.trim());
  for (const need of ['indicator', 'unit', 'direction'] as const)
    if (!header.includes(need))
      return { ok: false, reason: { code: 'catalogColumnMissing', name: need, line: 1 } };
  const misfit = body.findIndex((r) => r.length !== header.length);
  if (misfit >= 0) {
    const line = parsed.lines[misfit + 1] ?? misfit + 2;
    const count = body[misfit]!.length;
    return { ok: false, reason: { code: 'columnCount', count, expected: header.length, line } };
  }
  const records = body.map((r) => {
    const out: Record<string, string> = {};
    header.forEach((k, i) => (out[k] = unneutralise(r[i] ?? '')));
    return out;
  });
  const r = catalogFromCsvRecords(records, known);
  if (!r.ok) return { ok: false, reason: withColumn(r.reason, header) };
  const has = new Set(header);
  return {
    ok: true,
    value: new Map([...r.value].map(([k, e]) => [k, withUnsaid(e, known.get(k), has)] as const)),
  };
}

/**
 * A column the file lacks says nothing about its field: an indicator already here keeps its own
 * value there, so a file repeating what the app has (with fewer columns) changes nothing.
 */
function withUnsaid(e: CatalogEntry, here: CatalogEntry | undefined, has: ReadonlySet<string>) {
  if (!here) return e;
  const out: CatalogEntry = {
    ...e,
    nameEn: has.has('name_en') ? e.nameEn : here.nameEn,
    min: has.has('min') ? e.min : here.min,
    max: has.has('max') ? e.max : here.max,
    category: has.has('category') ? e.category : here.category,
  };
  const { formula: _f, ...plain } = out;
  if (!has.has('formula')) return here.formula ? { ...plain, formula: here.formula } : plain;
  if (!out.formula || !here.formula) return out;
  const h = here.formula;
  const f = out.formula;
  return {
    ...out,
    formula: {
      ...f,
      earlierDenominator: has.has('earlier_denominator')
        ? f.earlierDenominator
        : h.earlierDenominator,
      definition: has.has('definition') ? f.definition : h.definition,
      standard: has.has('standard') ? f.standard : h.standard,
    },
  };
}

/** A problem the restore step placed by field path gets its column too. */
function withColumn(p: Problem, header: readonly string[]): Problem {
  if (p.column !== undefined || p.path === undefined) return p;
  const field = p.path.split('.')[1];
  if (field === undefined) return p;
  const at = header.indexOf(COLUMN_OF[field] ?? field);
  const { path: _path, ...rest } = p;
  return at < 0 ? p : { ...rest, column: at + 1 };
}
