// 记分卡 tab: districts × the chosen goal set's indicators.
import { t } from '../i18n';
import { buildScorecard } from '../model/scorecard';
import type { AppState } from '../state/state';
import { el } from '../ui/el';
import { scorecardLegend, scorecardTable } from './scorecardTable';

export function activeSetFor(s: AppState, goalSource: string) {
  return s.goalSets.find((g) => g.id === goalSource) ?? s.goalSets[0] ?? null;
}

export function mountScorecard(host: HTMLElement): { update(s: AppState): void } {
  host.classList.add('scorecard-pane');
  let last: unknown[] = [];
  return {
    update(s) {
      const inputs = [s.table, s.catalog, s.goalSets, s.ui.goalSource, s.districts];
      if (inputs.every((x, i) => x === last[i])) return;
      last = inputs;
      const set = activeSetFor(s, s.ui.goalSource);
      if (!set) {
        host.replaceChildren(el('p', { class: 'muted' }, t.scorecard.noSet));
        return;
      }
      const card = buildScorecard(s.table, s.catalog, s.districts, set);
      host.replaceChildren(
        el('h2', { class: 'sc-title' }, t.slideTitle.scorecard(set.name)),
        scorecardLegend(),
        el('div', { class: 'sc-scroll' }, scorecardTable(card, s.catalog)),
        el('p', { class: 'muted' }, t.scorecard.source(card.years.join(t.sep.list))),
      );
    },
  };
}
