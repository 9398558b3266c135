// Values of formula indicators, computed per district × year × scope from the actual values of
// their inputs, never stored. One district's values are computed from its own chunk only, and
// memoised on the chunk's identity, so an edit recomputes its own district's derived values.
import { evaluate, references, topDivision, type FormulaInput } from './formula';
import { orderedFormulas } from './formulaCheck';
import {
  changedSeries,
  indexChunk,
  pickForYear,
  primeIndex,
  seriesKey,
  type SeriesIndex,
} from './series';
import type { ObsTable } from './table';
import type {
  Catalog,
  CatalogEntry,
  DerivedFormula,
  DerivedInput,
  Observation,
  Qualifier,
} from './types';

/** Derived values' ids: never a stored id (those are a prefix and a counter). */
const DERIVED_PREFIX = 'ƒ:';

export const isDerivedId = (id: string | null | undefined): boolean =>
  typeof id === 'string' && id.startsWith(DERIVED_PREFIX);

export const derivedId = (district: string, indicator: string, year: number, scope: string) =>
  `${DERIVED_PREFIX}${district}|${indicator}|${year}|${scope}`;

/**
 * A computed value at a planner's precision: two decimals, or three significant digits for
 * small values (0.00123), so 3748 ÷ 1 500 000 × 1000 reads 2.5, not 2.4986666666666668.
 */
export function roundDerived(v: number): number {
  if (v === 0 || !Number.isFinite(v)) return v === 0 ? 0 : v;
  const digits = Math.max(2, 2 - Math.floor(Math.log10(Math.abs(v))));
  const r = Number(v.toFixed(Math.min(digits, 20)));
  return r === 0 ? 0 : r;
}

type Series = ReadonlyMap<string, readonly Observation[]>;

/** The value used for one input in one year, or what was missing. */
function inputFor(
  series: Series,
  indicator: string,
  scope: string,
  year: number,
  earlierAllowed: boolean,
): DerivedInput {
  const list = series.get(seriesKey(indicator, scope, 'actual')) ?? [];
  let obs = pickForYear(list, year).obs;
  let earlier = false;
  if ((!obs || obs.value === null) && earlierAllowed) {
    const before = list.filter((o) => o.year < year && o.value !== null);
    const last = before[before.length - 1];
    if (last) {
      obs = pickForYear(list, last.year).obs;
      earlier = true;
    }
  }
  const used = obs && obs.value !== null ? obs : null;
  return {
    indicator,
    obsId: used?.id ?? null,
    value: used?.value ?? null,
    unit: used?.unit ?? '',
    qualifier: used?.qualifier ?? '',
    year: used?.year ?? null,
    earlier: used !== null && earlier,
    source: used?.source ?? '',
    quote: used?.quote ?? '',
  };
}

/**
 * The years (per scope) a formula is computed for: every year any input has a row, so a year
 * with the population but not the beds says 缺分子 rather than nothing. The whole district
 * (scope '') takes any input; an institution's scope only when every input has rows there
 * (beds of one hospital are not divided by the district's population).
 */
function yearsByScope(series: Series, formula: DerivedFormula): Map<string, Set<number>> {
  const names = references(formula.ast);
  const byScope = new Map<string, { years: Set<number>; inputs: Set<string> }>();
  for (const list of series.values()) {
    const first = list[0];
    if (!first || first.kind !== 'actual' || !names.includes(first.indicator)) continue;
    const at = byScope.get(first.scope) ?? { years: new Set<number>(), inputs: new Set<string>() };
    for (const o of list) at.years.add(o.year);
    at.inputs.add(first.indicator);
    byScope.set(first.scope, at);
  }
  const out = new Map<string, Set<number>>();
  for (const [scope, { years, inputs }] of byScope)
    if (scope === '' || inputs.size === names.length) out.set(scope, years);
  return out;
}

/** One formula's values for one district, read from `series` (stored and earlier derived). */
function deriveOne(
  district: string,
  entry: CatalogEntry & { formula: DerivedFormula },
  series: Series,
): Observation[] {
  const { formula } = entry;
  const div = topDivision(formula.ast);
  const denominatorOnly = new Set(
    div ? references(div.b).filter((n) => !references(div.a).includes(n)) : [],
  );
  const names = references(formula.ast);
  const out: Observation[] = [];
  for (const [scope, years] of yearsByScope(series, formula)) {
    for (const year of [...years].sort((a, b) => a - b)) {
      const inputs = names.map((name) =>
        inputFor(
          series,
          name,
          scope,
          year,
          formula.earlierDenominator && denominatorOnly.has(name),
        ),
      );
      const byName = new Map(inputs.map((i) => [i.indicator, i]));
      const result = evaluate(formula.ast, (name): FormulaInput | undefined => byName.get(name));
      const qualifier: Qualifier = inputs.some((i) => i.qualifier !== '') ? '≈' : '';
      out.push({
        id: derivedId(district, entry.indicator, year, scope),
        district,
        indicator: entry.indicator,
        unit: entry.unit,
        year,
        kind: 'actual',
        value: result.ok ? roundDerived(result.value) : null,
        qualifier: result.ok ? qualifier : '',
        scope,
        source: '',
        quote: '',
        note: '',
        derived: { reason: result.ok ? null : result.reason, inputs },
      });
    }
  }
  return out;
}

