// The whole-catalog check of formulas arriving from outside (a backup, a snapshot): every
// formula's names known, units that fit, no circles, checked against the catalog it joins.
import { catalogFromRecords } from './catalog';
import { formulaProblems } from './formulaCheck';
import type { Problem } from './problems';
import type { Catalog, CatalogEntry, Result } from './types';

/**
 * The first formula problem of `entries` (a list read from a file, each at `path[i]`), with the
 * JSON path of its formula; null when every formula can be computed. `known` is the catalog the
 * entries join (an entry of the list wins over a known one of the same name).
 */
export function catalogListProblem(
  entries: readonly CatalogEntry[],
  path: string,
  known: Catalog = new Map(),
): Problem | null {
  if (!entries.some((e) => e.formula)) return null;
  const all = new Map([...known, ...entries.map((e) => [e.indicator, e] as const)]);
  const broken = formulaProblems(all);
  for (const [i, e] of entries.entries()) {
    const p = e.formula && broken.get(e.indicator);
    if (p) return { ...p, path: `${path}[${i}].formula` };
  }
  return null;
}

/**
 * A catalog read from CSV records whose formulas are already trees (src/io/catalogCsv.ts): every
 * entry through the restore step, then the whole-catalog checks. A problem names the CSV line
 * and, for a formula, its column.
 */
export function catalogFromReads(
  read: Record<string, unknown>[],
  known: Catalog = new Map(),
): Result<Catalog> {
  const catalog = catalogFromRecords(read);
  if (!catalog.ok) return catalog;
  // Checked against the catalog it joins: names, units, circles.
  const broken = formulaProblems(new Map([...known, ...catalog.value]));
  for (const [i, r] of read.entries()) {
    const p = broken.get(typeof r.indicator === 'string' ? r.indicator.trim() : '');
    const column = Object.keys(r).indexOf('formula') + 1;
    if (p) return { ok: false, reason: { ...p, line: i + 2, column } };
  }
  return catalog;
}
