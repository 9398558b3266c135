// A slide's generated title, and the slide made from what the planner is looking at.
import { districtName, goalSetName, indicatorName, t } from '../i18n';
import type { Slide } from '../model/slides';
import { goalSetFor, scorecardSetFor, type DataSlices } from '../state/selectors';
import type { AppState } from '../state/state';
import { mapBreaksOf } from '../views/mapPick';

export function slideTitle(s: DataSlices, slide: Slide): string {
  if (slide.title) return slide.title;
  const name = slide.indicator ? indicatorName(s.catalog, slide.indicator) : '';
  const set = goalSetFor(s.goalSets, slide.goalSource);
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
    case 'map':
      return t.tileMap.slideTitle(name);
    default:
      return t.slideTitle.scorecard(
        goalSetName(scorecardSetFor(s.goalSets, slide.goalSource)?.name ?? ''),
      );
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
    ...(kind === 'map' ? { mapBreaks: mapBreaksOf(s.ui) } : {}),
  };
}
