// 幻灯片 panel: the deck in order, with rename, reorder, remove, PNG export, present and print.
import { t } from '../i18n';
import { moveSlide, removeSlide, renameSlide, type Slide } from '../model/slides';
import { say, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { el } from '../ui/el';
import { downloadSlidePng } from './png';
import { present } from './presenter';
import { buildPrintDeck } from './print';
import { slideTitle } from './slideState';
import { shownText } from '../state/messages';

const KIND_LABEL = (k: Slide['kind']) =>
  ({
    across: t.deck.addAcross,
    progress: t.deck.addProgress,
    years: t.deck.addYears,
    scorecard: t.deck.addScorecard,
    map: t.tileMap.addSlide,
  })[k];

export function openDeckPanel(store: Store<AppState>, isEditing: () => boolean): void {
  const dlg = el('dialog', {
    class: 'app-dialog side-panel deck-panel',
    'aria-label': t.deck.title,
  });
  const list = el('ol', { class: 'deck-list' });
  const presentBtn = el('button', { type: 'button', class: 'primary' }, t.deck.present);
  const printBtn = el('button', { type: 'button' }, t.deck.print);
  const close = el('button', { type: 'button' }, t.cancel);
  dlg.append(
    el('h2', {}, t.deck.title),
    el('div', { class: 'inline-form' }, presentBtn, printBtn),
    list,
    el('div', { class: 'dialog-buttons' }, close),
  );
  document.body.append(dlg);
  const update = (fn: (deck: Slide[]) => Slide[]) =>
    store.update((s) => ({ ...s, deck: fn(s.deck) }));

  const render = () => {
    const s = store.getState();
    presentBtn.disabled = printBtn.disabled = s.deck.length === 0;
    list.replaceChildren(
      ...(s.deck.length
        ? s.deck.map((slide, i) => {
            const name = el('input', {
              'aria-label': `${t.deck.rename} ${i + 1}`,
              value: slideTitle(s, slide),
            });
            name.addEventListener('change', () =>
              update((d) => renameSlide(d, slide.id, name.value)),
            );
            const btn = (label: string, fn: () => void, disabled = false) => {
              const b = el('button', { type: 'button', class: 'small' }, label);
              b.disabled = disabled;
              b.onclick = fn;
              return b;
            };
            return el(
              'li',
              { class: 'deck-item', 'data-slide': slide.id },
              el('span', { class: 'deck-kind' }, KIND_LABEL(slide.kind)),
              name,
              btn(t.deck.up, () => update((d) => moveSlide(d, slide.id, -1)), i === 0),
              btn(
                t.deck.down,
                () => update((d) => moveSlide(d, slide.id, 1)),
                i === s.deck.length - 1,
              ),
              btn(
                t.deck.png,
                () =>
                  void downloadSlidePng(
                    store.getState(),
                    slide,
                    slideTitle(store.getState(), slide),
                  ).then((n) => store.update((st) => say(st, 'info', shownText(t.exported(n))))),
              ),
              btn(t.deck.present, () => {
                dlg.close();
                present(store, i, isEditing);
              }),
              btn(t.deck.remove, () => update((d) => removeSlide(d, slide.id))),
            );
          })
        : [el('li', { class: 'muted' }, t.deck.empty)]),
    );
  };
  const unsubscribe = store.subscribe((s, prev) => s.deck !== prev.deck && render());
  presentBtn.onclick = () => {
    dlg.close();
    present(store, 0, isEditing);
  };
  printBtn.onclick = async () => {
    await buildPrintDeck(store.getState());
    print();
  };
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => {
    unsubscribe();
    dlg.remove();
  });
  render();
  dlg.showModal();
}
