// What a map shows: from the UI (the 地图 tab) or from a slide.
import type { Slide } from '../model/slides';
import type { AppState, MapBreaks } from '../state/state';
import type { MapPick } from './mapModel';

/** The colouring the planner chose: status bands win over value breaks. */
export const mapBreaksOf = (ui: AppState['ui']): MapBreaks =>
  ui.mapColour === 'status' || ui.mapBreaks === 'status' ? 'status' : ui.mapBreaks;

export const mapPickOf = (s: AppState): MapPick => ({
  indicator: s.ui.indicator,
  scope: s.ui.scope,
  year: s.ui.year,
  kind: s.ui.kind,
  goalSource: s.ui.goalSource,
  breaks: mapBreaksOf(s.ui),
  district: s.ui.district,
});

/** A map slide's own pick; no district is marked on a slide. */
export const slideMapPick = (slide: Slide): MapPick => ({
  indicator: slide.indicator,
  scope: slide.scope,
  year: slide.year,
  kind: slide.dataKind,
  goalSource: slide.goalSource,
  breaks: slide.mapBreaks ?? 'quantile',
  district: null,
});
