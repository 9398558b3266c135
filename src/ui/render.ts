// Paints the shell from the state: active view, notices, buttons, banner and toasts.
import type { AppState, ChangeSource, ViewName } from '../state/state';
import type { GridHandle } from '../grid/grid';
import { selectCompare } from '../state/selectors';
import { VIEWS } from '../state/views';
import type { Shell } from './shell';
import { confirmDialog } from './dialog';
import { messageText } from '../i18n/messages';
import { t } from './strings';
import { timed } from '../state/timing';

export interface ViewHandle {
  update(s: AppState): void;
  /** Absent for views that are not grids (the scorecard). */
  grid?: GridHandle;
}

export interface Renderer {
  /**
   * What the planner is looking at: the active grid, the chart of the edited indicator (`first`),
   * notices, undo buttons and toasts. Runs in the task that changed the state.
   */
  urgent(s: AppState, prev: AppState | null): void;
  /** Everything else (other charts, toolbar, panels), step by step after the frame is painted. */
  rest: ((s: AppState) => void)[];
}

export function makeRenderer(
  shell: Shell,
  grids: Record<ViewName, ViewHandle>,
  first: { update(s: AppState): void },
  others: { update(s: AppState): void }[],
): Renderer {
  let shownView: ViewName | null = null;
  let toastTimer: ReturnType<typeof setTimeout> | undefined;
  const urgent = (s: AppState, prev: AppState | null) => {
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
    first.update(s);
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
  const rest = others.map((o) => (s: AppState) => {
    if (s.storage !== 'loading') o.update(s);
  });
  return { urgent, rest };
}

/** Changes typed, pasted or filled into a grid: painted in the task that made them. */
const GRID_EDITS: ReadonlySet<ChangeSource> = new Set(['edit', 'paste', 'fill']);

/**
 * Paints the state as it changes. The urgent part of an edit made in a grid runs at the end of
 * the grid's own event handler (a microtask: the value and its chart are in the next frame,
 * with the selection move that follows it); other changes paint on the next animation frame,
 * after every handler of the event that caused them (a toolbar click's document handlers must
 * run before a grid is re-selected). The rest waits until the browser is idle after the frame.
 * `now()` paints both at once (start-up).
 */
export function schedulePaint(
  renderer: Renderer,
  getState: () => AppState,
): { changed(prev: AppState): void; now(): void } {
  let urgentPrev: AppState | null = null;
  let urgentDue = false;
  // The next step of the rest to run; -1: none due.
  let restAt = -1;
  const urgent = () => {
    if (!urgentDue) return;
    urgentDue = false;
    timed('app:urgent', () => renderer.urgent(getState(), urgentPrev));
  };
  const steps = renderer.rest;
  // One step at least per idle period, more while it lasts: no long task after the edit's frame.
  const rest = (deadline?: IdleDeadline) => {
    if (restAt < 0) return;
    try {
      timed('app:rest', () => {
        do (steps[restAt++] as (s: AppState) => void)(getState());
        while (restAt < steps.length && (!deadline || deadline.timeRemaining() > 4));
      });
    } finally {
      // A step that failed does not stop the others, now or after the next change.
      if (restAt >= 0 && restAt < steps.length) whenIdle(rest);
      else restAt = -1;
    }
  };
  return {
    changed(prev) {
      const s = getState();
      const edit =
        s.lastChange !== prev.lastChange && GRID_EDITS.has(s.lastChange?.source ?? 'add');
      if (!urgentDue) {
        urgentDue = true;
        urgentPrev = prev;
        if (edit) queueMicrotask(urgent);
        else requestAnimationFrame(urgent);
      } else if (edit) queueMicrotask(urgent);
      // A sequence under way starts over: the steps it ran saw an older state.
      if (restAt < 0) requestAnimationFrame(() => whenIdle(rest));
      restAt = 0;
    },
    now() {
      urgent();
      while (restAt >= 0) rest();
    },
  };
}

/** Runs `fn` when the browser is idle (soon, if it never is). */
function whenIdle(fn: (deadline?: IdleDeadline) => void) {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 300 });
  else setTimeout(fn, 0);
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
