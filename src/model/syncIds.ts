// Replicated documents' ids (issue 17): small and apart from the projection, so the first load
// (the grid's conflict mark) can read a cell from an id without carrying the sync code.
import { conflictKey } from './provenance';
import type { Observation } from './types';

/** The parts that name one cell: place, indicator, year, kind, scope. */
export type CellParts = Pick<Observation, 'district' | 'indicator' | 'year' | 'kind' | 'scope'>;

const PREFIX = 'obs:';
export const DECK_DOC_ID = 'deck';
const PREFIXES = { goalSet: 'goalset:', catalog: 'catalog:', peerGroup: 'peer:' } as const;

/**
 * `obs:` + the five parts, each percent-encoded and joined by `|` (which encoding never yields),
 * so any name (Chinese, `/`, `?`, `|`) round-trips and no id starts with CouchDB's reserved `_`.
 */
export function obsDocId(c: CellParts): string {
  const parts = [c.district, c.indicator, String(c.year), c.kind, c.scope];
  return PREFIX + parts.map(encodeURIComponent).join('|');
}

export const goalSetDocId = (id: string) => PREFIXES.goalSet + encodeURIComponent(id);
export const catalogDocId = (indicator: string) => PREFIXES.catalog + encodeURIComponent(indicator);
export const peerGroupDocId = (id: string) => PREFIXES.peerGroup + encodeURIComponent(id);

/** The cell an id names, or null for an id that is not one of ours (never guessed at). */
export function cellOfDocId(id: string): CellParts | null {
  if (!id.startsWith(PREFIX)) return null;
  const raw = id.slice(PREFIX.length).split('|');
  if (raw.length !== 5) return null;
  let parts: string[];
  try {
    parts = raw.map(decodeURIComponent);
  } catch {
    return null;
  }
  const [district = '', indicator = '', year = '', kind = '', scope = ''] = parts;
  const y = Number(year);
  if (!district || !indicator || !/^\d{4}$/.test(year) || (kind !== 'actual' && kind !== 'target'))
    return null;
  return { district, indicator, year: y, kind, scope };
}

/** What kind of document an id names and its key (cell parts, set id, indicator…), or null. */
export function docKeyOf(
  id: string,
):
  | { type: 'cell'; cell: CellParts }
  | { type: 'goalSet' | 'catalog' | 'peerGroup'; key: string }
  | { type: 'deck' }
  | null {
  if (id === DECK_DOC_ID) return { type: 'deck' };
  const cell = cellOfDocId(id);
  if (cell) return { type: 'cell', cell };
  for (const type of ['goalSet', 'catalog', 'peerGroup'] as const) {
    const p = PREFIXES[type];
    if (!id.startsWith(p)) continue;
    try {
      const key = decodeURIComponent(id.slice(p.length));
      return key ? { type, key } : null;
    } catch {
      return null;
    }
  }
  return null;
}

/** The same cell key the source panel and conflict marks use, for a cell document. */
export const cellKeyOfDoc = (id: string): string | null => {
  const c = cellOfDocId(id);
  return c ? conflictKey(c) : null;
};
