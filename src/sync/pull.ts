// Documents that changed in the local replica (pulled from the server, or written here) sorted
// into: our own writes (nothing to do), another replica's documents to apply (only through the
// restore step), refused documents, and kept versions (conflicts) with every leaf's content.
import { restoreSyncDoc, type RemoteDoc } from '../model/restore/syncDoc';
import type { SeedCells } from '../model/syncDocs';
import type { RefusedDoc, SyncConflict, SyncVersion } from '../state/syncInfo';
import { wantedOf } from './docs';
import type { Db, StoredDoc } from './pouchTypes';

export interface PulledDoc {
  id: string;
  /** The winning revision and its text (what this replica now holds). */
  rev: string;
  json: string;
  /** Restored, when it is another replica's and passed the restore step. */
  remote: RemoteDoc | null;
  /** The winner or losing leaves the restore step refused (listed, never applied). */
  refused: RefusedDoc[];
  /** Every kept version, when the document has more than one leaf; else null. */
  conflict: SyncConflict | null;
  /** All leaf revisions (winner first). */
  leaves: string[];
}

const bodyOf = (d: StoredDoc): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(d)) if (!k.startsWith('_')) out[k] = v;
  return out;
};

/** Restores one revision's body: the remote doc or why it was refused. */
function restoreRev(id: string, doc: StoredDoc): { doc: RemoteDoc } | { refused: RefusedDoc } {
  const r = restoreSyncDoc(id, bodyOf(doc), doc._deleted === true);
  return r.ok ? { doc: r.value } : { refused: { id, rev: doc._rev, problem: r.reason } };
}

/**
 * Whether a local document may be uploaded: only what the restore step accepts (never a remote
 * document this replica refused, nor the server's design documents), e.g. into an emptied server.
 */
export const uploadable = (doc: StoredDoc): boolean => 'doc' in restoreRev(doc._id, doc);

/** Reads the winners of `ids` (and their losing leaves when there are some). */
export async function readChanged(
  db: Db,
  ids: readonly string[],
  own: (id: string, rev: string) => boolean,
  seed: SeedCells,
): Promise<PulledDoc[]> {
  if (!ids.length) return [];
  const { rows } = await db.allDocs({ keys: [...ids], include_docs: true, conflicts: true });
  const out: PulledDoc[] = [];
  for (const row of rows) {
    if (!row.value) continue;
    const rev = row.value.rev;
    const winner: StoredDoc = row.doc ?? (await db.get(row.key, { rev }));
    const conflicts = row.doc?._conflicts ?? [];
    const r = restoreRev(row.key, winner);
    const json = 'doc' in r ? wantedOf(row.key, r.doc.content, seed).json : '';
    const mine = own(row.key, rev);
    const refused = 'refused' in r ? [r.refused] : [];
    const conflict = conflicts.length
      ? await readVersions(db, row.key, winner, r, conflicts, refused)
      : null;
    out.push({
      id: row.key,
      rev,
      json,
      remote: !mine && 'doc' in r ? r.doc : null,
      refused,
      conflict,
      leaves: [rev, ...conflicts],
    });
  }
  return out;
}

async function readVersions(
  db: Db,
  id: string,
  winner: StoredDoc,
  restored: ReturnType<typeof restoreRev>,
  losers: readonly string[],
  refused: RefusedDoc[],
): Promise<SyncConflict> {
  const versions: SyncVersion[] = [];
  const add = (rev: string, r: ReturnType<typeof restoreRev>, isWinner: boolean) => {
    // A refused leaf is not offered as a choice (it is listed among the refused documents).
    if ('doc' in r)
      versions.push({ rev, by: r.doc.by, at: r.doc.at, content: r.doc.content, winner: isWinner });
    else if (!isWinner) refused.push(r.refused);
  };
  add(winner._rev, restored, true);
  for (const rev of losers) {
    try {
      add(rev, restoreRev(id, await db.get(id, { rev })), false);
    } catch {
      // A leaf not stored here (stemmed): nothing to offer.
    }
  }
  return { id, versions };
}
