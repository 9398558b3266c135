// Domain types shared by every layer. Pure data, no behaviour.
import type { FormulaNode } from './formula/ast';
import type { Problem, ProblemBody } from './problems';

export const DISTRICTS = ['江津区', '黔江区', '大足区', '荣昌区', '九龙坡区'] as const;

export type Kind = 'actual' | 'target';
export type Qualifier = '' | '≥' | '≈';
export type Direction = 'higher' | 'lower' | 'neutral';

/** One number from a report or a planner: the long table's row. */
export interface Observation {
  id: string;
  district: string;
  indicator: string;
  unit: string;
  year: number;
  kind: Kind;
  /** null = blank; the row is kept so it can be seen and fixed. */
  value: number | null;
  qualifier: Qualifier;
  scope: string;
  source: string;
  quote: string;
  note: string;
  /** What the report said, kept when a planner edits a sourced value. */
  original?: { value: number | null; qualifier: Qualifier };
  /** Set on the row a planner chose when sources disagree. */
  preferred?: boolean;
  /**
   * Only on a value computed from a formula indicator (src/model/derived.ts): never stored,
   * never typed into, and dropped by the restore step if it ever arrives from outside.
   */
  derived?: DerivedMark;
}

/** How a derived value was computed: its inputs, or why there is no value. */
export interface DerivedMark {
  /** null when the value was computed; else why not (缺分子, 缺分母, ÷0…). */
  reason: DerivedFailure | null;
  inputs: readonly DerivedInput[];
}

export type DerivedFailure = Extract<
  ProblemBody,
  {
    code:
      | 'missingNumerator'
      | 'missingDenominator'
      | 'missingInput'
      | 'divisionByZero'
      | 'formulaNotFinite';
  }
>;

/** One input of a derived value: the observation read, or what was looked for. */
export interface DerivedInput {
  /** The indicator referenced by the formula. */
  indicator: string;
  /** The observation used (or null when none was found). */
  obsId: string | null;
  value: number | null;
  unit: string;
  qualifier: Qualifier;
  /** The year of the value used; null when none was found. */
  year: number | null;
  /** Set when a denominator was taken from an earlier year than the result's (allowed per formula). */
  earlier: boolean;
  source: string;
  quote: string;
}

/**
 * A formula indicator's definition. The AST is what is stored and exchanged (the text shown is
 * printed from it by formulaText, so the two never disagree).
 */
export interface DerivedFormula {
  ast: FormulaNode;
  /**
   * When the denominator has no value in the result's year, take the nearest earlier year's
   * actual (population figures are often a year behind); the trace says which year was used.
   */
  earlierDenominator: boolean;
  /** What the indicator measures, in words (口径); '' when not given. */
  definition: string;
  /** Where the definition comes from (a national standard, a plan); '' when not given. */
  standard: string;
}

export interface CatalogEntry {
  indicator: string;
  nameEn: string;
  unit: string;
  direction: Direction;
  min: number | null;
  max: number | null;
  category: string;
  /** Set on a formula indicator: its values are computed from other indicators, never stored. */
  formula?: DerivedFormula;
}

export type Catalog = ReadonlyMap<string, CatalogEntry>;

/** A value, or the problem that stopped it (words are added by the screens). */
export type Result<T> = { ok: true; value: T } | { ok: false; reason: Problem };

export const OBSERVATION_COLUMNS = [
  'district',
  'indicator',
  'unit',
  'year',
  'kind',
  'value',
  'qualifier',
  'scope',
  'source',
  'quote',
] as const;
