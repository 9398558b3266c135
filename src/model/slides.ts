// Meeting slides: small definitions whose content is computed live from the data.
import type { Kind } from './types';

export type SlideKind = 'across' | 'progress' | 'years' | 'scorecard' | 'map';

/** How a map slide colours its tiles (see UiState.mapBreaks). */
export type SlideMapBreaks = 'equal' | 'quantile' | 'status';
export const SLIDE_MAP_BREAKS: readonly SlideMapBreaks[] = ['equal', 'quantile', 'status'];

export interface Slide {
  id: string;
  kind: SlideKind;
  /** Empty = the generated title, which follows the data and the language. */
  title: string;
  indicator: string | null;
  scope: string;
  district: string | null;
  year: 'latest' | number;
  dataKind: Kind;
  /** 'own' or a goal-set id. */
  goalSource: string;
  /** Map slides only: value breaks or goal status (absent: quantiles). */
  mapBreaks?: SlideMapBreaks;
}

export const SLIDE_KINDS: readonly SlideKind[] = [
  'across',
  'progress',
  'years',
  'scorecard',
  'map',
];

/** The slides with `old` shown as `name` instead (a renamed indicator); the same array if none. */
export function renameIndicatorInSlides(deck: Slide[], old: string, name: string): Slide[] {
  if (!deck.some((x) => x.indicator === old)) return deck;
  return deck.map((x) => (x.indicator === old ? { ...x, indicator: name } : x));
}

/**
 * A step's slide changes applied to the deck as it is now: a slide the step changed takes its
 * `after` where it still is as `before`; slides added, moved or edited since stay as they are.
 */
export function stepSlides(deck: Slide[], before: readonly Slide[], after: readonly Slide[]) {
  const was = new Map(before.map((x) => [x.id, JSON.stringify(x)]));
  const to = new Map(after.map((x) => [x.id, x]));
  let changed = false;
  const next = deck.map((x) => {
    const t = to.get(x.id);
    if (!t || was.get(x.id) !== JSON.stringify(x) || JSON.stringify(t) === JSON.stringify(x))
      return x;
    changed = true;
    return t;
  });
  return changed ? next : deck;
}

export function addSlide(deck: readonly Slide[], slide: Slide): Slide[] {
  return [...deck, slide];
}

export function renameSlide(deck: readonly Slide[], id: string, title: string): Slide[] {
  return deck.map((s) => (s.id === id ? { ...s, title: title.trim() } : s));
}

export function removeSlide(deck: readonly Slide[], id: string): Slide[] {
  return deck.filter((s) => s.id !== id);
}

/** Moves a slide by `delta` places, clamped to the deck. */
export function moveSlide(deck: readonly Slide[], id: string, delta: number): Slide[] {
  const i = deck.findIndex((s) => s.id === id);
  if (i < 0) return [...deck];
  const j = Math.max(0, Math.min(deck.length - 1, i + delta));
  const next = [...deck];
  const [s] = next.splice(i, 1);
  if (s) next.splice(j, 0, s);
  return next;
}

/** Only well-formed slides survive from storage. */
export function restoreDeck(raw: unknown): Slide[] {
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((r: Partial<Slide>) => {
    if (!r || typeof r.id !== 'string' || !SLIDE_KINDS.includes(r.kind as SlideKind)) return [];
    return [
      {
        id: r.id,
        kind: r.kind as SlideKind,
        title: typeof r.title === 'string' ? r.title : '',
        indicator: typeof r.indicator === 'string' ? r.indicator : null,
        scope: typeof r.scope === 'string' ? r.scope : '',
        district: typeof r.district === 'string' ? r.district : null,
        year: typeof r.year === 'number' ? r.year : 'latest',
        dataKind: r.dataKind === 'target' ? 'target' : 'actual',
        goalSource: typeof r.goalSource === 'string' ? r.goalSource : 'own',
        ...(SLIDE_MAP_BREAKS.includes(r.mapBreaks as SlideMapBreaks)
          ? { mapBreaks: r.mapBreaks }
          : {}),
      },
    ];
  });
}
