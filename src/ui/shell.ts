// The static page skeleton. Everything dynamic is filled in by the toolbar and the views.
import { el } from './el';
import { t } from './strings';
import { SLIDE_KINDS, type SlideKind } from '../model/slides';
import { EXPORT_KINDS, type ExportKind } from './exportCsv';
import { UNDO_LIMIT } from '../state/state';
import { VIEWS, type ViewName } from '../state/views';

export interface Shell {
  tabs: Record<ViewName, HTMLButtonElement>;
  panes: Record<ViewName, HTMLElement>;
  undo: HTMLButtonElement;
  redo: HTMLButtonElement;
  reset: HTMLButtonElement;
  chartsToggle: HTMLButtonElement;
  importButton: HTMLButtonElement;
  fileInput: HTMLInputElement;
  exportMenu: HTMLDetailsElement;
  xlsxMenu: HTMLDetailsElement;
  dropOverlay: HTMLElement;
  moreMenu: HTMLDetailsElement;
  backupInput: HTMLInputElement;
  catalogInput: HTMLInputElement;
  slidesMenu: HTMLDetailsElement;
  langButton: HTMLButtonElement;
  searchButton: HTMLButtonElement;
  saveStatus: HTMLElement;
  banner: HTMLElement;
  toolbar: HTMLElement;
  notice: HTMLElement;
  charts: HTMLElement;
  toast: HTMLElement;
}

/** One element per view, in the order of VIEWS. */
function byView<T>(make: (v: ViewName) => T): Record<ViewName, T> {
  return Object.fromEntries(VIEWS.map((v) => [v, make(v)])) as Record<ViewName, T>;
}

