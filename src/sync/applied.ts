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
