// The status a planner sees, as a pure function of what replication reported. PouchDB's combined
// `paused` carries no error (apache/pouchdb#6959), so push and pull are followed apart, and the
// browser's own online flag overrides both.
import type { DeniedReason, SyncStatus } from '../state/syncInfo';

type Side = 'connecting' | 'active' | 'idle' | 'failing';

export interface Machine {
  running: boolean;
  otherTab: boolean;
  online: boolean;
  push: Side;
  pull: Side;
  /** A refusal that stops replication (no session, no database…): cleared by a restart. */
  fatal: { reason: DeniedReason; detail: string } | null;
  /** The server refused a document: shown until a later push succeeds. */
  docDenied: { reason: DeniedReason; detail: string } | null;
}

export type MachineEvent =
  | { type: 'start' }
  | { type: 'stop' }
  | { type: 'otherTab' }
  | { type: 'online' }
  | { type: 'offline' }
  | { type: 'active'; side: 'push' | 'pull' }
  | { type: 'paused'; side: 'push' | 'pull'; failed: boolean }
  | { type: 'requestError'; side: 'push' | 'pull' }
  | { type: 'change'; side: 'push' | 'pull'; written: number }
  | { type: 'denied'; reason: 'unauthorized' | 'forbidden'; detail: string }
  | { type: 'error'; reason: DeniedReason; detail: string }
  /** The engine itself cannot go on (the local replica unreadable): shown until a restart. */
  | { type: 'broken'; detail: string };

export const MACHINE_OFF: Machine = {
  running: false,
  otherTab: false,
  online: true,
  push: 'connecting',
  pull: 'connecting',
  fatal: null,
  docDenied: null,
};

export function step(m: Machine, e: MachineEvent): Machine {
  switch (e.type) {
    case 'start':
      return {
        ...m,
        running: true,
        otherTab: false,
        push: 'connecting',
        pull: 'connecting',
        fatal: null,
      };
    case 'stop':
      return { ...m, running: false, otherTab: false };
    case 'otherTab':
      return { ...m, otherTab: true };
    case 'online':
      return { ...m, online: true };
    case 'offline':
      return { ...m, online: false };
    case 'active':
      return { ...m, [e.side]: 'active' };
    case 'paused':
      return { ...m, [e.side]: e.failed ? 'failing' : 'idle' };
    case 'requestError':
      return { ...m, [e.side]: 'failing' };
    case 'change':
      return {
        ...m,
        [e.side]: 'active',
        docDenied: e.side === 'push' && e.written > 0 ? null : m.docDenied,
      };
    case 'denied':
      return { ...m, docDenied: { reason: e.reason, detail: e.detail } };
    case 'broken':
      return { ...m, fatal: { reason: 'server', detail: e.detail } };
    case 'error':
      // 'server' (500s, odd answers) is retried by PouchDB: shown as offline meanwhile.
      return e.reason === 'server'
        ? { ...m, push: 'failing', pull: 'failing' }
        : { ...m, fatal: { reason: e.reason, detail: e.detail } };
  }
}

/** What the chip shows, given the machine and the outbox size. */
export function statusOf(m: Machine, pending: number): SyncStatus {
  if (m.otherTab) return { kind: 'otherTab' };
  if (!m.running) return { kind: 'off' };
  if (m.fatal) return { kind: 'denied', ...m.fatal, pending };
  if (!m.online || m.push === 'failing' || m.pull === 'failing')
    return { kind: 'offline', pending };
  if (m.docDenied) return { kind: 'denied', ...m.docDenied, pending };
  if (m.push === 'connecting' || m.pull === 'connecting') return { kind: 'connecting', pending };
  if (m.push === 'active' || m.pull === 'active' || pending > 0)
    return { kind: 'syncing', pending };
  return { kind: 'synced' };
}

/** A replication error (or a login answer) as a reason: 401 no session, 403, 404, else server. */
export function reasonOf(err: unknown): { reason: DeniedReason; detail: string } | null {
  if (!err || typeof err !== 'object') return null;
  const e = err as {
    status?: unknown;
    name?: unknown;
    error?: unknown;
    reason?: unknown;
    message?: unknown;
  };
  const status = typeof e.status === 'number' ? e.status : 0;
  const name = typeof e.name === 'string' ? e.name : typeof e.error === 'string' ? e.error : '';
  const detail =
    typeof e.reason === 'string' ? e.reason : typeof e.message === 'string' ? e.message : '';
  if (status === 401 || name === 'unauthorized') return { reason: 'unauthorized', detail };
  if (status === 403 || name === 'forbidden') return { reason: 'forbidden', detail };
  if (status === 404 || name === 'not_found') return { reason: 'notFound', detail };
  if (status >= 500) return { reason: 'server', detail };
  return null;
}
