// The full report text with the quoted passage highlighted and scrolled into view.
import { quoteSpan, reportHeading } from '../data/reports';
import { t } from '../i18n';
import { el } from './el';

export function openReportViewer(
  name: string,
  text: string,
  quote: string,
  district: string,
): void {
  const dlg = el('dialog', {
    class: 'app-dialog report-viewer',
    'aria-label': t.trace.viewerTitle(name),
  });
  const body = el('div', { class: 'report-text' });
  const span = quoteSpan(text, quote);
  let mark: HTMLElement | null = null;
  if (span) {
    mark = el('mark', { class: 'report-passage' }, text.slice(span[0], span[1]));
    body.append(text.slice(0, span[0]), mark, text.slice(span[1]));
  } else body.append(text);
  const close = el('button', { type: 'button', class: 'primary' }, t.close);
  dlg.append(
    el('h2', {}, t.trace.viewerTitle(name)),
    el('p', { class: 'muted report-title' }, reportHeading(name, district, text)),
    body,
    el('div', { class: 'dialog-buttons' }, close),
  );
  document.body.append(dlg);
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  dlg.showModal();
  mark?.scrollIntoView({ block: 'center' });
}
