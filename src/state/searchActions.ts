// Ctrl+K: a chosen result becomes the selection, which every view follows (the grid is then
// moved onto it by the search box, as 定位到此单元格 does). Where the current tab cannot show it,
// the selection stays and a note says why: never a selection the tab does not show.
import type { CompareRow } from '../model/compare';
import type { SearchKind } from '../model/search';
import { tableRows } from '../model/table';
import type { Observation } from '../model/types';
import { compareFor, selectCompare, selectGoalRows, selectScorecard } from './selectors';
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

/** Why a choice did not land as asked; translated by the search box. */
export type SearchNote =
  /** A district the workbook has no data for: only the 地图 draws it. */
  | { code: 'noData'; district: string }
  /** The indicator has no row in this tab (no data, or no goal row in 目标). */
  | { code: 'noRows'; indicator: string }
  /** The district has no row in this tab (目标: no goal rows; 记分卡: not in the card). */
  | { code: 'districtNotShown'; district: string }
  /** No row of both: landed on the first row of `landed` instead. */
  | { code: 'notTogether'; district: string; indicator: string; landed: 'district' | 'indicator' }
  /** 记分卡: the indicator is not in the goal set shown. */
  | { code: 'notInSet'; indicator: string; set: string };

export interface Landing {
  state: AppState;
  note: SearchNote | null;
}

type TabRow = { district: string; indicator: string; scope: string; obsId: string | null };

/** The rows of a grid tab (数据, 目标) in their order, as the selection they stand for. */
function tabRows(s: AppState): TabRow[] | null {
  if (s.ui.view === 'data')
    return tableRows(s.table).map((o: Observation) => ({ ...o, obsId: o.id }));
  if (s.ui.view === 'goals')
    return selectGoalRows(s).rows.map((g) => ({
      ...g,
      obsId: g.latest?.id ?? g.baseline?.id ?? g.target?.id ?? null,
    }));
  return null;
}

/** 数据 and 目标: the first row of both, else of the one chosen, with a note; else only a note. */
function landInRows(s: AppState, rows: TabRow[], f: Found): Landing {
  const { indicator, district } = s.ui;
  const wanted =
    f.kind === 'district' ? { district: f.id, indicator } : { district, indicator: f.id };
  const scope = wanted.indicator === indicator ? s.ui.scope : '';
  const ofIndicator = (r: TabRow) => r.indicator === wanted.indicator;
  const ofDistrict = (r: TabRow) => r.district === wanted.district;
  const both = rows.filter((r) => ofIndicator(r) && ofDistrict(r));
  const own = f.kind === 'district' ? rows.filter(ofDistrict) : rows.filter(ofIndicator);
  const row = both.find((r) => r.scope === scope) ?? both[0] ?? own[0];
  if (!row) {
    const note: SearchNote =
      f.kind === 'indicator'
        ? { code: 'noRows', indicator: f.id }
        : s.districts.includes(f.id)
          ? { code: 'districtNotShown', district: f.id }
          : { code: 'noData', district: f.id };
    return { state: s, note };
  }
  const state = setUi(s, {
    indicator: row.indicator,
    scope: row.scope,
    district: row.district,
    obsId: row.obsId,
  });
  const other = f.kind === 'district' ? wanted.indicator : wanted.district;
  const note: SearchNote | null =
    both.length || other === null
      ? null
      : {
          code: 'notTogether',
          district: wanted.district ?? '',
          indicator: wanted.indicator ?? '',
          landed: f.kind === 'district' ? 'district' : 'indicator',
        };
  return { state, note };
}

/** The choice made in the current tab, landed where that tab shows it (see SearchNote). */
export function landFound(s: AppState, f: Found): Landing {
  if (f.kind === 'goalSet') return { state: selectFound(s, f), note: null };
  const view = s.ui.view;
  const rows = tabRows(s);
  if (rows) return landInRows(s, rows, f);
  if (f.kind === 'district') {
    // The 地图 draws all 38 divisions; other tabs only the workbook's districts.
    if (view !== 'map' && !s.districts.includes(f.id))
      return { state: s, note: { code: 'noData', district: f.id } };
    const card = view === 'scorecard' ? selectScorecard(s) : null;
    if (card && !card.rows.some((r) => r.district === f.id))
      return { state: s, note: { code: 'districtNotShown', district: f.id } };
    return { state: selectFound(s, f), note: null };
  }
  if (!rowFor(s, f.id)) return { state: s, note: { code: 'noRows', indicator: f.id } };
  const card = view === 'scorecard' ? selectScorecard(s) : null;
  if (card && !card.columns.some((c) => c.indicator === f.id))
    return { state: s, note: { code: 'notInSet', indicator: f.id, set: card.set.name } };
  return { state: selectFound(s, f), note: null };
}
