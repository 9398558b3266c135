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

export const loaders = {
  // Views shown only when their tab is first opened.
  ranksView: () => import('../views/ranksView'),
  mapView: () => import('../views/mapView'),
  // The Ctrl+K search box, with its pinyin matcher.
  search: () => import('./searchBox'),
  history: () => import('./historyPanel'),
  snapshots: () => import('./snapshotsPanel'),
  reader: () => import('./reportReader'),
  syncDialog: () => import('./syncDialog'),
  reportViewer: () => import('./reportViewer'),
  importDialog: () => import('./importDialog'),
  formulas: () => import('./formulaDialog'),
  catalogCsv: () => import('./catalogCsvFile'),
  // With PapaParse, which the first load does without.
  csvExport: () => import('./csvDownload'),
  // Small: exceljs lives in its write worker, started only when a workbook is written.
  xlsxExport: () => import('./exportXlsx'),
  deck: () => loadDeck(),
};
type Modules = typeof loaders;
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
    return (await loaders[key]()) as Awaited<ReturnType<Modules[K]>>;
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

/**
 * Fetches every panel, one after another, each when the page is next idle, so preloading never
 * competes with painting an edit. No deadline: an idle callback comes whenever the page has
 * nothing to do, busy machine or not. A failure here is only noticed when the panel is used.
 */
export async function preloadOnDemand(): Promise<void> {
  for (const load of Object.values(loaders)) {
    await idle();
    await load().catch(() => undefined);
  }
  document.documentElement.dataset.lazyLoaded = 'true';
}

const idle = (): Promise<void> =>
  new Promise((resolve) =>
    'requestIdleCallback' in window ? requestIdleCallback(() => resolve()) : resolve(),
  );
