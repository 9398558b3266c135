// The import result: counts and every skipped or converted line.
import type { ImportSummary } from '../state/importActions';
import { problemText } from '../i18n/problems';
import { el } from './el';
import { t } from './strings';

export function showSummary(s: ImportSummary): void {
  const u = t.importUi;
  const dlg = el('dialog', { class: 'app-dialog import-summary', 'aria-label': u.result });
  const close = el('button', { type: 'button', class: 'primary' }, t.close);
  const lines = [
    ...s.skipped.map((x) => u.lineNote(x.line, u.skipped(problemText(x)))),
    ...s.warnings.map((x) => u.lineNote(x.line, u.warning(problemText(x)))),
  ];
  dlg.append(
    el('h2', {}, u.done),
    el(
      'p',
      { class: 'summary-counts' },
      u.summary(s.added, s.updated, s.unchanged, s.removed, s.skipped.length),
    ),
    el('ol', { class: 'problems' }, ...lines.slice(0, 300).map((l) => el('li', {}, l))),
    el('div', { class: 'dialog-buttons' }, close),
  );
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  document.body.append(dlg);
  dlg.showModal();
}
