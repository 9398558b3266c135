// The import result: what the data table gained, what the file held (rows and cells counted
// apart, totals kept apart, no-data cells), and every skipped or converted line.
import type { ImportPlan } from '../model/importPlan';
import type { ImportSummary } from '../state/importActions';
import { problemText } from '../i18n/problems';
import { el } from './el';
import { noDataText, planCounts, totalsTexts } from './importFacts';
import { t } from './strings';

/** The applied import's summary with the plan it came from. */
export type ImportResult = ImportSummary & { plan?: ImportPlan };

/** The file's side of the result: rows and cells, and values skipped at apply (not added). */
export function fileSummaryText(s: ImportResult): string | null {
  if (!s.plan) return null;
  const notAdded = Math.max(0, s.skipped.length - s.plan.skipped.length);
  return t.importUi.summaryFile(planCounts(s.plan), notAdded);
}

export function showSummary(s: ImportResult): void {
  const u = t.importUi;
  const dlg = el('dialog', { class: 'app-dialog import-summary', 'aria-label': u.result });
  const close = el('button', { type: 'button', class: 'primary' }, t.close);
  const lines = [
    ...s.skipped.map((x) => ({ line: x.line, text: u.skipped(problemText(x)) })),
    ...s.warnings.map((x) => ({ line: x.line, text: u.warning(problemText(x)) })),
  ]
    .sort((a, b) => a.line - b.line)
    .map((x) => u.lineNote(x.line, x.text));
  const totals = s.plan ? totalsTexts(s.plan) : [];
  const file = fileSummaryText(s);
  const noData = s.plan ? noDataText(s.plan) : null;
  dlg.append(
    el('h2', {}, u.done),
    el(
      'p',
      { class: 'summary-counts' },
      u.summary(s.added, s.updated, s.unchanged, s.removed),
      ...(file ? [el('br'), file] : []),
    ),
    ...(totals.length
      ? [el('p', {}, el('b', {}, u.totalsKept), ' ', totals.join(t.sep.clause))]
      : []),
    ...(noData ? [el('p', {}, noData)] : []),
    el('ol', { class: 'problems' }, ...lines.slice(0, 300).map((l) => el('li', {}, l))),
    el('div', { class: 'dialog-buttons' }, close),
  );
  close.onclick = () => dlg.close();
  dlg.addEventListener('close', () => dlg.remove());
  document.body.append(dlg);
  dlg.showModal();
}
