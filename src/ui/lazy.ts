// Code loaded on demand, listed once. A tab left open across a deploy may find this version's
// chunks gone from the server: so the panels are fetched while the page is idle (then they keep
// working until the tab reloads), and a load that still fails says so — save, then reload —
// instead of doing nothing.
import type { SlideKind } from '../model/slides';
import { say, type AppState } from '../state/state';
import type { Store } from '../state/store';
import type { Services } from './services';
import { t } from './strings';
import { shownText } from '../state/messages';

/** The meeting features: src/present sits above ui, so main.ts hands ui their loader. */
export interface DeckModule {
  addSlideFromView(store: Store<AppState>, kind: SlideKind): void;
  openDeckPanel(store: Store<AppState>, isEditing: () => boolean): void;
}
let loadDeck = (): Promise<DeckModule> => Promise.reject(new Error('no meeting features'));
export function provideDeck(load: () => Promise<DeckModule>): void {
  loadDeck = load;
}

const modules = {
  history: () => import('./historyPanel'),
  snapshots: () => import('./snapshotsPanel'),
  reader: () => import('./reportReader'),
  reportViewer: () => import('./reportViewer'),
  importDialog: () => import('./importDialog'),
  // Small: exceljs lives in its write worker, started only when a workbook is written.
  xlsxExport: () => import('./exportXlsx'),
  deck: () => loadDeck(),
};
type Modules = typeof modules;
export type OnDemand = keyof Modules;
type Sv = Pick<Services, 'store' | 'persistence' | 'db' | 'askReload'>;

/**
 * Loads a module, or tells the user why it cannot: saves pending edits first, then asks for a
 * reload (or, without storage, for a backup first, as a reload would lose the data).
 */
export async function onDemand<K extends OnDemand>(
  sv: Sv,
  key: K,
): Promise<Awaited<ReturnType<Modules[K]>> | null> {
  try {
    return (await modules[key]()) as Awaited<ReturnType<Modules[K]>>;
  } catch (e) {
    await codeMissing(sv, key, e);
    return null;
  }
}

/** Says that on-demand code (`what`) could not be loaded, after saving what is pending. */
export async function codeMissing(sv: Sv, what: string, e: unknown): Promise<void> {
  console.warn(`On-demand code “${what}” failed to load`, e);
  const saved = sv.db() ? ((await sv.persistence()?.flush()) ?? true) : false;
  const text = sv.db() ? t.lazy.failed(saved) : t.lazy.failedMemory;
  sv.store.update((s) => say(s, 'error', shownText(text)));
  sv.askReload?.(text);
}

/** Fetches every panel while the page is idle; a failure here is only noticed when used. */
export function preloadOnDemand(): void {
  const keys = Object.keys(modules) as OnDemand[];
  const next = () => {
    const key = keys.shift();
    if (!key) {
      document.documentElement.dataset.lazyLoaded = 'true';
      return;
    }
    void modules[key]()
      .catch(() => undefined)
      .then(() => idle(next));
  };
  idle(next);
}

function idle(fn: () => void): void {
  // The deadline is not a wait in a test: a page that is never idle must still preload, or a
  // tab left open across a deploy would lose its on-demand code.
  if ('requestIdleCallback' in window) requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 50);
}
