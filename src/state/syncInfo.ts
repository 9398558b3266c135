// What the app knows of sharing through an office server (issue 17), as codes: the screens word
// them. Not workbook data: never stored with the workbook, never in a patch or a backup.
import type { Problem } from '../model/problems';
import type { SyncContent } from '../model/syncDocs';

/** Why the server refused: no session (log in again), not allowed, no such database, other. */
export type DeniedReason = 'unauthorized' | 'forbidden' | 'notFound' | 'server';

/**
 * The status the chip shows. `pending`: local changes not yet on the server (the outbox).
 * - off: sharing not turned on; connecting: first contact after start or login;
 * - synced: nothing pending and the last pull is done; syncing: pushing or pulling now;
 * - offline: no network (or the server unreachable), retrying with back-off;
 * - denied: the server refused (`detail`: the server's own reason text, shown as is);
 * - otherTab: another tab of this browser runs the replication for this workbook.
 */
export type SyncStatus =
  | { kind: 'off' }
  | { kind: 'connecting'; pending: number }
  | { kind: 'synced' }
  | { kind: 'syncing'; pending: number }
  | { kind: 'offline'; pending: number }
  | { kind: 'denied'; reason: DeniedReason; detail: string; pending: number }
  | { kind: 'otherTab' };

/** One kept version of a replicated document. */
export interface SyncVersion {
  rev: string;
  /** The CouchDB user who wrote it ('' when not known) and when (ms since the epoch). */
  by: string;
  at: number;
  /** null: this version deleted the document (a cell: back to the bundled seed's rows). */
  content: SyncContent | null;
  /** The version every replica shows until a planner chooses (CouchDB's deterministic pick). */
  winner: boolean;
}

/** A document two replicas changed while apart: every version is kept until one is chosen. */
export interface SyncConflict {
  id: string;
  versions: readonly SyncVersion[];
}

/** A document of another replica the restore step refused: listed, never applied. */
export interface RefusedDoc {
  id: string;
  rev: string;
  problem: Problem;
}

/** A local document the server refused to take (validate_doc_update, permissions). */
export interface RejectedDoc {
  id: string;
  reason: DeniedReason;
  detail: string;
}

export interface SyncInfo {
  status: SyncStatus;
  /** Server database URL and the CouchDB user logged in ('' when none). */
  server: string;
  user: string;
  /** Documents with kept versions, by document id. */
  conflicts: ReadonlyMap<string, SyncConflict>;
  refused: readonly RefusedDoc[];
  rejected: readonly RejectedDoc[];
}

export const SYNC_OFF: SyncInfo = {
  status: { kind: 'off' },
  server: '',
  user: '',
  conflicts: new Map(),
  refused: [],
  rejected: [],
};
