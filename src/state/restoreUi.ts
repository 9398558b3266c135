// Settings from storage or a backup: only known keys with the right types survive.
import { DEFAULT_UI, type UiState } from './state';
import { isView } from './views';

export function restoreUi(raw: unknown): UiState {
  const r = (raw ?? {}) as Partial<Record<keyof UiState, unknown>>;
  const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
  return {
    view: isView(r.view) ? r.view : DEFAULT_UI.view,
    indicator: typeof r.indicator === 'string' ? r.indicator : null,
    scope: str(r.scope, ''),
    district: typeof r.district === 'string' ? r.district : null,
    year: typeof r.year === 'number' ? r.year : 'latest',
    kind: r.kind === 'target' ? 'target' : 'actual',
    category: str(r.category, ''),
    goalSource: str(r.goalSource, 'own'),
    chartsHidden: r.chartsHidden === true,
    chartAll: r.chartAll === true,
    obsId: typeof r.obsId === 'string' ? r.obsId : null,
    peerGroup: str(r.peerGroup, ''),
    mapColour: r.mapColour === 'status' ? 'status' : 'value',
    mapBreaks: r.mapBreaks === 'equal' || r.mapBreaks === 'status' ? r.mapBreaks : 'quantile',
  };
}
