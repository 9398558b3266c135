// Local changes into the local replica (replication takes them to the server). One bulkDocs per
// flush; a document with kept versions is settled in the same call: the new revision goes on
// the winner and every losing leaf is deleted, so the choice holds on every replica.
import type { Wanted } from './docs';
import { DELETED } from './docs';
import type { AllDocsRow, Db, WriteResult } from './pouchTypes';

/** The local replica's current leaves of one document. */
export interface Leaves {
  rev?: string;
  deleted: boolean;
  conflicts: readonly string[];
}

export function leavesOf(row: AllDocsRow): Leaves {
  if (!row.value) return { deleted: false, conflicts: [] };
  return {
    rev: row.value.rev,
    deleted: !!row.value.deleted,
    conflicts: row.doc?._conflicts ?? [],
  };
}

/**
 * The documents to write: each wanted id on its current winner (or new), plus a deletion of
 * every losing leaf. A removal of a document that is not there (or already gone) is nothing.
 */
export function buildWrites(
  wanted: ReadonlyMap<string, Wanted>,
  leaves: ReadonlyMap<string, Leaves>,
  by: string,
  at: number,
): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [id, w] of wanted) {
    const l = leaves.get(id) ?? { deleted: false, conflicts: [] };
    const rev = l.rev ? { _rev: l.rev } : {};
    if (w.json === DELETED) {
      if (l.rev && !l.deleted) out.push({ _id: id, ...rev, _deleted: true, by, at });
    } else if (w.content) out.push({ _id: id, ...rev, ...w.content, by, at });
    for (const loser of l.conflicts) out.push({ _id: id, _rev: loser, _deleted: true });
  }
  return out;
}

export interface Written {
  /** Ids written, with the new revision of the winner (the one the workbook now shows). */
  done: { id: string; rev: string; json: string }[];
  /** Revisions written here (the winner's and the losers' deletions): not to be applied back. */
  revs: { id: string; rev: string }[];
  /** Ids a concurrent replication moved on (409): written again on the next flush. */
  retry: string[];
  failed: WriteResult[];
}

/** Reads the current leaves and writes the wanted documents in one bulkDocs. */
export async function writeDocs(
  db: Db,
  wanted: ReadonlyMap<string, Wanted>,
  by: string,
  at: number,
): Promise<Written> {
  const res: Written = { done: [], revs: [], retry: [], failed: [] };
  if (!wanted.size) return res;
  const { rows } = await db.allDocs({
    keys: [...wanted.keys()],
    include_docs: true,
    conflicts: true,
  });
  const leaves = new Map(rows.map((r) => [r.key, leavesOf(r)]));
  const docs = buildWrites(wanted, leaves, by, at);
  if (!docs.length) {
    for (const [id, w] of wanted)
      res.done.push({ id, rev: leaves.get(id)?.rev ?? '', json: w.json });
    return res;
  }
  const results = await db.bulkDocs(docs);
  const winners = new Set<string>();
  results.forEach((r, i) => {
    const doc = docs[i]!;
    if (r.ok && r.rev) {
      res.revs.push({ id: r.id, rev: r.rev });
      if (doc._deleted !== true || doc.by !== undefined) {
        winners.add(r.id);
        res.done.push({ id: r.id, rev: r.rev, json: wanted.get(r.id)!.json });
      }
    } else if (r.status === 409 || r.error === 'conflict') res.retry.push(r.id);
    else res.failed.push(r);
  });
  // A removal that had nothing to remove (and settled no versions) is done too.
  for (const [id, w] of wanted)
    if (
      !winners.has(id) &&
      !res.retry.includes(id) &&
      !docs.some((d) => d._id === id && d.by !== undefined)
    )
      res.done.push({ id, rev: leaves.get(id)?.rev ?? '', json: w.json });
  return res;
}

/**
 * Deletes the losing leaves of documents whose versions all hold the same content (two planners
 * made the same change, or joined with the same import): nothing to choose. The deletions are
 * the same revisions on every replica that does this, so they never conflict in turn.
 */
export async function pruneLosers(
  db: Db,
  ids: readonly string[],
): Promise<{ id: string; rev: string }[]> {
  if (!ids.length) return [];
  const { rows } = await db.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
  const docs = rows.flatMap((r) =>
    (r.doc?._conflicts ?? []).map((rev) => ({ _id: r.key, _rev: rev, _deleted: true })),
  );
  if (!docs.length) return [];
  const res = await db.bulkDocs(docs);
  return res.flatMap((r) => (r.ok && r.rev ? [{ id: r.id, rev: r.rev }] : []));
}
