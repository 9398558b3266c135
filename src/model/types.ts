// Domain types shared by every layer. Pure data, no behaviour.
import type { Problem } from './problems';

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
}

export interface CatalogEntry {
  indicator: string;
  nameEn: string;
  unit: string;
  direction: Direction;
  min: number | null;
  max: number | null;
  category: string;
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
