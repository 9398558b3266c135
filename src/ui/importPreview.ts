// The import preview's lists: unknown districts and indicators to add, the first rows with their
// problems, and every problem row by line.
import type { Prepared } from '../io/prepare';
import { problemText } from '../i18n/problems';
import type { Catalog } from '../model/types';
import { el } from './el';
import { t } from './strings';

type Plan = Prepared['plan'];

/** A checkbox for each district and indicator the workbook does not know yet. */
export function renderUnknowns(unknowns: HTMLElement, plan: Plan): void {
  const u = t.importUi;
  const all = el('input', { type: 'checkbox', 'data-all': '' });
  all.addEventListener('change', () =>
    unknowns
      .querySelectorAll<HTMLInputElement>('input[data-district], input[data-indicator]')
      .forEach((i) => (i.checked = all.checked)),
  );
  const many = plan.unknownDistricts.length + plan.unknownIndicators.length;
  unknowns.replaceChildren(
    ...(many > 1 ? [el('label', { class: 'unknown all' }, all, ` ${u.addAll(many)}`)] : []),
    ...plan.unknownDistricts.map((d) =>
      el(
        'label',
        { class: 'unknown' },
        el('input', { type: 'checkbox', 'data-district': d.name }),
        ` ${u.addDistrict(d.name, d.count)}`,
      ),
    ),
    ...plan.unknownIndicators.map((i) =>
      el(
        'label',
        { class: 'unknown' },
        el('input', { type: 'checkbox', 'data-indicator': i.name }),
        ` ${u.addIndicator(i.name, i.unit, i.count)}`,
      ),
    ),
  );
}

/** The names ticked among the unknowns (`data-district` or `data-indicator`). */
export function checkedNames(unknowns: HTMLElement, attr: string): Set<string> {
  return new Set(
    [...unknowns.querySelectorAll<HTMLInputElement>(`input[${attr}]`)]
      .filter((i) => i.checked)
      .map((i) => i.getAttribute(attr) ?? ''),
  );
}

/** Each problem line's reasons, skipped rows and warnings alike. */
export function problemReasons(plan: Plan, catalog: Catalog): Map<number, string[]> {
  const u = t.importUi;
  const reasons = new Map<number, string[]>();
  for (const x of [
    ...plan.skipped.map((q) => ({ line: q.line, reason: u.skipped(problemText(q, catalog)) })),
    ...plan.warnings.map((q) => ({ line: q.line, reason: u.warning(problemText(q, catalog)) })),
  ]) {
    reasons.set(x.line, [...(reasons.get(x.line) ?? []), x.reason]);
  }
  return reasons;
}

/** The first rows of the file as read, each with its line number and problems. */
export function renderPreview(
  preview: HTMLElement,
  p: Prepared,
  reasons: ReadonlyMap<number, string[]>,
): void {
  const u = t.importUi;
  const head = p.preview[0] ?? [];
  preview.replaceChildren(
    el(
      'table',
      {},
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, u.line),
          ...head.map((h) => el('th', {}, h)),
          el('th', {}, u.problem),
        ),
      ),
      el(
        'tbody',
        {},
        ...p.preview.slice(1).map((r, i) => {
          const line = p.previewLines[i + 1] ?? i + 2;
          return el(
            'tr',
            { class: reasons.has(line) ? 'has-problem' : '' },
            el('td', {}, String(line)),
            ...r.map((c) => el('td', {}, c)),
            el('td', {}, (reasons.get(line) ?? []).join(t.sep.clause)),
          );
        }),
      ),
    ),
  );
}

/** Every problem line in order, the first 200 of them. */
export function renderProblems(
  problems: HTMLElement,
  reasons: ReadonlyMap<number, string[]>,
): void {
  const u = t.importUi;
  const list = [...reasons].sort((a, b) => a[0] - b[0]);
  problems.replaceChildren(
    ...list.slice(0, 200).map(([line, rs]) => el('li', {}, t.atLine(line, rs.join(t.sep.clause)))),
  );
  if (list.length > 200) problems.append(el('li', {}, u.moreRows(list.length - 200)));
}
