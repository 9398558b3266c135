// 记分卡 tab: districts × the chosen goal set's indicators.
import { goalSetName, t } from '../i18n';
import { scorecardRanks, sortScorecard, type Scorecard } from '../model/scorecard';
import type { SortOrder } from '../model/sortKeys';
import { selectDataTable, selectScorecard } from '../state/selectors';
import type { AppState } from '../state/state';
import { el } from './el';
import { scorecardLegend, scorecardTable } from './scorecardTable';

export function mountScorecard(host: HTMLElement): { update(s: AppState): void } {
  host.classList.add('scorecard-pane');
  let shown: Scorecard | null | undefined;
  let state: AppState | null = null;
  // Sorting is a way of looking, not data: kept here, like the grids' own sort.
  let sort: { column: number | null; order: SortOrder } = { column: null, order: 'asc' };
  const sortBy = (th: HTMLElement | null) => {
    const i = th ? [...(th.parentElement?.children ?? [])].indexOf(th) - 1 : -1;
    if (i < 0 || !state) return;
    sort = { column: i, order: sort.column === i && sort.order === 'asc' ? 'desc' : 'asc' };
    shown = undefined;
    view.update(state);
  };
  host.addEventListener('click', (e) =>
    sortBy((e.target as HTMLElement).closest<HTMLElement>('table.scorecard thead th')),
  );
  // The rank line is a way of looking too: off by default, kept while the tab is open.
  let withRanks = false;
  host.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.name !== 'sc-ranks' || !state) return;
    withRanks = box.checked;
    shown = undefined;
    view.update(state);
  });
  host.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ')
      sortBy((e.target as HTMLElement).closest<HTMLElement>('table.scorecard thead th'));
  });
  const view = {
    update(s: AppState) {
      state = s;
      const built = selectScorecard(s);
      if (built === shown) return markCurrent(host, s);
      shown = built;
      if (!built) {
        host.replaceChildren(el('p', { class: 'muted' }, t.scorecard.noSet));
        return;
      }
      const set = built.set;
      if (sort.column !== null && sort.column >= built.columns.length)
        sort = { column: null, order: 'asc' };
      const card = sortScorecard(built, sort.column, sort.order);
      const ranks = withRanks ? scorecardRanks(built) : undefined;
      const table = scorecardTable(card, s.catalog, selectDataTable(s), ranks);
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
        rankToggle(withRanks),
        el('div', { class: 'sc-scroll' }, table),
        el('p', { class: 'muted' }, t.scorecard.source(card.years.join(t.sep.list))),
      );
      markCurrent(host, s);
    },
  };
  return view;
}

/** The selected district's row and indicator's column, marked: where Ctrl+K lands. */
function markCurrent(host: HTMLElement, s: AppState): void {
  const on = [`d:${s.ui.district}`, `i:${s.ui.indicator}`];
  for (const e of host.querySelectorAll<HTMLElement>('[data-key]'))
    e.classList.toggle('sc-current', on.includes(e.dataset.key ?? ''));
}

function rankToggle(on: boolean): HTMLElement {
  const box = el('input', { type: 'checkbox', name: 'sc-ranks' });
  box.checked = on;
  return el('label', { class: 'sc-rank-toggle' }, box, ` ${t.peers.rankColumn}`);
}
