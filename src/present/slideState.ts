// A slide's view of the live state, its generated title, and its source line.
import { districtName, goalSetName, indicatorName, t } from '../i18n';
import type { Slide } from '../model/slides';
import type { AppState } from '../state/state';
import { activeSetFor } from '../views/scorecardView';

/** The state as the slide sees it: its own selection, the live data. */
export function slideState(s: AppState, slide: Slide): AppState {
  return {
    ...s,
    ui: {
      ...s.ui,
      indicator: slide.indicator,
      scope: slide.scope,
      district: slide.district,
      year: slide.year,
      kind: slide.dataKind,
      goalSource: slide.goalSource,
      // A projected bar chart stays at the top 12 (plus the slide's district): 38 bars would not
      // leave a readable label each on a 768-px screen.
      chartAll: false,
    },
  };
}

export function slideTitle(s: AppState, slide: Slide): string {
  if (slide.title) return slide.title;
  const name = slide.indicator ? indicatorName(s.catalog, slide.indicator) : '';
  const set = s.goalSets.find((g) => g.id === slide.goalSource) ?? null;
  switch (slide.kind) {
    case 'across':
      return t.slideTitle.across(name, s.districts.length);
    case 'progress':
      return t.slideTitle.progress(
        districtName(slide.district ?? s.districts[0] ?? ''),
        set ? goalSetName(set.name) : null,
      );
    case 'years':
      return t.slideTitle.years(name);
    default:
      return t.slideTitle.scorecard(goalSetName(activeSetFor(s, slide.goalSource)?.name ?? ''));
  }
}

/** A slide made from what the planner is looking at. */
export function slideFromView(s: AppState, kind: Slide['kind'], id: string): Slide {
  const firstSet = s.goalSets[0]?.id ?? 'own';
  return {
    id,
    kind,
    title: '',
    indicator: s.ui.indicator,
    scope: s.ui.scope,
    district: s.ui.district ?? s.districts[0] ?? null,
    year: s.ui.year,
    dataKind: s.ui.kind,
    goalSource: kind === 'scorecard' && s.ui.goalSource === 'own' ? firstSet : s.ui.goalSource,
  };
}
