// A replicated document from another replica (issue 17) passes the same restore step as every
// other way in: a hostile or buggy replica can neither inject a bad row nor write rows into a
// cell other than the one its id names. A refused document is reported, never applied.
import { restoreDeck } from '../slides';
import { describeFound, type Problem } from '../problems';
import { cellRows, docKeyOf, obsDocId, type SyncContent } from '../syncDocs';
import type { Observation, Result } from '../types';
import { isRecord, own, restoreObservation } from './observation';
import { restoreCatalogEntry, restoreGoalSet } from './parts';
import { restorePeerGroup } from './peerGroup';
import { Refused, run } from './refused';

/** A document as another replica wrote it, once restored. */
export interface RemoteDoc {
  id: string;
  /** null: the document was deleted there. */
  content: SyncContent | null;
  /** The CouchDB user who wrote it ('' when not known). */
  by: string;
  /** When, in ms since the epoch (0 when not known). */
  at: number;
}

const MAX_USER = 200;
/**
 * A document's size limit (characters of its JSON). A cell holds a few rows with a sentence
 * each (a few kB); a 40 MB note froze a laptop for seconds and was kept on every replica.
 */
export const MAX_DOC_CHARS = 1_000_000;
const badField = (
  raw: unknown,
  path: string,
  expected: 'object' | 'list' | 'text' | 'number' | 'yesNo',
) => new Refused({ code: 'badField', expected, found: describeFound(raw), path });

/**
 * `raw`: the document's body (PouchDB's `_id`/`_rev`/`_conflicts` are ignored). `deleted`: a
 * tombstone. Problems carry the JSON path inside the document, prefixed by its id
 * (`obs:…/rows[2].value`), so the list of refused documents says where.
 */
export function restoreSyncDoc(id: string, raw: unknown, deleted = false): Result<RemoteDoc> {
  return run(() => {
    const key = docKeyOf(id);
    if (!key) throw new Refused({ code: 'syncUnknownDoc', id, path: id });
    if (!isRecord(raw)) throw badField(raw, id, 'object');
    const size = sizeOf(raw);
    if (size > MAX_DOC_CHARS)
      throw new Refused({ code: 'syncTooLarge', id, size, max: MAX_DOC_CHARS, path: id });
    const byRaw = own(raw, 'by');
    const by = byRaw === undefined ? '' : byRaw;
    if (typeof by !== 'string') throw badField(byRaw, `${id}/by`, 'text');
    if (by.length > MAX_USER)
      throw new Refused({
        code: 'nameTooLong',
        max: MAX_USER,
        length: by.length,
        path: `${id}/by`,
      });
    if ([...by].some((ch) => ch === '<' || ch === '>' || ch.charCodeAt(0) < 32))
      throw new Refused({ code: 'markupInName', text: by, path: `${id}/by` });
    const atRaw = own(raw, 'at');
    const at = atRaw === undefined ? 0 : atRaw;
    if (typeof at !== 'number' || !Number.isFinite(at)) throw badField(atRaw, `${id}/at`, 'number');
    if (deleted) return { id, content: null, by, at };
    const type = own(raw, 'type');
    if (type !== key.type) throw new Refused({ code: 'syncWrongType', id, path: `${id}/type` });
    return { id, content: content(id, key, raw), by, at };
  });
}

function content(
  id: string,
  key: NonNullable<ReturnType<typeof docKeyOf>>,
  raw: Record<string, unknown>,
): SyncContent {
  const take = <T>(r: Result<T>, path: string): T => {
    if (!r.ok) throw new Refused(withPath(r.reason, path));
    return r.value;
  };
  switch (key.type) {
    case 'cell': {
      const list = own(raw, 'rows');
      if (!Array.isArray(list)) throw badField(list, `${id}/rows`, 'list');
      const seen = new Set<string>();
      const rows: Observation[] = list.map((x, i) => {
        const o = take(restoreObservation(x), `${id}/rows[${i}]`);
        if (obsDocId(o) !== id)
          throw new Refused({ code: 'syncRowOutsideCell', id: o.id, path: `${id}/rows[${i}]` });
        if (seen.has(o.id))
          throw new Refused({ code: 'repeatedId', id: o.id, path: `${id}/rows[${i}].id` });
        seen.add(o.id);
        return o;
      });
      return { type: 'cell', rows: cellRows(rows) };
    }
    case 'goalSet': {
      const set = take(restoreGoalSet(own(raw, 'set'), `${id}/set`), `${id}/set`);
      if (set.id !== key.key)
        throw new Refused({ code: 'syncWrongType', id, path: `${id}/set.id` });
      const order = own(raw, 'order');
      if (typeof order !== 'number' || !Number.isInteger(order) || order < 0)
        throw badField(order, `${id}/order`, 'number');
      const removed = own(raw, 'removed');
      if (removed !== undefined && removed !== true)
        throw badField(removed, `${id}/removed`, 'yesNo');
      return removed ? { type: 'goalSet', set, order, removed } : { type: 'goalSet', set, order };
    }
    case 'catalog': {
      const entry = take(restoreCatalogEntry(own(raw, 'entry'), `${id}/entry`), `${id}/entry`);
      if (entry.indicator !== key.key)
        throw new Refused({ code: 'syncWrongType', id, path: `${id}/entry.indicator` });
      return { type: 'catalog', entry };
    }
    case 'peerGroup': {
      const group = take(restorePeerGroup(own(raw, 'group'), `${id}/group`), `${id}/group`);
      if (group.id !== key.key)
        throw new Refused({ code: 'syncWrongType', id, path: `${id}/group.id` });
      return { type: 'peerGroup', group };
    }
    case 'deck': {
      const list = own(raw, 'slides');
      if (!Array.isArray(list)) throw badField(list, `${id}/slides`, 'list');
      const slides = restoreDeck(list);
      if (slides.length !== list.length)
        throw new Refused({ code: 'syncWrongType', id, path: `${id}/slides` });
      return { type: 'deck', slides };
    }
  }
}

const withPath = (p: Problem, path: string): Problem =>
  p.path !== undefined ? p : { ...p, path: p.field ? `${path}.${p.field}` : path };

/** Characters of a body's JSON (a body that cannot be printed counts as too large). */
function sizeOf(raw: unknown): number {
  try {
    return JSON.stringify(raw)?.length ?? 0;
  } catch {
    return Infinity;
  }
}
