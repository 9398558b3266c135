// 地图 tab: the districts as a tile map coloured by the selected indicator or goal status.
// (Issue 16 §3: filled in by the tile-map work.)
import { t } from '../i18n';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { el } from './el';

export function mount(host: HTMLElement, _store: Store<AppState>): { update(s: AppState): void } {
  host.classList.add('map-pane');
  return {
    update() {
      if (!host.firstChild) host.append(el('h2', {}, t.tabs.map));
    },
  };
}
