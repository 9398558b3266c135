// «有新版本可用。» bar: the user decides when to reload; an open cell editor blocks it.
import { t } from '../i18n';
import { el } from '../views/el';
import './updateBanner.css';

const HINT_MS = 6000;

let current: { bar: HTMLElement; setApply(apply: () => Promise<void>): void } | null = null;

/**
 * Shows (or refreshes) the update bar. 重新加载 calls `apply()` unless `isBusy()` is true,
 * in which case it only asks the user to finish the cell being edited first. 稍后 hides the bar
 * until the next call.
 */
export function showUpdateBanner(apply: () => Promise<void>, isBusy: () => boolean): void {
  if (current?.bar.isConnected) {
    current.setApply(apply);
    return;
  }
  let run = apply;
  const hint = el('span', { class: 'update-banner-hint', role: 'status', hidden: '' });
  const reload = el('button', { type: 'button', class: 'primary' }, t.reload);
  const later = el('button', { type: 'button' }, t.update.later);
  const bar = el(
    'div',
    { class: 'update-banner', role: 'alert', 'data-testid': 'update-banner' },
    el('span', { class: 'update-banner-text' }, t.update.available),
    hint,
    reload,
    later,
  );

  // A press outside the grid makes Handsontable close its editor on mousedown, before our click
  // handler runs: so remember whether an editor was open when the press started.
  let busyAtPress = false;
  reload.addEventListener('pointerdown', () => (busyAtPress = isBusy()));
  let hintTimer: ReturnType<typeof setTimeout> | undefined;
  const say = (text: string) => {
    hint.textContent = text;
    hint.hidden = false;
    clearTimeout(hintTimer);
    hintTimer = setTimeout(() => (hint.hidden = true), HINT_MS);
  };
  reload.addEventListener('click', () => {
    const busy = busyAtPress || isBusy();
    busyAtPress = false;
    if (busy) return say(t.update.busy);
    hint.hidden = true;
    reload.disabled = true;
    later.disabled = true;
    // apply() may refuse, e.g. when unsaved edits could not be written: say why, keep the bar.
    run().catch((e: unknown) => {
      reload.disabled = false;
      later.disabled = false;
      say(e instanceof Error && e.message ? e.message : t.update.failed);
    });
  });
  later.addEventListener('click', () => {
    clearTimeout(hintTimer);
    bar.remove();
    current = null;
  });

  document.body.append(bar);
  current = { bar, setApply: (a) => (run = a) };
}
