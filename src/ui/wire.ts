// User controls → actions: tabs, undo/redo, reset, import/export, drop, and the 更多 menu.
import type { GoalSet } from '../model/goalSets';
import { SLIDE_KINDS, type SlideKind } from '../model/slides';
import type { ObsTable } from '../model/table';
import { resetTo } from '../state/reset';
import { redo, say, setUi, undo, type ViewName } from '../state/state';
import { VIEWS } from '../state/views';
import { downloadBackup, restoreBackup } from './backupFile';
import { confirmDialog } from './dialog';
import { isExportKind } from './exportCsv';
import { bindSearchKey, bindUndoKeys } from './keys';
import { onDemand } from './lazy';
import type { ViewHandle } from './render';
import { takeSnapshot, type Services } from './services';
import type { Shell } from './shell';
import { getLang, LANG_KEY } from '../i18n';
import { t } from './strings';
import { shownText } from '../state/messages';

export interface WireDeps {
  seed(): Promise<{ table: ObsTable; sets: GoalSet[] }>;
  grids: Record<ViewName, ViewHandle>;
  openAbout(): void;
}

const isSlideKind = (k: unknown): k is SlideKind => (SLIDE_KINDS as readonly unknown[]).includes(k);

export function wire(shell: Shell, sv: Services, deps: WireDeps): void {
  const { store } = sv;
  for (const v of VIEWS)
    shell.tabs[v].addEventListener('click', () => store.update((s) => setUi(s, { view: v })));
  shell.undo.addEventListener('click', () => store.update(undo));
  shell.redo.addEventListener('click', () => store.update(redo));
  shell.chartsToggle.addEventListener('click', () =>
    store.update((s) => setUi(s, { chartsHidden: !s.ui.chartsHidden })),
  );
  shell.reset.addEventListener('click', () => {
    void confirmDialog(t.resetConfirm).then(async (ok) => {
      if (!ok) return;
      const [seed, snapped] = await Promise.all([
        deps.seed().catch(() => null),
        takeSnapshot(sv, { code: 'beforeReset' }, true),
      ]);
      // Whole or not at all: without the seed, or without a snapshot of what it replaces, stop.
      if (!seed) return; // deps.seed has said why
      if (sv.db() && !snapped)
        return store.update((s) => say(s, 'error', shownText(t.snap.notReset)));
      store.update((s) => resetTo(s, seed.table, seed.sets));
    });
  });
  const isEditing = () => Object.values(deps.grids).some((g) => g.grid?.isEditing() ?? false);
  bindUndoKeys({ isEditing, undo: () => store.update(undo), redo: () => store.update(redo) });
  const openSearch = () => void onDemand(sv, 'search').then((m) => m?.openSearch(sv, deps.grids));
  bindSearchKey({ isEditing, open: openSearch });
  shell.searchButton.addEventListener('click', openSearch);

  const importFile = async (file: File) => {
    const m = await onDemand(sv, 'importDialog');
    if (!m) return;
    const { openImportDialog, showSummary } = m;
    const summary = await openImportDialog(file, {
      store,
      persist: () => (sv.db() && sv.persistence()?.flush()) || Promise.resolve(true),
      beforeApply: () => takeSnapshot(sv, { code: 'beforeImport', file: file.name }, true),
    });
    if (summary) showSummary(summary);
  };
  shell.importButton.addEventListener('click', () => {
    shell.fileInput.click();
    // The import code and its worker load while the planner picks a file (quietly: a failure
    // is said when a file is chosen).
    import('./importDialog').then(
      (m) => m.warmImportWorker(),
      () => undefined,
    );
  });
  shell.fileInput.addEventListener('change', () => {
    const file = shell.fileInput.files?.[0];
    shell.fileInput.value = '';
    if (file) void importFile(file);
  });
  shell.exportMenu.addEventListener('click', (e) => {
    const kind = (e.target as HTMLElement).closest<HTMLElement>('[data-export]')?.dataset.export;
    if (!isExportKind(kind)) return;
    shell.exportMenu.open = false;
    void onDemand(sv, 'csvExport').then((m) => {
      if (!m) return;
      const name = m.downloadCsv(store.getState(), kind);
      store.update((s) => say(s, 'info', shownText(t.exported(name))));
    });
  });
  shell.xlsxMenu.addEventListener('click', (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-export-xlsx]');
    const kind = el?.dataset.exportXlsx;
    if (!isExportKind(kind)) return;
    shell.xlsxMenu.open = false;
    void onDemand(sv, 'xlsxExport').then((m) => m?.downloadXlsx(sv, kind));
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

  shell.moreMenu.addEventListener('click', (e) => {
    const action = (e.target as HTMLElement).closest<HTMLElement>('[data-more]')?.dataset.more;
    if (!action) return;
    shell.moreMenu.open = false;
    if (action === 'history') void onDemand(sv, 'history').then((m) => m?.openHistoryPanel(sv));
    if (action === 'sync') void onDemand(sv, 'syncDialog').then((m) => m?.openSyncDialog(sv));
    if (action === 'snapshots')
      void onDemand(sv, 'snapshots').then((m) => m?.openSnapshotsPanel(sv));
    if (action === 'backup') {
      void downloadBackup(sv).then(
        (name) => store.update((s) => say(s, 'info', shownText(t.exported(name)))),
        (e: unknown) =>
          store.update((s) => say(s, 'error', shownText(t.backup.exportFailed(String(e))))),
      );
    }
    if (action === 'restore') shell.backupInput.click();
    if (action === 'catalog-import') shell.catalogInput.click();
    if (action === 'formulas') void onDemand(sv, 'formulas').then((m) => m?.openFormulaDialog(sv));
    if (action === 'catalog-export')
      void onDemand(sv, 'catalogCsv').then((m) => {
        const name = m?.downloadCatalogCsv(sv);
        if (name) store.update((s) => say(s, 'info', shownText(t.exported(name))));
      });
    if (action === 'about') deps.openAbout();
    if (action === 'reader') void onDemand(sv, 'reader').then((m) => m?.openReportReader(sv));
  });
  shell.slidesMenu.addEventListener('click', (e) => {
    const target = (e.target as HTMLElement).closest<HTMLElement>(
      '[data-slide-add], [data-slide-open]',
    );
    if (!target) return;
    shell.slidesMenu.open = false;
    void onDemand(sv, 'deck').then((m) => {
      if (!m) return;
      const kind = target.dataset.slideAdd;
      if (isSlideKind(kind)) m.addSlideFromView(store, kind);
      else m.openDeckPanel(store, isEditing);
    });
  });
  shell.langButton.addEventListener('click', () => {
    const next = getLang() === 'zh' ? 'en' : 'zh';
    localStorage.setItem(LANG_KEY, next);
    const url = new URL(location.href);
    url.searchParams.delete('lang');
    location.replace(url.toString());
  });
  shell.catalogInput.addEventListener('change', () => {
    const file = shell.catalogInput.files?.[0];
    shell.catalogInput.value = '';
    if (file) void onDemand(sv, 'catalogCsv').then((m) => m?.importCatalogCsv(sv, file));
  });
  shell.backupInput.addEventListener('change', () => {
    const file = shell.backupInput.files?.[0];
    shell.backupInput.value = '';
    if (file)
      restoreBackup(sv, file).catch((e: unknown) =>
        store.update((s) => say(s, 'error', shownText(t.backup.failed(String(e))))),
      );
  });
}
