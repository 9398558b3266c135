// The compare matrix: one row per indicator (and institution scope) × one column per district.
import { origin, type Origin } from './provenance';
import { t } from '../i18n';
import { rangeProblem } from './catalog';
import { indexChunk, pickForYear, pickLatest, seriesKey } from './series';
import type { ObsTable } from './table';
import type { Catalog, Kind, Observation } from './types';

export interface CompareOptions {
  year: 'latest' | number;
  kind: Kind;
  /** '' = every category. */
  category: string;
  districts: readonly string[];
}

export interface CompareCell {
  value: number | null;
  year: number | null;
  qualifier: string;
  obsId: string | null;
  conflict: boolean;
  /** The planner chose this value among disagreeing sources. */
  chosen: boolean;
  origin: Origin | null;
  outOfRange: string | null;
}

export interface CompareRow {
  key: string;
  indicator: string;
  scope: string;
  unit: string;
  category: string;
  cells: CompareCell[];
  mixedYears: boolean;
}

export interface CompareView {
  districts: readonly string[];
  rows: CompareRow[];
  mixedYears: boolean;
}

const EMPTY_CELL: CompareCell = {
  value: null,
  year: null,
  qualifier: '',
  obsId: null,
  conflict: false,
  chosen: false,
  origin: null,
  outOfRange: null,
};

export function rowKey(indicator: string, scope: string) {
  return scope ? `${indicator}\u0001${scope}` : indicator;
}

let memo: { key: unknown[]; view: CompareView } | null = null;

/** Same inputs (by identity) → the same view object: grid, charts, notice and export share it. */
export function buildCompare(table: ObsTable, catalog: Catalog, opt: CompareOptions): CompareView {
  const key = [table, catalog, opt.year, opt.kind, opt.category, opt.districts];
  if (memo && key.every((k, i) => k === memo?.key[i])) return memo.view;
  const view = computeCompareView(table, catalog, opt);
  memo = { key, view };
  return view;
}

function computeCompareView(table: ObsTable, catalog: Catalog, opt: CompareOptions): CompareView {
  const indexes = opt.districts.map((d) => {
    const chunk = table.chunks.get(d);
    return chunk ? indexChunk(chunk) : new Map<string, readonly Observation[]>();
  });
  // Union of (indicator, scope) pairs that have this kind in any shown district.
  const pairs = new Map<string, { indicator: string; scope: string }>();
  for (const idx of indexes) {
    for (const list of idx.values()) {
      const first = list[0];
      if (!first || first.kind !== opt.kind) continue;
      const rk = rowKey(first.indicator, first.scope);
      if (!pairs.has(rk)) pairs.set(rk, { indicator: first.indicator, scope: first.scope });
    }
  }
  const rows: CompareRow[] = [];
  for (const [key, { indicator, scope }] of pairs) {
    const entry = catalog.get(indicator);
    const category = entry?.category ?? t.otherCategory;
    if (opt.category && category !== opt.category) continue;
    const sk = seriesKey(indicator, scope, opt.kind);
    const cells = indexes.map((idx): CompareCell => {
      const list = idx.get(sk);
      if (!list) return EMPTY_CELL;
      const { obs, conflict } =
        opt.year === 'latest' ? pickLatest(list) : pickForYear(list, opt.year);
      if (!obs) return EMPTY_CELL;
      return {
        value: obs.value,
        year: obs.year,
        qualifier: obs.qualifier,
        obsId: obs.id,
        conflict,
        chosen: conflict && obs.preferred === true,
        origin: origin(obs),
        outOfRange: obs.value === null ? null : rangeProblem(entry, obs.value),
      };
    });
    const years = new Set(cells.filter((c) => c.value !== null).map((c) => c.year));
    rows.push({
      key,
      indicator,
      scope,
      unit: entry?.unit ?? '',
      category,
      cells,
      mixedYears: years.size > 1,
    });
  }
  const order = [...new Set([...catalog.values()].map((e) => e.category))];
  const catRank = (c: string) => (order.includes(c) ? order.indexOf(c) : order.length);
  const indRank = new Map([...catalog.keys()].map((k, i) => [k, i]));
  rows.sort(
    (a, b) =>
      catRank(a.category) - catRank(b.category) ||
      (indRank.get(a.indicator) ?? 1e9) - (indRank.get(b.indicator) ?? 1e9) ||
      a.indicator.localeCompare(b.indicator) ||
      a.scope.localeCompare(b.scope),
  );
  return { districts: opt.districts, rows, mixedYears: rows.some((r) => r.mixedYears) };
}
