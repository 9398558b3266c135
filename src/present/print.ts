// The deck as a handout: one slide image per A4 landscape page (see present.css @media print).
import type { AppState } from '../state/state';
import { el } from '../ui/el';
import { slideCanvas } from './png';
import { slideTitle } from './slideState';

let container: HTMLElement | null = null;

export async function buildPrintDeck(s: AppState): Promise<HTMLElement> {
  container?.remove();
  const root = el('section', { class: 'print-deck', 'aria-hidden': 'true' });
  for (const slide of s.deck) {
    const canvas = await slideCanvas(s, slide);
    const img = el('img', { alt: slideTitle(s, slide), src: canvas.toDataURL('image/png') });
    root.append(el('div', { class: 'print-slide' }, img));
  }
  document.body.append(root);
  container = root;
  return root;
}
