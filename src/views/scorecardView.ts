// 记分卡 tab: districts × the chosen goal set's indicators.
import { goalSetName, t } from '../i18n';
import { buildScorecard, sortScorecard } from '../model/scorecard';
import type { SortOrder } from '../model/sortKeys';
import type { AppState } from '../state/state';
import { el } from '../ui/el';
import { scorecardLegend, scorecardTable } from './scorecardTable';

export function activeSetFor(s: AppState, goalSource: string) {
  return s.goalSets.find((g) => g.id === goalSource) ?? s.goalSets[0] ?? null;
}

export function mountScorecard(host: HTMLElement): { update(s: AppState): void } {
  host.classList.add('scorecard-pane');
  let last: unknown[] = [];
  let state: AppState | null = null;
  // Sorting is a way of looking, not data: kept here, like the grids' own sort.
  let sort: { column: number | null; order: SortOrder } = { column: null, order: 'asc' };
  const sortBy = (th: HTMLElement | null) => {
    const i = th ? [...(th.parentElement?.children ?? [])].indexOf(th) - 1 : -1;
    if (i < 0 || !state) return;
    sort = { column: i, order: sort.column === i && sort.order === 'asc' ? 'desc' : 'asc' };
    last = [];
    view.update(state);
  };
  host.addEventListener('click', (e) =>
    sortBy((e.target as HTMLElement).closest<HTMLElement>('table.scorecard thead th')),
  );
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ')
      sortBy((e.target as HTMLElement).closest<HTMLElement>('table.scorecard thead th'));
  });
  const view = {
    update(s: AppState) {
      state = s;
      const inputs = [s.table, s.catalog, s.goalSets, s.ui.goalSource, s.districts];
      if (inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      const set = activeSetFor(s, s.ui.goalSource);
      if (!set) {
        host.replaceChildren(el('p', { class: 'muted' }, t.scorecard.noSet));
        return;
      }
      const built = buildScorecard(s.table, s.catalog, s.districts, set);
      if (sort.column !== null && sort.column >= built.columns.length)
        sort = { column: null, order: 'asc' };
      const card = sortScorecard(built, sort.column, sort.order);
      const table = scorecardTable(card, s.catalog);
      table.querySelectorAll('thead th').forEach((th, i) => {
        if (i === 0) return;
        th.setAttribute('tabindex', '0');
        th.setAttribute(
          'aria-sort',
          sort.column === i - 1 ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none',
        );
      });
      host.replaceChildren(
        el('h2', { class: 'sc-title' }, t.slideTitle.scorecard(goalSetName(set.name))),
        scorecardLegend(),
        el('div', { class: 'sc-scroll' }, table),
        el('p', { class: 'muted' }, t.scorecard.source(card.years.join(t.sep.list))),
      );
    },
  };
  return view;
}
