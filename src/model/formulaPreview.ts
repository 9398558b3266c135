// What the formula editor shows while a formula is typed: each district's value for its latest
// year with one (or why there is none), and stored zeros that a divisor would read.
import { withDerived } from './derived';
import { absentMark } from './derivedAbsent';
import { references, type FormulaNode } from './formula';
import type { ObsTable } from './table';
import type { Catalog, DerivedFailure } from './types';

export interface PreviewRow {
  district: string;
  /** The year shown: the latest with a value, else the latest computed (with its reason). */
  year: number | null;
  value: number | null;
  reason: DerivedFailure | null;
}

/** The draft's value per district, computed like every formula (withDerived), scope '' only. */
export function formulaPreview(
  table: ObsTable,
  catalog: Catalog,
  name: string,
  districts: readonly string[],
): PreviewRow[] {
  const derived = withDerived(table, catalog);
  return districts.map((district) => {
    const rows = (derived.chunks.get(district) ?? [])
      .filter((o) => o.indicator === name && o.scope === '' && o.derived)
      .sort((a, b) => b.year - a.year);
    const best = rows.find((o) => o.value !== null) ?? rows[0];
    return best
      ? { district, year: best.year, value: best.value, reason: best.derived?.reason ?? null }
      : // No year computed at all: said as the grid says it (缺分子…), not as “no data”.
        {
          district,
          year: null,
          value: null,
          reason: absentMark(table, catalog, name, district)?.reason ?? null,
        };
  });
}

/** Indicators read under a division sign (anywhere in the formula). */
export function divisorNames(node: FormulaNode): string[] {
  const out = new Set<string>();
  const walk = (n: FormulaNode): void => {
    if (n.k === 'neg') walk(n.x);
    if (n.k !== 'op') return;
    if (n.op === '/') for (const r of references(n.b)) out.add(r);
    walk(n.a);
    walk(n.b);
  };
  walk(node);
  return [...out];
}

export interface ZeroInput {
  district: string;
  indicator: string;
  year: number;
}

/** Stored actual values of 0 that the formula would divide by (a ÷0 waiting to happen). */
export function zeroDivisors(table: ObsTable, node: FormulaNode): ZeroInput[] {
  const names = new Set(divisorNames(node));
  if (!names.size) return [];
  const out: ZeroInput[] = [];
  for (const chunk of table.chunks.values())
    for (const o of chunk)
      if (o.kind === 'actual' && o.value === 0 && names.has(o.indicator))
        out.push({ district: o.district, indicator: o.indicator, year: o.year });
  return out;
}