export function buildShell(root: HTMLElement): Shell {
  const tab = (v: ViewName) =>
    el('button', { role: 'tab', 'data-view': v, 'aria-selected': 'false' }, t.tabs[v]);
  const tabs = byView(tab);
  const pane = (v: ViewName) =>
    el('section', {
      class: 'grid-pane',
      'data-pane': v,
      role: 'tabpanel',
      'aria-label': t.tabs[v],
    });
  const panes = byView(pane);
  const addSlideLabel: Record<SlideKind, string> = {
    across: t.deck.addAcross,
    progress: t.deck.addProgress,
    years: t.deck.addYears,
    scorecard: t.deck.addScorecard,
    map: t.tileMap.addSlide,
  };
  const slidesMenu = el(
    'details',
    { class: 'menu' },
    el('summary', {}, t.slides),
    el(
      'div',
      { class: 'menu-items' },
      ...SLIDE_KINDS.map((k) => el('button', { 'data-slide-add': k }, `＋ ${addSlideLabel[k]}`)),
      el('button', { 'data-slide-open': '' }, `${t.deck.title}…`),
    ),
  );
  const langButton = el(
    'button',
    {
      'data-action': 'lang',
      title: t.langSwitchTitle,
      lang: t.langSwitch === 'English' ? 'en' : 'zh',
    },
    t.langSwitch,
  );
  const searchKeys = /Mac|iP(hone|ad)/.test(navigator.platform) ? '⌘K' : 'Ctrl+K';
  const searchButton = el(
    'button',
    { 'data-action': 'search', title: t.search.buttonTitle(searchKeys), 'aria-haspopup': 'dialog' },
    `⌕ ${t.search.button}`,
  );
  const undo = el(
    'button',
    { title: t.undoTitle(UNDO_LIMIT), 'data-action': 'undo' },
    `↶ ${t.undo}`,
  );
  const redo = el('button', { title: `${t.redo} (Ctrl+Y)`, 'data-action': 'redo' }, `↷ ${t.redo}`);
  const reset = el('button', { 'data-action': 'reset' }, t.reset);
  const chartsToggle = el(
    'button',
    { 'data-action': 'toggle-charts', 'aria-pressed': 'true' },
    t.charts,
  );
  const fileInput = el('input', {
    type: 'file',
    accept:
      '.csv,.txt,.tsv,.xlsx,.xls,.et,text/csv,text/plain,text/tab-separated-values,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel',
    hidden: '',
    'aria-label': t.importCsv,
  });
  const importButton = el('button', { 'data-action': 'import' }, t.importCsv);
  const exportLabel: Record<ExportKind, string> = {
    long: t.exportLong,
    wide: t.exportWide,
    goals: t.exportGoals,
  };
  const exportMenu = el(
    'details',
    { class: 'menu' },
    el('summary', {}, t.exportCsv),
    el(
      'div',
      { class: 'menu-items' },
      ...EXPORT_KINDS.map((k) => el('button', { 'data-export': k }, exportLabel[k])),
    ),
  );
  // The same tables as a workbook, right beside the CSV menu.
  const xlsxMenu = el(
    'details',
    { class: 'menu' },
    el('summary', {}, t.exportXlsx),
    el(
      'div',
      { class: 'menu-items' },
      ...EXPORT_KINDS.map((k) => el('button', { 'data-export-xlsx': k }, exportLabel[k])),
    ),
  );
  const backupInput = el('input', {
    type: 'file',
    accept: '.json,application/json',
    hidden: '',
    'aria-label': t.restoreBackup,
  });
  const catalogInput = el('input', {
    type: 'file',
    accept: '.csv,.txt,text/csv,text/plain',
    hidden: '',
    'aria-label': t.formulas.importCatalog,
  });
  const moreMenu = el(
    'details',
    { class: 'menu' },
    el('summary', {}, t.more),
    el(
      'div',
      { class: 'menu-items' },
      el('button', { 'data-more': 'history' }, t.history),
      el('button', { 'data-more': 'snapshots' }, t.snapshots),
      el('button', { 'data-more': 'sync' }, t.sync.menu),
      el('button', { 'data-more': 'backup' }, t.exportBackup),
      el('button', { 'data-more': 'restore' }, t.restoreBackup),
      el('button', { 'data-more': 'formulas' }, t.formulas.menu),
      el('button', { 'data-more': 'catalog-export' }, t.formulas.exportCatalog),
      el('button', { 'data-more': 'catalog-import' }, t.formulas.importCatalog),
      el('button', { 'data-more': 'reader' }, t.trace.reader),
      el('button', { 'data-more': 'about' }, t.about),
    ),
  );
  const dropOverlay = el('div', { class: 'drop-overlay', hidden: '' }, t.dropHere);
  const saveStatus = el('span', { class: 'save-status', role: 'status' });
  const banner = el('div', { class: 'banner', role: 'alert', hidden: '' });
  const toolbar = el('div', { class: 'toolbar' });
  const notice = el('div', { class: 'notice', role: 'note', hidden: '' });
  const charts = el('aside', { class: 'charts-panel', 'aria-label': t.charts });
  const toast = el('div', { class: 'toast', 'aria-live': 'polite', hidden: '' });
  root.replaceChildren(
    el(
      'header',
      { class: 'app-header' },
      el('h1', {}, t.appTitle),
      el('nav', { role: 'tablist', class: 'tabs' }, ...VIEWS.map((v) => tabs[v])),
      el(
        'div',
        { class: 'header-actions' },
        searchButton,
        undo,
        redo,
        importButton,
        fileInput,
        exportMenu,
        xlsxMenu,
        chartsToggle,
        slidesMenu,
        moreMenu,
        langButton,
        backupInput,
        catalogInput,
        reset,
        saveStatus,
      ),
    ),
    banner,
    toolbar,
    notice,
    el(
      'main',
      { class: 'workspace' },
      el('div', { class: 'grids' }, ...VIEWS.map((v) => panes[v])),
      charts,
    ),
    toast,
    dropOverlay,
  );
  return {
    slidesMenu,
    langButton,
    searchButton,
    moreMenu,
    backupInput,
    catalogInput,
    tabs,
    panes,
    undo,
    redo,
    reset,
    importButton,
    fileInput,
    exportMenu,
    xlsxMenu,
    dropOverlay,
    chartsToggle,
    saveStatus,
    banner,
    toolbar,
    notice,
    charts,
    toast,
  };
}
