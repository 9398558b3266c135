// Document ids for replication (issue 17): one document per observation cell, so two planners
// editing different cells never touch the same document. Language-free, like everything stored.
import type { Observation } from './types';

/** The parts that name one cell: place, indicator, year, kind, scope. */
export type CellParts = Pick<Observation, 'district' | 'indicator' | 'year' | 'kind' | 'scope'>;

const PREFIX = 'obs:';

/**
 * `obs:` + the five parts, each percent-encoded and joined by `|` (which encoding never yields),
 * so any name (Chinese, `/`, `?`, `|`) round-trips and no id starts with CouchDB's reserved `_`.
 */
export function obsDocId(c: CellParts): string {
  const parts = [c.district, c.indicator, String(c.year), c.kind, c.scope];
  return PREFIX + parts.map(encodeURIComponent).join('|');
}

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
