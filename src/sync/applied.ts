// Small pieces the engine keeps beside the replica: how far the workbook has applied the local
// replica's changes (`_local/applied`, so a reload resumes), and state.sync updated only where
// something changed (the chip and lists re-render on identity).
import { stableJson } from '../model/syncDocs';
import type { AppState } from '../state/state';
import { setSyncInfo } from '../state/syncActions';
import type { SyncConflict, SyncInfo } from '../state/syncInfo';
import type { Db } from './pouchTypes';

const APPLIED_ID = '_local/applied';

async function appliedRev(db: Db): Promise<{ _rev?: string }> {
  try {
    return { _rev: (await db.get(APPLIED_ID))._rev };
  } catch {
    return {};
  }
}

export async function appliedSeq(db: Db): Promise<number | string> {
  try {
    const seq = (await db.get(APPLIED_ID)).seq;
    return typeof seq === 'number' || typeof seq === 'string' ? seq : 0;
  } catch {
    return 0;
  }
}

function sameConflicts(
  a: ReadonlyMap<string, SyncConflict>,
  b: ReadonlyMap<string, SyncConflict>,
): boolean {
  return a.size === b.size && [...a].every(([id, c]) => stableJson(b.get(id)) === stableJson(c));
}

const AUTHOR_ID = '_local/author';

/** The last user who logged in on this replica ('' when none). */
export async function readAuthor(db: Db): Promise<string> {
  try {
    const name = (await db.get(AUTHOR_ID)).name;
    return typeof name === 'string' ? name : '';
  } catch {
    return '';
  }
}

export async function saveAuthor(db: Db, name: string): Promise<void> {
  let rev: { _rev?: string } = {};
  try {
    const doc = await db.get(AUTHOR_ID);
    if (doc.name === name) return;
    rev = { _rev: doc._rev };
  } catch {
    // None yet.
  }
  await db.put({ _id: AUTHOR_ID, ...rev, name });
}

/** Written only after the store applied the batch up to `seq`. */
export async function saveApplied(db: Db, seq: number | string): Promise<void> {
  await db.put({ _id: APPLIED_ID, ...(await appliedRev(db)), seq });
}

/** state.sync with `next`'s parts that differ in content (the same objects otherwise). */
export function withSyncInfo(s: AppState, next: SyncInfo): AppState {
  const same = (a: unknown, b: unknown) => stableJson(a) === stableJson(b);
  return setSyncInfo(s, {
    ...(same(s.sync.status, next.status) ? {} : { status: next.status }),
    server: next.server,
    user: next.user,
    ...(sameConflicts(s.sync.conflicts, next.conflicts)
      ? {}
      : { conflicts: new Map(next.conflicts) }),
    ...(same(s.sync.refused, next.refused) ? {} : { refused: next.refused }),
    ...(same(s.sync.rejected, next.rejected) ? {} : { rejected: next.rejected }),
  });
}
