// Composition: store → views, charts, toolbar, persistence. Every change goes through the store.
import { mountCharts } from '../charts';
import { loadSeedCatalog, loadSeedObservations } from '../data/seed';
import { openDb } from '../db/db';
import { connectPersistence, type Persistence, type SaveStatus } from '../db/persist';
import { goalSetFromDistrict, type GoalSet } from '../model/goalSets';
import { tableFrom } from '../model/table';
import { DISTRICTS, type Catalog, type CatalogEntry, type Observation } from '../model/types';
import { downloadCsv, type ExportKind } from './exportCsv';
import { resetTo } from '../state/reset';
import {
  initialState,
  redo,
  say,
  setUi,
  undo,
  DEFAULT_UI,
  type AppState,
  type UiState,
  type ViewName,
} from '../state/state';
import { createStore } from '../state/store';
import { computeCompare, mountCompare } from '../views/compareView';
import { computeGoals, mountGoals } from '../views/goalsView';
import { mountData } from '../views/dataView';
import { confirmDialog } from './dialog';
import { bindUndoKeys } from './keys';
import { buildShell } from './shell';
import { t } from './strings';
import { renderToolbar } from './toolbar';

const SEED_SET_ID = 'g-rongchang-2025';

function districtsOf(rows: readonly Observation[]): string[] {
  const extra = [...new Set(rows.map((o) => o.district))].filter(
    (d) => !(DISTRICTS as readonly string[]).includes(d),
  );
  return [...DISTRICTS, ...extra.sort()];
}

/** Only known keys with the right types survive from storage. */
function restoreUi(raw: unknown): UiState {
  const r = (raw ?? {}) as Partial<Record<keyof UiState, unknown>>;
  const str = (v: unknown, d: string) => (typeof v === 'string' ? v : d);
  const views: ViewName[] = ['compare', 'goals', 'data'];
  return {
    view: views.includes(r.view as ViewName) ? (r.view as ViewName) : DEFAULT_UI.view,
    indicator: typeof r.indicator === 'string' ? r.indicator : null,
    scope: str(r.scope, ''),
    district: typeof r.district === 'string' ? r.district : null,
    year: typeof r.year === 'number' ? r.year : 'latest',
    kind: r.kind === 'target' ? 'target' : 'actual',
    category: str(r.category, ''),
    goalSource: str(r.goalSource, 'own'),
    chartsHidden: r.chartsHidden === true,
  };
}

/** The seed catalog wins for its own indicators; indicators added by imports are kept. */
function mergeCatalog(seed: Catalog, stored: readonly CatalogEntry[] | undefined): Catalog {
  const extra = (stored ?? []).filter(
    (e) => e && typeof e.indicator === 'string' && !seed.has(e.indicator),
  );
  return extra.length ? new Map([...seed, ...extra.map((e) => [e.indicator, e] as const)]) : seed;
}

