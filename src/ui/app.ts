// Composition root: store → views, charts, toolbar, persistence, sync. Every change goes
// through the store; nothing else writes to IndexedDB or the grid.
import type { TraceJump } from './tracePanel';
import { rowKey } from '../model/compare';
import { editObservations } from '../state/actions';
import type { ChartId, ChartsHandle } from '../charts';
import { bundledSeedCatalog } from '../data/seedCatalog';
import { openDb, type Db, type HistoryRecord, type StorageLoss } from '../db/db';
import { openJournal, type JournalEntry } from '../db/journal';
import {
  connectPersistence,
  historyRecordOf,
  type Persistence,
  type SaveStatus,
} from '../db/persist';
import { connectSync } from '../db/sync';
import { seedGoalSets, type GoalSet } from '../model/goalSets';
import { tableFrom, type ObsTable } from '../model/table';
import { catalogWithSeed } from '../model/catalogSeed';
import { DISTRICTS, type Observation } from '../model/types';
import { restoreUi } from '../state/restoreUi';
import {
  initialState,
  say,
  setUi,
  type AppState,
  type UiState,
  type ViewName,
} from '../state/state';
import { selectChartInput, selectCompare, selectGoalRows } from '../state/selectors';
import { createStore } from '../state/store';
import { mountCompare } from '../views/compareView';
import { mountData } from '../views/dataView';
import { mountScorecard } from '../views/scorecardView';
import { readStored } from '../model/backup';
import { problemText } from '../i18n/problems';
import { mountGoals } from '../views/goalsView';
import { lazyView } from './lazyView';
import { asyncView } from './asyncView';
import { makeRenderer, schedulePaint, showReloadBanner, type ViewHandle } from './render';
import { codeMissing, preloadOnDemand, provideDeck, type DeckModule } from './lazy';
import type { Services } from './services';
import { buildShell } from './shell';
import { startSharing } from './syncStart';
import { t } from './strings';
import type { TestApi } from './testApi';
import { renderToolbar } from './toolbar';
import { wire } from './wire';
import { shownText } from '../state/messages';
import { timed } from '../state/timing';

/** The chart that shows the selected (just edited) cell among the districts. */
const FIRST_CHARTS: readonly ChartId[] = ['across'];

interface Seed {
  rows: Observation[];
  table: ObsTable;
  sets: GoalSet[];
}

function districtsOf(table: ObsTable): string[] {
  const extra = [...table.chunks.keys()].filter(
    (d) => !(DISTRICTS as readonly string[]).includes(d),
  );
  return [...DISTRICTS, ...extra.sort()];
}

export interface StartOptions {
  appVersion: string;
  openAbout(rows: [string, string][]): void;
  /** The meeting features (src/present), loaded on demand. */
  loadDeck?: () => Promise<DeckModule>;
}

