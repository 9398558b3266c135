// Live two-way replication with retry and a capped back-off, its events turned into the status
// machine's events. Push and pull are followed apart: the combined `paused` has no error.
import type { MachineEvent } from './status';
import { reasonOf } from './status';
import type { Db, Replication, StoredDoc, SyncHandle } from './pouchTypes';
import { syncDbs } from './pouch';
import { uploadable } from './pull';

export interface ReplicationEvents {
  status(e: MachineEvent): void;
  /** A push batch reached the server: these documents (and revisions). */
  pushed(docs: StoredDoc[]): void;
  /** The server refused one document of ours. */
  denied(id: string, reason: 'unauthorized' | 'forbidden', detail: string): void;
  /** Replication stopped for good (no session, no database): restart after fixing it. */
  fatal(): void;
}

/** Doubling from 1 s, never more than `cap` (PouchDB's default grows to many minutes). */
export const backOff =
  (cap: number) =>
  (delay: number): number =>
    Math.min(cap, delay === 0 ? 1000 : delay * 2);

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

export function replicate(local: Db, remote: Db, cap: number, on: ReplicationEvents): SyncHandle {
  const handle = syncDbs(local, remote, {
    live: true,
    retry: true,
    back_off_function: backOff(cap),
    push: { filter: uploadable },
  });
  const side = (r: Replication, name: 'push' | 'pull') => {
    r.on('active', () => on.status({ type: 'active', side: name }));
    r.on('paused', (err: unknown) => on.status({ type: 'paused', side: name, failed: !!err }));
    r.on('requestError', (err: unknown) => {
      const reason = reasonOf(err);
      if (reason && reason.reason !== 'server') on.status({ type: 'error', ...reason });
      else on.status({ type: 'requestError', side: name });
    });
    r.on('change', (info: { docs?: StoredDoc[]; docs_written?: number }) => {
      if (name === 'push' && info.docs) on.pushed(info.docs);
      on.status({ type: 'change', side: name, written: info.docs_written ?? 0 });
    });
    r.on('denied', (err: Record<string, unknown>) => {
      const doc = (err.doc as Record<string, unknown> | undefined) ?? err;
      const reason =
        text(doc.name || doc.error).toLowerCase() === 'unauthorized' ? 'unauthorized' : 'forbidden';
      const detail = text(doc.reason) || text(doc.message);
      on.denied(text(doc.id), reason, detail);
      on.status({ type: 'denied', reason, detail });
    });
    r.on('error', (err: unknown) => {
      const reason = reasonOf(err) ?? {
        reason: 'server' as const,
        detail: text((err as { message?: unknown })?.message),
      };
      on.status({ type: 'error', ...reason });
      on.fatal();
    });
  };
  side(handle.push, 'push');
  side(handle.pull, 'pull');
  // The sync object re-emits its sides' errors: without a listener Node would throw them.
  handle.on('error', () => {});
  return handle;
}