export async function startApp(root: HTMLElement): Promise<void> {
  const catalog = loadSeedCatalog();
  const seedRows = loadSeedObservations();
  const seedTable = tableFrom(seedRows);
  const seedSets: GoalSet[] = [goalSetFromDistrict(seedTable, '荣昌区', 2025, SEED_SET_ID)];
  const prefix = `u${Math.random().toString(36).slice(2, 8)}-`;
  const store = createStore<AppState>(initialState(catalog, districtsOf(seedRows), prefix));
  const shell = buildShell(root);

  const compare = mountCompare(shell.panes.compare, store);
  const goals = mountGoals(shell.panes.goals, store);
  const data = mountData(shell.panes.data, store);
  const grids = { compare, goals, data };
  const charts = mountCharts(shell.charts);
  const toolbar = renderToolbar(shell.toolbar, store, {
    deleteRows: () => void data.deleteSelected(),
  });
  let persistence: Persistence | null = null;

  const setStatus = (s: SaveStatus) => {
    shell.saveStatus.textContent = {
      saved: t.saved,
      pending: t.pending,
      saving: t.saving,
      error: t.saveError,
    }[s];
    shell.saveStatus.dataset.status = s;
  };

  let shownView: ViewName | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const render = (s: AppState, prev: AppState | null) => {
    if (s.storage === 'loading') return;
    if (s.ui.view !== shownView) {
      shownView = s.ui.view;
      for (const [v, pane] of Object.entries(shell.panes)) pane.hidden = v !== s.ui.view;
      for (const [v, tab] of Object.entries(shell.tabs))
        tab.setAttribute('aria-selected', String(v === s.ui.view));
      grids[s.ui.view].update(s);
      grids[s.ui.view].grid.refresh();
    } else grids[s.ui.view].update(s);
    toolbar(s);
    charts.update(s);
    const view = s.ui.view === 'compare' ? computeCompareCached(s) : null;
    shell.notice.hidden = !view?.mixedYears;
    shell.notice.textContent = view?.mixedYears ? t.mixedYears : '';
    if (s.ui.chartsHidden !== prev?.ui.chartsHidden) {
      shell.charts.hidden = s.ui.chartsHidden;
      shell.chartsToggle.setAttribute('aria-pressed', String(!s.ui.chartsHidden));
      grids[s.ui.view].grid.refresh();
    }
    shell.undo.disabled = s.past.length === 0;
    shell.redo.disabled = s.future.length === 0;
    shell.banner.hidden = s.storage !== 'memory';
    shell.banner.textContent = s.storage === 'memory' ? t.memoryBanner : '';
    if (s.message && s.message !== prev?.message) {
      shell.toast.hidden = false;
      shell.toast.textContent = s.message.text;
      shell.toast.dataset.kind = s.message.kind;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(
        () => (shell.toast.hidden = true),
        s.message.kind === 'error' ? 8000 : 4000,
      );
    }
  };
  let cmpMemo: { key: unknown[]; view: ReturnType<typeof computeCompare> } | null = null;
  const computeCompareCached = (s: AppState) => {
    const key = [s.table, s.catalog, s.ui.year, s.ui.kind, s.ui.category];
    if (!cmpMemo || key.some((k, i) => k !== cmpMemo?.key[i]))
      cmpMemo = { key, view: computeCompare(s) };
    return cmpMemo.view;
  };
  store.subscribe((s, prev) => render(s, prev));

  for (const [v, tab] of Object.entries(shell.tabs)) {
    tab.addEventListener('click', () => store.update((s) => setUi(s, { view: v as ViewName })));
  }
  shell.undo.addEventListener('click', () => store.update(undo));
  shell.chartsToggle.addEventListener('click', () =>
    store.update((s) => setUi(s, { chartsHidden: !s.ui.chartsHidden })),
  );
  shell.redo.addEventListener('click', () => store.update(redo));
  shell.reset.addEventListener('click', () => {
    void confirmDialog(t.resetConfirm).then(
      (ok) => ok && store.update((s) => resetTo(s, seedTable, seedSets)),
    );
  });
  const importFile = async (file: File) => {
    const { openImportDialog, showSummary } = await import('./importDialog');
    const summary = await openImportDialog(file, {
      store,
      persist: () => persistence?.flush() ?? Promise.resolve(true),
    });
    if (summary) showSummary(summary);
  };
  shell.importButton.addEventListener('click', () => shell.fileInput.click());
  shell.fileInput.addEventListener('change', () => {
    const file = shell.fileInput.files?.[0];
    shell.fileInput.value = '';
    if (file) void importFile(file);
  });
  shell.exportMenu.addEventListener('click', (e) => {
    const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-export]')?.dataset.export;
    if (!kind) return;
    shell.exportMenu.open = false;
    const name = downloadCsv(store.getState(), kind as ExportKind);
    store.update((s) => say(s, 'info', t.exported(name)));
  });
  // Drop a CSV anywhere on the page.
  let dragDepth = 0;
  addEventListener('dragenter', (e) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    dragDepth++;
    shell.dropOverlay.hidden = false;
  });
  addEventListener('dragleave', () => {
    dragDepth = Math.max(0, dragDepth - 1);
    if (dragDepth === 0) shell.dropOverlay.hidden = true;
  });
  addEventListener('dragover', (e) => e.preventDefault());
  addEventListener('drop', (e) => {
    e.preventDefault();
    dragDepth = 0;
    shell.dropOverlay.hidden = true;
    const file = e.dataTransfer?.files[0];
    if (file) void importFile(file);
  });
  bindUndoKeys({
    isEditing: () => Object.values(grids).some((g) => g.grid.isEditing()),
    undo: () => store.update(undo),
    redo: () => store.update(redo),
  });

  // Load: IndexedDB first; the seed on a first run; memory only when storage is unavailable.
  const opened = await openDb();
  let stored: Awaited<ReturnType<Extract<typeof opened, { ok: true }>['value']['load']>> = null;
  let loadError: string | null = opened.ok ? null : opened.reason;
  if (opened.ok) {
    try {
      stored = await opened.value.load();
    } catch (e) {
      loadError = e instanceof Error ? e.message : String(e);
    }
  }
  const first = !stored;
  store.update((s) => {
    const rows = stored?.observations ?? seedRows;
    const next: AppState = {
      ...s,
      table: tableFrom(rows),
      districts: districtsOf(rows),
      catalog: mergeCatalog(catalog, stored?.catalog),
      goalSets: stored?.goalSets ?? seedSets,
      ui: restoreUi(stored?.ui),
      storage: opened.ok && !loadError ? 'indexeddb' : 'memory',
    };
    return loadError ? say(next, 'error', `${t.memoryBanner}（${loadError}）`) : next;
  });
  if (opened.ok && !loadError) {
    persistence = connectPersistence(store, opened.value, { onStatus: setStatus });
    setStatus('saved');
    if (first) {
      // The first run writes the seed once, after the (empty) load has finished.
      const s = store.getState();
      await opened.value.write({ chunks: new Map([...s.table.chunks]), goalSets: s.goalSets });
    }
    const flush = () => void persistence?.flush();
    addEventListener('pagehide', flush);
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'hidden' && flush(),
    );
  }

  Object.assign(window, {
    __app: {
      state: () => store.getState(),
      charts: () => charts.data(),
      flush: () => persistence?.flush() ?? Promise.resolve(),
      goals: () => computeGoals(store.getState()),
      compare: () => computeCompare(store.getState()),
      select: (ui: Partial<UiState>) => store.update((s) => setUi(s, ui)),
      selectCell: (view: ViewName, rowKey: string, colKey: string) =>
        grids[view].grid.selectCell(rowKey, colKey),
    },
  });
  root.dataset.ready = 'true';
}
