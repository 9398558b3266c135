// The indicator catalog as CSV (seeds/catalog.csv, and the catalog a planner exports and brings
// back): one row per indicator, a formula indicator's formula as text in its `formula` column.
// The text is parsed here (the parser is an io adapter); the entry then passes the model's
// restore step and the whole-catalog checks, like a catalog from a backup.
import { CATALOG_COLUMNS, FORMULA_COLUMNS } from '../model/catalog';
import { catalogFromReads } from '../model/catalogCheck';
import { formulaText } from '../model/formula';
import type { Catalog, CatalogEntry, Result } from '../model/types';
import { parseFormula } from './formula';

// 1-based, as a spreadsheet counts; records keep the header's order.
const column = (r: Record<string, string>, key: string) => Object.keys(r).indexOf(key) + 1;

const YES = new Set(['1', 'true', 'yes', '是', 'y']);
const NO = new Set(['', '0', 'false', 'no', '否', 'n']);

/**
 * The catalog from header-keyed CSV records (header on line 1). Formulas may name any indicator
 * of these records or of `known` (the catalog they join). Problems carry the CSV line and, for a
 * formula, the column `formula` and the 0-based position in its text.
 */
export function catalogFromCsvRecords(
  records: Record<string, string>[],
  known: Catalog = new Map(),
): Result<Catalog> {
  const read = catalogReads(records, known);
  return read.ok ? catalogFromReads(read.value, known) : read;
}

/**
 * The parse half: each record with its formula text read into the model's tree (no restore yet).
 * The seed catalog takes this at build time (vite.config.ts), so the first load carries neither
 * the CSV nor the formula parser; its result still passes catalogFromReads (src/model/catalogCheck.ts) at run time.
 */
export function catalogReads(
  records: Record<string, string>[],
  known: Catalog = new Map(),
): Result<Record<string, unknown>[]> {
  const names = [
    ...new Set([...known.keys(), ...records.map((r) => (r.indicator ?? '').trim())]),
  ].filter((n) => n !== '');
  const read: Record<string, unknown>[] = [];
  for (const [i, r] of records.entries()) {
    const line = i + 2;
    const text = (r.formula ?? '').trim();
    if (text === '') {
      // An ordinary indicator: its empty formula cell is no formula (restore wants an AST).
      const { formula: _none, ...plain } = r;
      read.push(plain);
      continue;
    }
    const ast = parseFormula(text, names);
    if (!ast.ok)
      return { ok: false, reason: { ...ast.reason, line, column: column(r, 'formula') } };
    const flag = (r.earlier_denominator ?? '').trim().toLowerCase();
    if (!YES.has(flag) && !NO.has(flag))
      return {
        ok: false,
        reason: {
          code: 'badField',
          expected: 'yesNo',
          found: { kind: 'text', text: flag },
          line,
          column: column(r, 'earlier_denominator'),
        },
      };
    read.push({
      ...r,
      formula: {
        ast: ast.value,
        earlierDenominator: YES.has(flag),
        definition: r.definition ?? '',
        standard: r.standard ?? '',
      },
    });
  }
  return { ok: true, value: read };
}

/** One catalog entry as a CSV record, every column as text (the formula printed from its AST). */
export function catalogRecord(e: CatalogEntry): Record<string, string> {
  return {
    indicator: e.indicator,
    name_en: e.nameEn,
    unit: e.unit,
    direction: e.direction,
    min: e.min === null ? '' : String(e.min),
    max: e.max === null ? '' : String(e.max),
    category: e.category,
    formula: e.formula ? formulaText(e.formula.ast) : '',
    earlier_denominator: e.formula?.earlierDenominator ? '1' : '',
    definition: e.formula?.definition ?? '',
    standard: e.formula?.standard ?? '',
  };
}

export const CATALOG_CSV_COLUMNS = [...CATALOG_COLUMNS, ...FORMULA_COLUMNS] as const;
