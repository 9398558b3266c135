// Presentation mode: full screen, one slide at a time, live data, keyboard navigation.
import { t } from '../i18n';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { el } from '../ui/el';
import type { PresentApi } from '../ui/testApi';
import { mountSlide, type SlideView } from './slideView';

const NEXT = new Set(['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar']);
const PREV = new Set(['ArrowLeft', 'ArrowUp', 'PageUp']);

/** Keys typed into a form field or an open cell editor are not slide commands. */
function typing(target: EventTarget | null, isEditing: () => boolean): boolean {
  const el = target as HTMLElement | null;
  return (
    isEditing() ||
    !!el?.closest?.('input, select, textarea:not(.handsontableInput), [contenteditable="true"]')
  );
}

export interface Presenter {
  index(): number;
  view(): SlideView | null;
  close(): void;
}

export function present(
  store: Store<AppState>,
  start: number,
  isEditing: () => boolean,
): Presenter {
  const stage = el('div', { class: 'slide-stage' });
  const counter = el('span', { class: 'present-counter' });
  const exit = el('button', { class: 'present-exit', type: 'button' }, t.deck.exit);
  const jump = el('input', {
    class: 'present-jump',
    type: 'number',
    min: '1',
    'aria-label': t.deck.jump,
    size: '3',
  });
  const overlay = el(
    'div',
    { class: 'presenting', role: 'dialog', 'aria-label': t.deck.present, tabindex: '-1' },
    stage,
    el(
      'div',
      { class: 'present-bar' },
      counter,
      el('label', {}, `${t.deck.jump} `, jump),
      el('span', {}, t.deck.keysHint),
      exit,
    ),
  );
  document.body.append(overlay);
  let i = Math.max(0, Math.min(start, store.getState().deck.length - 1));
  let view: SlideView | null = null;
  const show = () => {
    const deck = store.getState().deck;
    const slide = deck[i];
    view?.destroy();
    view = slide ? mountSlide(stage, slide, 2.2) : null;
    view?.update(store.getState());
    counter.textContent = t.deck.counter(i + 1, deck.length);
    overlay.dataset.index = String(i);
  };
  const go = (d: number) => {
    const n = store.getState().deck.length;
    const next = Math.max(0, Math.min(n - 1, i + d));
    if (next !== i) {
      i = next;
      show();
    }
  };
  const onKey = (e: KeyboardEvent) => {
    if (typing(e.target, isEditing)) return;
    if (NEXT.has(e.key)) go(1);
    else if (PREV.has(e.key)) go(-1);
    else if (e.key === 'Home') go(-i);
    else if (e.key === 'End') go(store.getState().deck.length);
    else if (e.key === 'Escape') close();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  const unsubscribe = store.subscribe((s) => view?.update(s));
  const onFullscreen = () => {
    if (!document.fullscreenElement && overlay.isConnected && fullscreenEntered) close();
  };
  let fullscreenEntered = false;
  function close() {
    document.removeEventListener('keydown', onKey, true);
    document.removeEventListener('fullscreenchange', onFullscreen);
    unsubscribe();
    view?.destroy();
    overlay.remove();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }
  exit.onclick = close;
  jump.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter') return;
    const n = Number(jump.value);
    if (Number.isInteger(n)) go(n - 1 - i);
    jump.blur();
    overlay.focus();
  });
  document.addEventListener('keydown', onKey, true);
  document.addEventListener('fullscreenchange', onFullscreen);
  overlay
    .requestFullscreen?.()
    .then(() => (fullscreenEntered = true))
    .catch(() => undefined);
  overlay.focus();
  show();
  const handle = { index: () => i, view: () => view, close };
  // Small test hook: which slide is shown and what its chart holds.
  Object.assign(window, {
    __present: {
      index: () => i,
      open: () => overlay.isConnected,
      chart: () => view?.chart()?.data() ?? null,
      title: () => view?.title() ?? '',
    } satisfies PresentApi,
  });
  return handle;
}
