// Test helpers for import plans: a small catalog, the five districts, and CSV-like text → rows.
import { buildPlan, type ImportContext, type ImportOptions, type ImportPlan } from '../importPlan';
import type { Problem } from '../problems';
import type { Catalog, CatalogEntry } from '../types';
import { DISTRICTS } from '../types';

const entry = (indicator: string, unit: string, max: number | null = null): CatalogEntry => ({
  indicator,
  nameEn: indicator,
  unit,
  direction: 'higher',
  min: 0,
  max,
  category: '健康水平',
});

export const catalog: Catalog = new Map(
  [
    entry('居民健康素养水平', '%', 100),
    entry('人均预期寿命', '岁', 100),
    entry('人口', '万人'),
    entry('门诊量(人次)', '人次'),
  ].map((e) => [e.indicator, e]),
);
export const ctx: ImportContext = { catalog, districts: DISTRICTS };
export const auto: ImportOptions = { layout: 'auto', wideYear: 2025, wideKind: 'actual' };

/** Lines of comma-separated cells (no quoting) → rows. */
export const rowsOf = (text: string): string[][] => text.split('\n').map((l) => l.split(','));

export function plan(text: string, opt: Partial<ImportOptions> = {}): ImportPlan {
  const r = buildPlan(rowsOf(text), { ...auto, ...opt }, ctx);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.plan;
}

export function refusal(text: string, opt: Partial<ImportOptions> = {}): Problem {
  const r = buildPlan(rowsOf(text), { ...auto, ...opt }, ctx);
  if (r.ok) throw new Error(`expected a refusal, got a ${r.plan.layout} plan`);
  return r.reason;
}

/** Each taken value as district|indicator|unit|year|value. */
export const values = (p: ImportPlan): string[] =>
  p.rows.map(({ obs: o }) => [o.district, o.indicator, o.unit, o.year, o.value].join('|'));
