// Rows accepted from a newly read report: each carries its report's name and its quote.
import { IMPORTED_CATEGORY } from '../model/categories';
import type { CatalogEntry, Observation } from '../model/types';
import { commit, newId, say, type AppState } from './state';
import { computedProblem } from './derivedGuard';
import { isFormula } from '../model/formulaCheck';

export type SourcedRow = Omit<Observation, 'id'>;

export function addSourcedRows(
  s0: AppState,
  all: readonly SourcedRow[],
  reportName: string,
): AppState {
  let s = s0;
  // A report's figure for a formula indicator's actual is not stored: the formula computes it.
  const computed = (r: SourcedRow) => r.kind === 'actual' && isFormula(s0.catalog, r.indicator);
  const rows = all.filter((r) => !computed(r));
  const refused = [...new Set(all.filter(computed).map((r) => r.indicator))];
  const newEntries = new Map<string, CatalogEntry>();
  const changes = rows.map((r) => {
    let id: string;
    [id, s] = newId(s);
    if (!s.catalog.has(r.indicator) && !newEntries.has(r.indicator)) {
      newEntries.set(r.indicator, {
        indicator: r.indicator,
        nameEn: '',
        unit: r.unit,
        direction: 'neutral',
        min: null,
        max: null,
        category: IMPORTED_CATEGORY,
      });
    }
    return { before: null, after: { ...r, id } };
  });
  const catalog = newEntries.size ? new Map([...s.catalog, ...newEntries]) : s.catalog;
  const districts = [
    ...s.districts,
    ...new Set(rows.map((r) => r.district).filter((d) => d && !s.districts.includes(d))),
  ];
  const next = commit(s, {
    label: { code: 'readReport' },
    rows: changes,
    source: 'import',
    districts:
      districts.length > s.districts.length ? { before: s.districts, after: districts } : undefined,
    catalog: catalog !== s.catalog ? { before: s.catalog, after: catalog } : undefined,
  });
  if (refused.length)
    return say(next, 'warning', {
      code: 'fieldProblems',
      problems: refused.map((name) => computedProblem(name)),
    });
  return say(next, 'info', { code: 'readerImported', count: rows.length, report: reportName });
}
