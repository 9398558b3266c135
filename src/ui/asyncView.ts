// A view whose code is loaded when it is first shown (排名, 地图): it stays out of the first load.
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { onDemand, type OnDemand } from './lazy';
import type { ViewHandle } from './render';
import type { Services } from './services';

/** What an on-demand view module exports. */
interface ViewModule {
  mount(host: HTMLElement, store: Store<AppState>): { update(s: AppState): void };
}

type ViewKey = Extract<OnDemand, 'ranksView' | 'mapView'>;

/**
 * A view handle that loads `key` at its first update, mounts it into `host` and then paints the
 * store's state as it is by then. `host.dataset.mounted` is 'true' once the view has painted.
 * A failed load is said (see onDemand) and tried again at the next update.
 */
export function asyncView(sv: () => Services, key: ViewKey, host: HTMLElement): ViewHandle {
  let view: { update(s: AppState): void } | null = null;
  let loading: Promise<void> | null = null;
  return {
    update(s) {
      if (view) return view.update(s);
      loading ??= onDemand(sv(), key).then((m) => {
        loading = null;
        if (!m || view) return;
        // `satisfies`: a view module that stops exporting `mount` fails to compile here.
        view = (m satisfies ViewModule).mount(host, sv().store);
        view.update(sv().store.getState());
        host.dataset.mounted = 'true';
      });
    },
  };
}
