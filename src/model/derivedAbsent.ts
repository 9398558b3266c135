// Why a formula indicator has no computed value at all for a district: no year holds its
// inputs, so the computation never ran. Said the way a computed row says it (缺分子…), so
// the grid, the trace and the formula preview agree.
import { references, topDivision } from './formula';
import type { ObsTable } from './table';
import type { Catalog, DerivedFailure, DerivedMark } from './types';

/**
 * The mark for `indicator` in `district` (and scope) when it has no computed row: the first
 * input with no actual value in any year is named (numerator first); each input is listed as
 * not found. Null when the indicator is not a formula.
 */
export function absentMark(
  table: ObsTable,
  catalog: Catalog,
  indicator: string,
  district: string,
  scope = '',
): DerivedMark | null {
  const ast = catalog.get(indicator)?.formula?.ast;
  if (!ast) return null;
  const names = [...new Set(references(ast))];
  const chunk = table.chunks.get(district) ?? [];
  const has = (n: string) =>
    chunk.some(
      (o) => o.indicator === n && o.scope === scope && o.kind === 'actual' && o.value !== null,
    );
  const absent = names.filter((n) => !has(n));
  const missing = absent.length ? absent : names;
  const first = (xs: readonly string[]) => xs.find((n) => missing.includes(n));
  const div = topDivision(ast);
  const top = div && first(references(div.a));
  const bottom = div && first(references(div.b));
  const reason: DerivedFailure =
    top !== undefined && top !== null
      ? { code: 'missingNumerator', name: top }
      : bottom !== undefined && bottom !== null
        ? { code: 'missingDenominator', name: bottom }
        : { code: 'missingInput', name: missing[0] ?? '' };
  return {
    reason,
    inputs: names.map((n) => ({
      indicator: n,
      obsId: null,
      value: null,
      unit: catalog.get(n)?.unit ?? '',
      qualifier: '',
      year: null,
      earlier: false,
      source: '',
      quote: '',
    })),
  };
}
