// Local documents not yet on the server, kept in `_local/outbox` (never replicated) so "N 项待上传"
// stays true across reloads; and the documents the server refused, which replication's
// checkpoint skips for good, so they must stay listed or they would silently never upload.
import type { RejectedDoc } from '../state/syncInfo';
import type { Db, StoredDoc } from './pouchTypes';

const OUTBOX_ID = '_local/outbox';

export interface Outbox {
  /** Document id → the newest revision written here and not yet seen pushed. */
  pending: Map<string, string>;
  rejected: RejectedDoc[];
}

/** A revision's generation: the number before the dash. */
export const revGen = (rev: string): number => Number.parseInt(rev, 10) || 0;

export async function readOutbox(db: Db): Promise<Outbox> {
  try {
    const doc = await db.get(OUTBOX_ID);
    const pending = doc.pending && typeof doc.pending === 'object' ? doc.pending : {};
    return {
      pending: new Map(
        Object.entries(pending as Record<string, unknown>).filter(
          (e): e is [string, string] => typeof e[1] === 'string',
        ),
      ),
      rejected: Array.isArray(doc.rejected) ? (doc.rejected as RejectedDoc[]) : [],
    };
  } catch {
    return { pending: new Map(), rejected: [] };
  }
}

/** Writes the outbox (the latest state wins; writes are serialised by the caller). */
export async function saveOutbox(db: Db, box: Outbox): Promise<void> {
  let rev: string | undefined;
  try {
    rev = (await db.get(OUTBOX_ID))._rev;
  } catch {
    rev = undefined;
  }
  await db.put({
    _id: OUTBOX_ID,
    ...(rev ? { _rev: rev } : {}),
    pending: Object.fromEntries(box.pending),
    rejected: box.rejected,
  });
}

/** Local writes: each id waits for its newest revision; a doc written again is no longer refused. */
export function noteWritten(box: Outbox, written: readonly { id: string; rev: string }[]): Outbox {
  const pending = new Map(box.pending);
  for (const w of written) {
    const had = pending.get(w.id);
    if (!had || revGen(w.rev) >= revGen(had)) pending.set(w.id, w.rev);
  }
  const ids = new Set(written.map((w) => w.id));
  return { pending, rejected: box.rejected.filter((r) => !ids.has(r.id)) };
}

/** A push batch reached the server: ids pushed at (or past) their waiting revision leave. */
export function notePushed(box: Outbox, docs: readonly Pick<StoredDoc, '_id' | '_rev'>[]): Outbox {
  const pending = new Map(box.pending);
  for (const d of docs) {
    const had = pending.get(d._id);
    if (had && revGen(d._rev) >= revGen(had)) pending.delete(d._id);
  }
  return pending.size === box.pending.size ? box : { ...box, pending };
}

/** The server refused a document: it leaves the outbox and is listed with the server's reason. */
export function noteRejected(box: Outbox, doc: RejectedDoc): Outbox {
  const pending = new Map(box.pending);
  pending.delete(doc.id);
  return { pending, rejected: [...box.rejected.filter((r) => r.id !== doc.id), doc] };
}

/** Ids whose waiting revision another replica's newer one superseded (so the server has it). */
export function noteSuperseded(box: Outbox, ids: readonly string[]): Outbox {
  if (!ids.some((id) => box.pending.has(id))) return box;
  const pending = new Map(box.pending);
  for (const id of ids) pending.delete(id);
  return { ...box, pending };
}
