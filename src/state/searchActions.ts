// Ctrl+K: a chosen result becomes the selection, which every view follows (the 对比 grid is then
// moved onto it by the search box, as 定位到此单元格 does).
import type { CompareRow } from '../model/compare';
import type { SearchKind } from '../model/search';
import { compareFor, selectCompare } from './selectors';
import { setUi, type AppState } from './state';

export interface Found {
  kind: SearchKind;
  /** The indicator, district or goal-set id. */
  id: string;
}

/** The compare row an indicator is shown in: the scope already chosen, else the whole district. */
export function rowFor(s: AppState, indicator: string): CompareRow | undefined {
  const rows = compareFor(s, { ...s.ui, category: '' }).rows.filter(
    (r) => r.indicator === indicator,
  );
  const scope = s.ui.indicator === indicator ? s.ui.scope : '';
  return rows.find((r) => r.scope === scope) ?? rows.find((r) => r.scope === '') ?? rows[0];
}

const obsOf = (s: AppState, row: CompareRow | undefined, district: string | null) =>
  (row && district !== null ? row.cells[s.districts.indexOf(district)]?.obsId : null) ?? null;

export function selectFound(s: AppState, f: Found): AppState {
  if (f.kind === 'goalSet') return setUi(s, { goalSource: f.id });
  if (f.kind === 'district') {
    const row = s.ui.indicator === null ? undefined : rowFor(s, s.ui.indicator);
    return setUi(s, { district: f.id, obsId: obsOf(s, row, f.id) });
  }
  const row = rowFor(s, f.id);
  // A category filter that hides the indicator is cleared, so its row can be shown.
  const hidden =
    s.ui.category !== '' && !!row && !selectCompare(s).rows.some((r) => r.key === row.key);
  return setUi(s, {
    indicator: f.id,
    scope: row?.scope ?? '',
    category: hidden ? '' : s.ui.category,
    obsId: obsOf(s, row, s.ui.district),
  });
}
