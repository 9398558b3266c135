// The import preview's lists: unknown districts and indicators to add, the first rows with their
// problems, and every problem row by line.
import type { Prepared, ReadView } from '../io/prepare';
import { problemText } from '../i18n/problems';
import type { Catalog } from '../model/types';
import { el } from './el';
import {
  columnName,
  hiddenText,
  noDataText,
  rowRoles,
  totalsTexts,
  type RowRole,
} from './importFacts';
import { t } from './strings';

type Plan = Prepared['plan'];

/**
 * A checkbox for each district and indicator the workbook does not know yet, unticked (a typo
 * must not become a district unseen), under a line that says their values wait for a tick.
 */
export function renderUnknowns(unknowns: HTMLElement, plan: Plan): void {
  const u = t.importUi;
  const many = plan.unknownDistricts.length + plan.unknownIndicators.length;
  const all = el('input', { type: 'checkbox', 'data-all': '', 'aria-label': u.addAll(many) });
  const boxes = () =>
    unknowns.querySelectorAll<HTMLInputElement>('input[data-district], input[data-indicator]');
  all.addEventListener('change', () => boxes().forEach((i) => (i.checked = all.checked)));
  // 全部添加 follows the boxes: ticked when all are, half when some are.
  unknowns.onchange = (e) => {
    if (e.target === all) return;
    const ticked = [...boxes()].filter((i) => i.checked).length;
    all.checked = ticked === many;
    all.indeterminate = ticked > 0 && ticked < many;
  };
  unknowns.hidden = many === 0;
  unknowns.replaceChildren(
    ...(many ? [el('p', { class: 'unknowns-head' }, u.unknownsHead)] : []),
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

const ROLE_CLASS = {
  header: 'header-row',
  title: 'title-row',
  note: 'note-row',
  total: 'total-row',
};

/**
 * The first rows of the file as read, each with its line number, its role (the header taken,
 * a title or note that is not imported, a totals row kept apart) and its problems. Columns are
 * lettered as in the spreadsheet; hidden ones are marked.
 */
export function renderPreview(
  preview: HTMLElement,
  p: ReadView & { plan?: Plan },
  reasons: ReadonlyMap<number, string[]>,
  refused?: ReadonlyMap<number, RowRole>,
): void {
  const u = t.importUi;
  const roleText = { header: u.rowHeader, title: u.rowTitle, note: u.rowNote, total: u.rowTotal };
  // A refused file has no plan: its rows are shown as read (with what the refusal tells of
  // them), to pick another sheet or header.
  const plan = p.plan;
  const roles = plan ? rowRoles({ ...p, plan }) : (refused ?? new Map<number, RowRole>());
  const width = Math.max(0, ...p.preview.map((r) => r.length));
  const hiddenCols = new Set(p.hiddenColumns ?? []);
  const hiddenRows = new Set(p.hiddenRows ?? []);
  const letters = Array.from({ length: width }, (_, c) =>
    el('th', { class: hiddenCols.has(c + 1) ? 'hidden-col' : '' }, columnName(c + 1)),
  );
  preview.replaceChildren(
    el(
      'table',
      {},
      el('thead', {}, el('tr', {}, el('th', {}, u.line), ...letters, el('th', {}, u.problem))),
      el(
        'tbody',
        {},
        ...p.preview.map((r, i) => {
          const line = p.previewLines[i] ?? i + 1;
          const role = roles.get(line);
          const classes = [
            role ? ROLE_CLASS[role] : '',
            reasons.has(line) ? 'has-problem' : '',
            hiddenRows.has(line) ? 'hidden-row' : '',
          ].filter((c) => c !== '');
          const notes = [...(role ? [roleText[role]] : []), ...(reasons.get(line) ?? [])];
          return el(
            'tr',
            { class: classes.join(' ') },
            el('td', {}, String(line)),
            ...r.map((c) => el('td', {}, c)),
            ...Array.from({ length: width - r.length }, () => el('td', {})),
            el('td', {}, notes.join(t.sep.clause)),
          );
        }),
      ),
    ),
  );
}

/** Lines not imported (titles, notes), totals kept apart, no-data cells, hidden and merged cells. */
export function renderFacts(facts: HTMLElement, p: Prepared): void {
  const u = t.importUi;
  const plan = p.plan;
  const items: HTMLElement[] = [];
  const group = (label: string, list: string[]) =>
    list.length && items.push(el('li', {}, el('b', {}, label), ' ', list.join(t.sep.clause)));
  group(
    u.titleLines,
    (plan.titles ?? []).map((x) => u.textLine(x.line, x.text)),
  );
  group(u.totalsKept, totalsTexts(plan));
  group(
    u.noteLines,
    (plan.notes ?? []).map((x) => u.textLine(x.line, x.text)),
  );
  for (const text of [noDataText(plan), hiddenText(p), p.merged ? u.merged(p.merged) : null]) {
    if (text) items.push(el('li', {}, text));
  }
  facts.replaceChildren(...items);
  facts.hidden = items.length === 0;
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
