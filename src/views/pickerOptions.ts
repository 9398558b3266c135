// The 指标 and 年份 lists of the 排名 and 地图 tabs. 指标: the indicators with data for the year
// and kind, and always the one the view shows (a formula indicator with no values yet, one
// chosen by Ctrl+K), so the list never names another indicator than the one drawn. 年份: the
// years with data of the chosen kind, and the chosen year marked when it has none.
import { indicatorName, scopeName, t } from '../i18n';
import { rowKey, type CompareRow } from '../model/compare';
import type { ObsTable } from '../model/table';
import type { Catalog, Kind } from '../model/types';
import { option } from './el';

export function indicatorOptions(
  rows: readonly CompareRow[],
  catalog: Catalog,
  shown: { indicator: string; scope: string } | null,
  keyOf: (indicator: string, scope: string) => string = rowKey,
): HTMLOptionElement[] {
  const label = (indicator: string, scope: string) => {
    const name = indicatorName(catalog, indicator);
    return scope ? t.paren(name, scopeName(scope)) : name;
  };
  const chosen = shown ? keyOf(shown.indicator, shown.scope) : '';
  const opts = rows.map((r) => {
    const key = keyOf(r.indicator, r.scope);
    return option(key, label(r.indicator, r.scope), key === chosen);
  });
  if (shown && !rows.some((r) => keyOf(r.indicator, r.scope) === chosen))
    opts.unshift(option(chosen, t.tileMap.noValues(label(shown.indicator, shown.scope)), true));
  return opts;
}

// Years per stored chunk and kind: an edit replaces one chunk, the others are read from here.
const chunkYears = new WeakMap<object, Record<Kind, Set<number>>>();

/** The years with a value of this kind, newest first. */
export function yearsOfKind(table: ObsTable, kind: Kind): number[] {
  const all = new Set<number>();
  for (const chunk of table.chunks.values()) {
    let ys = chunkYears.get(chunk);
    if (!ys) {
      ys = { actual: new Set(), target: new Set() };
      for (const o of chunk) if (o.value !== null) ys[o.kind].add(o.year);
      chunkYears.set(chunk, ys);
    }
    for (const y of ys[kind]) all.add(y);
  }
  return [...all].sort((a, b) => b - a);
}

export function yearOptions(table: ObsTable, kind: Kind, year: 'latest' | number) {
  const years = yearsOfKind(table, kind);
  const opts = [
    option('latest', t.latest, year === 'latest'),
    ...years.map((y) => option(String(y), t.yearOption(y), year === y)),
  ];
  if (year !== 'latest' && !years.includes(year))
    opts.push(option(String(year), t.tileMap.noYearData(t.yearOption(year)), true));
  return opts;
}
