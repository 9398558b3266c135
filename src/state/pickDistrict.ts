// Selecting a district outside a grid (地图 tile, 排名 row): the source panel follows it too.
import { chartInputFor } from './selectors';
import { setUi, type AppState } from './state';

/**
 * `district` selected, with its value of the selected indicator as the source panel's cell
 * (none when it has no value): the panel must never keep showing another district's value.
 */
export function pickDistrict(s: AppState, district: string | null): AppState {
  const sel = chartInputFor(s, { ...s.ui, category: '' }).selection;
  const i = district === null || !sel ? -1 : sel.view.districts.indexOf(district);
  const obsId = (i >= 0 && sel?.row?.cells[i]?.obsId) || null;
  return setUi(s, { district, obsId });
}
