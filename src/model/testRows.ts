// Rows for tests: one plain observation with only the fields a test cares about set, and the
// catalog entries and formula ASTs that formula tests build on.
import type { FormulaNode } from './formula';
import type { FormulaEntry } from './formulaCheck';
import type { Catalog, CatalogEntry, DerivedFormula, Observation } from './types';

/** 素养 (%) in 江津区, 2023, actual, blank, no source or note; `fields` override any of it. */
export const testObservation = (fields: Partial<Observation> & { id: string }): Observation => ({
  district: '江津区',
  indicator: '素养',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value: null,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
  ...fields,
});

/** The catalog entry 素养 (%, higher is better, 0–100) that test rows refer to. */
export const LITERACY: CatalogEntry = {
  indicator: '素养',
  nameEn: 'Literacy',
  unit: '%',
  direction: 'higher',
  min: 0,
  max: 100,
  category: '健康水平',
};

/** A catalog of 素养 and any further entries. */
export const testCatalog = (...more: CatalogEntry[]): Catalog =>
  new Map([LITERACY, ...more].map((e) => [e.indicator, e]));

/** A catalog entry without a formula: neutral, 0 to no maximum, 基本情况; `fields` override any of it. */
export const plainEntry = (
  indicator: string,
  unit: string,
  fields: Partial<CatalogEntry> = {},
): CatalogEntry => ({
  indicator,
  nameEn: '',
  unit,
  direction: 'neutral',
  min: 0,
  max: null,
  category: '基本情况',
  ...fields,
});

/** The formula AST node that reads an indicator. */
export const ref = (name: string): FormulaNode => ({ k: 'ref', name });

/** The formula AST node of a number. */
export const num = (v: number): FormulaNode => ({ k: 'num', v });

/** The formula AST node a `o` b. */
export const op = (o: '+' | '-' | '*' | '/', a: FormulaNode, b: FormulaNode): FormulaNode => ({
  k: 'op',
  op: o,
  a,
  b,
});

/** numerator ÷ denominator × 1000. */
export const perThousandOf = (numerator: string, denominator: string): FormulaNode =>
  op('*', op('/', ref(numerator), ref(denominator)), num(1000));

/** A formula indicator as plainEntry, computed by `ast`; `formula` overrides the rest of it. */
export const formulaEntry = (
  indicator: string,
  unit: string,
  ast: FormulaNode,
  formula: Partial<DerivedFormula> = {},
): FormulaEntry => ({
  ...plainEntry(indicator, unit),
  formula: { ast, earlierDenominator: false, definition: '', standard: '', ...formula },
});