export async function startApp(
  root: HTMLElement,
  opts: StartOptions,
): Promise<{
  store: ReturnType<typeof createStore<AppState>>;
  flush(): Promise<boolean>;
  isEditing(): boolean;
}> {
  if (opts.loadDeck) provideDeck(opts.loadDeck);
  // Storage first: IndexedDB opens, then reads while the page and its grids are built. The
  // handlers are set below; a 'blocked' before that is shown once the page is there.
  let blockedEarly = false;
  let wake = () => {};
  const storageEvents = {
    onLost: (_cause: StorageLoss) => {},
    onBlocked: () => {
      blockedEarly = true;
      wake();
    },
  };
  const opening = openDb(undefined, {
    onLost: (cause) => storageEvents.onLost(cause),
    onBlocked: () => storageEvents.onBlocked(),
  });
  const reading = opening
    .then((o) => (o.ok ? o.value.load() : null))
    .then(
      (stored) => ({ stored, error: null }),
      (e: unknown) => ({ stored: null, error: e instanceof Error ? e.message : String(e) }),
    );
  // Open (or blocked, which the page must show): the read is then under way.
  await new Promise<void>((resolve) => {
    wake = resolve;
    void opening.then(
      () => resolve(),
      () => resolve(),
    );
  });
  // Chart.js is fetched now but mounted after the grid's first frame with data.
  let painted = () => {};
  const firstPainted = new Promise<void>((resolve) => (painted = resolve));
  const catalog = bundledSeedCatalog();
  // The seed rows are only needed on a first run or a reset, so they load on demand.
  let seedPromise: Promise<Seed> | null = null;
  const seed = (): Promise<Seed> =>
    (seedPromise ??= import('../data/seedRows').then((m) => {
      const rows = m.loadSeedObservations();
      const table = tableFrom(rows);
      return {
        rows,
        table,
        sets: seedGoalSets(table),
      };
    }, missing('seed')));
  // On-demand code gone from the server (a deploy while this tab was open): say so, offer a reload.
  const missing =
    (what: string) =>
    (e: unknown): never => {
      seedPromise = null;
      void codeMissing(sv, what, e);
      throw e;
    };
  const tabId = Math.random().toString(36).slice(2, 8);
  const store = createStore<AppState>(initialState(catalog, DISTRICTS, `u${tabId}-`));
  const shell = buildShell(root);

  // 目标 and 数据 are mounted when first shown; 对比 is the first view.
  const data = lazyView(() => mountData(shell.panes.data, store));
  const grids: Record<ViewName, ViewHandle> = {
    compare: mountCompare(shell.panes.compare, store),
    goals: lazyView(() => mountGoals(shell.panes.goals, store)),
    scorecard: mountScorecard(shell.panes.scorecard),
    // 排名 and 地图 load their code when first shown (sv is set before any paint).
    ranks: asyncView(() => sv, 'ranksView', shell.panes.ranks),
    map: asyncView(() => sv, 'mapView', shell.panes.map),
    data,
  };
  // Chart.js loads after the grid has painted: it is not needed to show the data.
  let chartsHandle: ChartsHandle | null = null;
  const charts = { update: (s: AppState) => chartsHandle?.update(selectChartInput(s)) };
  const chartsFirst = {
    update: (s: AppState) => {
      const input = timed('app:chartInput', () => selectChartInput(s));
      timed('app:chartFirst', () => chartsHandle?.update(input, FIRST_CHARTS));
    },
  };
  shell.charts.addEventListener('chart-show-all', (e) =>
    store.update((s) => setUi(s, { chartAll: (e as CustomEvent<boolean>).detail })),
  );
  // 计算过程 → an input's cell: shown in the compare grid and selected.
  shell.charts.addEventListener('trace-jump', (e) => {
    const d = (e as CustomEvent<TraceJump>).detail;
    store.update((s) => setUi(s, { view: 'compare', category: '', ...d }));
    requestAnimationFrame(
      () => void grids.compare.grid?.selectCell(rowKey(d.indicator, d.scope), `d:${d.district}`),
    );
  });
  const chartsReady = Promise.all([import('../charts'), firstPainted]).then(([m]) => {
    chartsHandle = m.mountCharts(shell.charts);
    if (store.getState().storage !== 'loading') charts.update(store.getState());
    root.dataset.charts = 'ready';
  }, missing('charts'));
  // 来源 (with the trace panel) also comes after the first frame with data.
  let sourcePanel: { update(s: AppState): void } | null = null;
  const sources = { update: (s: AppState) => sourcePanel?.update(s) };
  const toolbar = {
    update: renderToolbar(shell.toolbar, store, {
      deleteRows: () => void data.mounted().deleteSelected(),
    }),
  };
  // The chart of the edited indicator paints with the grid; the others, the toolbar and the
  // panels wait until the browser is idle after that frame.
  const chartsOnly = (ids: readonly ChartId[]) => ({
    update: (s: AppState) => chartsHandle?.update(selectChartInput(s), ids),
  });
  const renderer = makeRenderer(shell, grids, chartsFirst, [
    chartsOnly(['years']),
    chartsOnly(['progress']),
    toolbar,
    sources,
  ]);
  const painter = schedulePaint(renderer, () => store.getState());
  store.subscribe((_s, prev) => painter.changed(prev));
  const paint = () => painter.now();

  let db: Db | null = null;
  let persistence: Persistence | null = null;
  const memoryHistory: HistoryRecord[] = [];
  const sv: Services = {
    store,
    db: () => db,
    persistence: () => persistence,
    memoryHistory,
    appVersion: opts.appVersion,
    askReload: (text) => showReloadBanner(shell, text),
  };
  const sourcesReady = Promise.all([import('./sourcePanel'), firstPainted]).then(([m]) => {
    sourcePanel = m.mountSourcePanel(shell.charts, sv);
    if (store.getState().storage !== 'loading') sourcePanel.update(store.getState());
  }, missing('sources'));
  wire(shell, sv, {
    seed,
    grids,
    openAbout: () => {
      const s = store.getState();
      opts.openAbout([
        [t.aboutUi.data, t.aboutUi.dataValue(s.table.size, s.districts.length, s.catalog.size)],
        [t.aboutUi.storage, s.storage === 'indexeddb' ? t.aboutUi.indexeddb : t.aboutUi.memory],
      ]);
    },
  });

  const setStatus = (s: SaveStatus) => {
    shell.saveStatus.textContent = {
      saved: t.saved,
      pending: t.pending,
      saving: t.saving,
      error: t.saveError,
      full: t.saveFull,
      stopped: t.saveStopped,
    }[s];
    shell.saveStatus.dataset.status = s;
  };

  // Changes not yet committed are journaled; journals of tabs that are gone are re-applied.
  const journal = openJournal(tabId);
  const late: JournalEntry[] = [];
  const replay = (list: JournalEntry[]) => {
    for (const e of list) persistence?.replay(e);
    const n = list.reduce((k, e) => k + e.rows.length, 0);
    if (n) store.update((s) => say(s, 'info', shownText(t.msg.journalRestored(n))));
  };
  // A journal freed only after the load must not move the selection under the user's hands.
  const orphans = journal.takeOrphans((e) => {
    const data = { ...e, ui: undefined };
    if (persistence) replay([data]);
    else late.push(data);
  });

  // Load: IndexedDB first; the seed on a first run; memory only when storage is unavailable.
  let blocked = false;
  const lost: Record<StorageLoss, string> = {
    upgraded: t.versionChange,
    deleted: t.storageDeleted,
    closed: t.storageClosed,
  };
  storageEvents.onLost = (cause) => {
    // Panels and backup then work from memory instead of a closed database.
    db = null;
    persistence?.halt();
    // Deleted or closed under us: the workbook may be only in this page now.
    const backup = () => shell.moreMenu.querySelector<HTMLElement>('[data-more="backup"]')?.click();
    showReloadBanner(shell, lost[cause], cause === 'upgraded' ? undefined : backup);
  };
  storageEvents.onBlocked = () => {
    setStatus('stopped');
    showReloadBanner(shell, t.blocked);
    blocked = true;
  };
  if (blockedEarly) storageEvents.onBlocked();
  const opened = await opening;
  // The older tabs have closed: the upgrade went through.
  if (blocked && opened.ok) shell.banner.hidden = true;
  const read = await reading;
  const stored: Awaited<ReturnType<Db['load']>> = read.stored;
  let loadError: string | null = opened.ok ? read.error : opened.reason;
  const firstRun = stored ? null : await seed();
  if (opened.ok && !loadError && firstRun) {
    // The first run writes the seed once, whole, after the (empty) load has finished.
    try {
      await opened.value.write({
        chunks: new Map([...firstRun.table.chunks]),
        goalSets: firstRun.sets,
      });
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    }
  }
  // Malformed goal sets, catalog entries or slides are left out, and the user is told which.
  const kept = stored
    ? readStored({
        ...stored,
        districts: districtsOf(stored.table ?? tableFrom(stored.observations ?? [])),
      })
    : null;
  // Rows the load refused are listed to the planner and kept aside in storage, never dropped.
  const refused = stored?.refused ?? [];
  if (refused.length && opened.ok && !loadError)
    await opened.value.keepAside(refused).catch(() => undefined);
  store.update((s) => {
    const table = stored?.table ?? tableFrom(stored?.observations ?? firstRun?.rows ?? []);
    const next: AppState = {
      ...s,
      table,
      districts: districtsOf(table),
      catalog: catalogWithSeed(catalog, kept?.catalog),
      goalSets: kept?.goalSets ?? firstRun?.sets ?? [],
      deck: kept?.deck ?? [],
      peerGroups: kept?.peerGroups ?? [],
      ui: restoreUi(stored?.ui),
      storage: opened.ok && !loadError ? 'indexeddb' : 'memory',
    };
    if (loadError) return say(next, 'error', shownText(t.paren(t.memoryBanner, loadError)));
    const bad = [...refused.map((x) => x.problem), ...(kept?.problems ?? [])];
    const list =
      bad
        .slice(0, 3)
        .map((p) => problemText(p, next.catalog))
        .join(t.sep.clause) + (bad.length > 3 ? t.msg.moreErrors(bad.length) : '');
    return bad.length
      ? say(next, 'error', shownText(t.backup.storedSkipped(bad.length, list)))
      : next;
  });

  // The session's changes are listed in 修改历史 and go into a backup even without storage.
  store.subscribe((s, prev) => {
    if (s.lastChange && s.lastChange !== prev.lastChange)
      memoryHistory.push(historyRecordOf(s.lastChange));
  });
  if (opened.ok && !loadError) {
    db = opened.value;
    const sync = connectSync(opened.value, () => persistence, tabId, catalog);
    setStatus('saved');
    persistence = connectPersistence(store, opened.value, {
      onStatus: setStatus,
      onWritten: (w) => sync.notify(w),
      journal,
      seed: catalog,
    });
    const flushNow = () => persistence?.flushNow();
    // beforeunload comes first on a reload or close: the earlier the write is queued, the safer.
    addEventListener('beforeunload', flushNow);
    addEventListener('pagehide', flushNow);
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'hidden' && flushNow(),
    );
  } else {
    // Nothing is written; changes are journaled and come back after a reload.
    persistence = connectPersistence(store, null, { onStatus: setStatus, journal, seed: catalog });
    setStatus('stopped');
  }
  replay([...(await orphans), ...late.splice(0)]);
  // After the load: the engine must never see the empty workbook of before it.
  const sharing = startSharing(shell, sv);

  // Without storage there is nothing to wait for (the status says 未保存 and the journal holds them).
  const flush = () => (db && persistence ? persistence.flush() : Promise.resolve(true));
  Object.assign(window, {
    __app: {
      state: () => store.getState(),
      charts: () => chartsHandle?.data() ?? [],
      chartValues: (id: ChartId) => chartsHandle?.values(id) ?? [],
      flush: () => flush(),
      goals: () => selectGoalRows(store.getState()).rows,
      compare: () => selectCompare(store.getState()),
      select: (ui: Partial<UiState>) => store.update((s) => setUi(s, ui)),
      selectCell: async (view: ViewName, rowKey: string, colKey: string) => {
        // Said out loud: a test waiting for focus on a cell that was never selected waits forever.
        if (!(await grids[view].grid?.selectCell(rowKey, colKey)))
          throw new Error(`no cell ${rowKey} × ${colKey} in ${view}`);
      },
      editValue: (id: string, raw: string) =>
        store.update((s) => editObservations(s, [{ id, field: 'value', raw }])),
      isEditing: () => Object.values(grids).some((g) => g.grid?.isEditing() ?? false),
      ...sharing.testApi,
    } satisfies TestApi,
  });
  // Ready means the grids show the loaded data: paint now, not on the next frame (a cell
  // selected in between was not there yet).
  paint();
  root.dataset.ready = 'true';
  // After that frame is drawn.
  requestAnimationFrame(() => setTimeout(painted, 0));
  void Promise.all([chartsReady, sourcesReady].map((p) => p.catch(() => undefined))).then(
    preloadOnDemand,
  );
  return {
    store,
    flush,
    isEditing: () => Object.values(grids).some((g) => g.grid?.isEditing() ?? false),
  };
}
