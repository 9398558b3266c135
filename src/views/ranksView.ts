// 排名 tab: the selected indicator's districts ranked, among all and within their peer group.
// (Issue 16 §2: filled in by the peers-and-ranks work.)
import { t } from '../i18n';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { el } from './el';

export function mount(host: HTMLElement, _store: Store<AppState>): { update(s: AppState): void } {
  host.classList.add('ranks-pane');
  return {
    update() {
      if (!host.firstChild) host.append(el('h2', {}, t.tabs.ranks));
    },
  };
}
