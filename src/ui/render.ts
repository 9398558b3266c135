// Paints the shell from the state: active view, notices, buttons, banner and toasts.
import type { AppState, ViewName } from '../state/state';
import type { GridHandle } from '../grid/grid';
import { selectCompare } from '../state/selectors';
import { VIEWS } from '../state/views';
import type { Shell } from './shell';
import { confirmDialog } from './dialog';
import { messageText } from '../i18n/messages';
import { t } from './strings';

export interface ViewHandle {
  update(s: AppState): void;
  /** Absent for views that are not grids (the scorecard). */
  grid?: GridHandle;
}

export function makeRenderer(
  shell: Shell,
  grids: Record<ViewName, ViewHandle>,
  others: { update(s: AppState): void }[],
): (s: AppState, prev: AppState | null) => void {
  let shownView: ViewName | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  return (s, prev) => {
    if (s.storage === 'loading') return;
    const grid = grids[s.ui.view];
    if (s.ui.view !== shownView) {
      shownView = s.ui.view;
      for (const v of VIEWS) {
        shell.panes[v].hidden = v !== s.ui.view;
        shell.tabs[v].setAttribute('aria-selected', String(v === s.ui.view));
      }
      grid.update(s);
      grid.grid?.refresh();
    } else grid.update(s);
    for (const o of others) o.update(s);
    const mixed = s.ui.view === 'compare' && selectCompare(s).mixedYears;
    shell.notice.hidden = !mixed;
    shell.notice.textContent = mixed ? t.mixedYears : '';
    if (s.ui.chartsHidden !== prev?.ui.chartsHidden) {
      shell.charts.hidden = s.ui.chartsHidden;
      shell.chartsToggle.setAttribute('aria-pressed', String(!s.ui.chartsHidden));
      grid.grid?.refresh();
    }
    shell.undo.disabled = s.past.length === 0;
    shell.redo.disabled = s.future.length === 0;
    if (s.storage === 'memory') {
      shell.banner.hidden = false;
      shell.banner.textContent = t.memoryBanner;
    }
    if (s.message && s.message !== prev?.message) {
      shell.toast.hidden = false;
      shell.toast.textContent = messageText(s.message.msg, s.catalog);
      shell.toast.dataset.kind = s.message.kind;
      clearTimeout(toastTimer);
      toastTimer = setTimeout(
        () => (shell.toast.hidden = true),
        s.message.kind === 'error' ? 8000 : 4000,
      );
    }
  };
}

/** A banner with a reload button (schema upgrade elsewhere, or storage blocked). */
/**
 * The banner asking for a reload. When the stored workbook is gone (`backup` given), it offers
 * 导出备份 beside it, and the reload asks first: the data before the loss lives only in this page.
 */
export function showReloadBanner(shell: Shell, text: string, backup?: () => void): void {
  const reload = document.createElement('button');
  reload.textContent = t.reload;
  reload.onclick = async () => {
    if (!backup || (await confirmDialog(t.reloadAfterLoss))) location.reload();
  };
  const parts: (string | HTMLElement)[] = [text, ' '];
  if (backup) {
    const save = document.createElement('button');
    save.textContent = t.exportBackup;
    save.onclick = backup;
    parts.push(save, ' ');
  }
  shell.banner.hidden = false;
  shell.banner.replaceChildren(...parts, reload);
}
