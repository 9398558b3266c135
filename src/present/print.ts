// The deck as a handout: one slide image per A4 landscape page (see app.css @media print).
// The handout prints only while body[data-print="deck"]; once printed it is removed, so a later
// Ctrl+P prints the screen, never a stale deck.
import type { AppState } from '../state/state';
import { el } from '../ui/el';
import { slideCanvas } from './png';
import { slideTitle } from './slideState';

let container: HTMLElement | null = null;

export function clearPrintDeck(): void {
  container?.remove();
  container = null;
  delete document.body.dataset.print;
}

export async function buildPrintDeck(s: AppState): Promise<HTMLElement> {
  clearPrintDeck();
  const root = el('section', { class: 'print-deck', 'aria-hidden': 'true' });
  for (const slide of s.deck) {
    const canvas = await slideCanvas(s, slide);
    const img = el('img', { alt: slideTitle(s, slide), src: canvas.toDataURL('image/png') });
    root.append(el('div', { class: 'print-slide' }, img));
  }
  document.body.append(root);
  document.body.dataset.print = 'deck';
  container = root;
  addEventListener('afterprint', clearPrintDeck, { once: true });
  return root;
}
