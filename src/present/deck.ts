// Entry to the meeting features (loaded on demand): add a slide from the current view, open the deck.
import { t } from '../i18n';
import { addSlide, type SlideKind } from '../model/slides';
import { newId, say, type AppState } from '../state/state';
import type { Store } from '../state/store';
import { slideFromView, slideTitle } from './slideState';
import './present.css';
import { shownText } from '../state/messages';

export { openDeckPanel } from './deckPanel';

export function addSlideFromView(store: Store<AppState>, kind: SlideKind): void {
  store.update((s0) => {
    if (kind === 'scorecard' && s0.goalSets.length === 0)
      return say(s0, 'error', shownText(t.deck.needSet));
    const [id, s] = newId(s0);
    const slide = slideFromView(s, kind, `slide-${id}`);
    return say(
      { ...s, deck: addSlide(s.deck, slide) },
      'info',
      shownText(t.deck.added(slideTitle(s, slide))),
    );
  });
}