/**
 * Every formula's values for one district, formulas over formulas in order, and the series
 * index of the chunk with them added (so the views need not index it again).
 */
export function deriveChunk(
  chunk: readonly Observation[],
  formulas: readonly (CatalogEntry & { formula: DerivedFormula })[],
): { rows: Observation[]; index: SeriesIndex } {
  const series = new Map(indexChunk(chunk));
  const district = chunk[0]?.district;
  if (district === undefined || formulas.length === 0) return { rows: [], index: series };
  const out: Observation[] = [];
  for (const entry of formulas) {
    const rows = deriveOne(district, entry, series);
    const byScope = new Map<string, Observation[]>();
    for (const r of rows) byScope.set(r.scope, [...(byScope.get(r.scope) ?? []), r]);
    for (const [scope, list] of byScope)
      series.set(seriesKey(entry.indicator, scope, 'actual'), list);
    out.push(...rows);
  }
  return { rows: out, index: series };
}

// Per stored chunk: its derived rows for one ordered formula list, and the chunk with them.
interface Augmented {
  formulas: readonly unknown[];
  withDerived: readonly Observation[];
  /** How many of `withDerived` are the stored rows (the derived ones follow). */
  stored: number;
}
const chunkMemo = new WeakMap<readonly Observation[], Augmented>();
type Formulas = readonly (CatalogEntry & { formula: DerivedFormula })[];

function deriveStored(
  chunk: readonly Observation[],
  formulas: Formulas,
  defined: ReadonlySet<string>,
): Augmented {
  // Asked of the chunk's series (a few hundred) rather than its rows (thousands).
  const lists = [...indexChunk(chunk).values()];
  const stored = lists.some((l) => l[0]?.kind === 'actual' && defined.has(l[0].indicator))
    ? chunk.filter((o) => !(o.kind === 'actual' && defined.has(o.indicator)))
    : chunk;
  const { rows, index } = deriveChunk(stored, formulas);
  const withDerived = [...stored, ...rows];
  primeIndex(withDerived, index);
  return { formulas, withDerived, stored: stored.length };
}

// Every indicator some formula reads, per ordered formula list.
const inputsMemo = new WeakMap<Formulas, ReadonlySet<string>>();
const formulaInputs = (formulas: Formulas) => {
  let set = inputsMemo.get(formulas);
  if (!set) {
    set = new Set(formulas.flatMap((f) => [f.indicator, ...references(f.formula.ast)]));
    inputsMemo.set(formulas, set);
  }
  return set;
};

/**
 * A chunk edited in place (a typed value) whose changed series no formula reads: the derived
 * rows of the chunk it came from stand, and only the changed series are swapped in its index.
 */
function carriedDerived(chunk: readonly Observation[], formulas: Formulas): Augmented | null {
  const lineage = changedSeries(chunk);
  const old = lineage && chunkMemo.get(lineage.from);
  // A chunk that was filtered (stored actuals of a formula indicator) is derived afresh.
  if (!lineage || !old || old.formulas !== formulas || old.stored !== lineage.from.length)
    return null;
  const read = formulaInputs(formulas);
  const index = indexChunk(chunk);
  const keys = [...lineage.keys];
  if (keys.some((k) => read.has(k.split('\u0001')[0] ?? ''))) return null;
  const derivedRows = old.withDerived.slice(old.stored);
  const withDerived = [...chunk, ...derivedRows];
  const augmented = new Map(indexChunk(old.withDerived));
  for (const k of keys) {
    const list = index.get(k);
    if (list) augmented.set(k, list);
    else augmented.delete(k);
  }
  primeIndex(withDerived, augmented);
  return { formulas, withDerived, stored: chunk.length };
}
const tableMemo = new WeakMap<ObsTable, { formulas: readonly unknown[]; table: ObsTable }>();

/**
 * The table with every formula indicator's values added to each district's chunk (stored rows
 * first). The same object while the table and catalog are the same, and each augmented chunk
 * the same array while its stored chunk is, so per-chunk memos downstream keep working.
 * Stored actuals of a formula indicator are left out: the formula defines its values.
 */
export function withDerived(table: ObsTable, catalog: Catalog): ObsTable {
  const formulas = orderedFormulas(catalog);
  if (formulas.length === 0) return table;
  const hit = tableMemo.get(table);
  if (hit && hit.formulas === formulas) return hit.table;
  const defined = new Set(formulas.map((f) => f.indicator));
  const chunks = new Map<string, readonly Observation[]>();
  let size = 0;
  for (const [district, chunk] of table.chunks) {
    let c = chunkMemo.get(chunk);
    if (!c || c.formulas !== formulas) {
      c = carriedDerived(chunk, formulas) ?? deriveStored(chunk, formulas, defined);
      chunkMemo.set(chunk, c);
    }
    chunks.set(district, c.withDerived);
    size += c.withDerived.length;
  }
  const out = { chunks, size };
  tableMemo.set(table, { formulas, table: out });
  return out;
}
