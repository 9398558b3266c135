import { describe, expect, it } from 'vitest';
import { MACHINE_OFF, reasonOf, statusOf, step, type Machine, type MachineEvent } from './status';
import { backOff } from './replication';

const run = (events: MachineEvent[], m: Machine = MACHINE_OFF) => events.reduce(step, m);
const started = run([{ type: 'start' }]);
const idle = run(
  [
    { type: 'paused', side: 'push', failed: false },
    { type: 'paused', side: 'pull', failed: false },
  ],
  started,
);

describe('sync status as a function of replication events', () => {
  it('off until started, connecting until both sides first pause, then synced', () => {
    expect(statusOf(MACHINE_OFF, 0)).toEqual({ kind: 'off' });
    expect(statusOf(started, 2)).toEqual({ kind: 'connecting', pending: 2 });
    expect(statusOf(run([{ type: 'paused', side: 'push', failed: false }], started), 0).kind).toBe(
      'connecting',
    );
    expect(statusOf(idle, 0)).toEqual({ kind: 'synced' });
  });

  it('syncing while a side is active or the outbox is not empty', () => {
    expect(statusOf(run([{ type: 'active', side: 'pull' }], idle), 0)).toEqual({
      kind: 'syncing',
      pending: 0,
    });
    expect(statusOf(idle, 3)).toEqual({ kind: 'syncing', pending: 3 });
  });

  it('offline when the browser says so, or when a side pauses with an error, until it is active again', () => {
    expect(statusOf(run([{ type: 'offline' }], idle), 4)).toEqual({ kind: 'offline', pending: 4 });
    const failing = run([{ type: 'paused', side: 'push', failed: true }], idle);
    expect(statusOf(failing, 1)).toEqual({ kind: 'offline', pending: 1 });
    expect(statusOf(run([{ type: 'requestError', side: 'pull' }], idle), 0).kind).toBe('offline');
    expect(statusOf(run([{ type: 'active', side: 'push' }], failing), 1).kind).toBe('syncing');
    expect(statusOf(run([{ type: 'offline' }, { type: 'online' }], idle), 0).kind).toBe('synced');
  });

  it('denied with the reason until a restart; a refused document until a later push goes through', () => {
    const noSession = run([{ type: 'error', reason: 'unauthorized', detail: 'x' }], idle);
    expect(statusOf(noSession, 2)).toEqual({
      kind: 'denied',
      reason: 'unauthorized',
      detail: 'x',
      pending: 2,
    });
    expect(statusOf(run([{ type: 'active', side: 'push' }], noSession), 2).kind).toBe('denied');
    expect(statusOf(run([{ type: 'start' }], noSession), 2).kind).toBe('connecting');
    const refusedDoc = run(
      [{ type: 'denied', reason: 'forbidden', detail: 'read-only account' }],
      idle,
    );
    expect(statusOf(refusedDoc, 0)).toEqual({
      kind: 'denied',
      reason: 'forbidden',
      detail: 'read-only account',
      pending: 0,
    });
    expect(statusOf(run([{ type: 'change', side: 'pull', written: 1 }], refusedDoc), 0).kind).toBe(
      'denied',
    );
    const later = run(
      [
        { type: 'change', side: 'push', written: 1 },
        { type: 'paused', side: 'push', failed: false },
      ],
      refusedDoc,
    );
    expect(statusOf(later, 0).kind).toBe('synced');
    // A server error is retried: shown as offline, not as a refusal.
    expect(statusOf(run([{ type: 'error', reason: 'server', detail: '' }], idle), 0).kind).toBe(
      'offline',
    );
  });

  it('an engine that cannot read its local replica says so until restarted', () => {
    expect(statusOf(run([{ type: 'broken', detail: 'quota' }], idle), 1)).toEqual({
      kind: 'denied',
      reason: 'server',
      detail: 'quota',
      pending: 1,
    });
  });

  it('another tab, and stop', () => {
    expect(statusOf(run([{ type: 'otherTab' }], idle), 0)).toEqual({ kind: 'otherTab' });
    expect(statusOf(run([{ type: 'stop' }], idle), 5)).toEqual({ kind: 'off' });
  });

  it('reads 401, 403 (with the reason), 404 and 5xx answers', () => {
    expect(reasonOf({ status: 401, name: 'unauthorized', reason: 'x' })).toEqual({
      reason: 'unauthorized',
      detail: 'x',
    });
    expect(reasonOf({ error: 'forbidden', reason: 'read-only account' })).toEqual({
      reason: 'forbidden',
      detail: 'read-only account',
    });
    expect(reasonOf({ status: 404, message: 'missing' })).toEqual({
      reason: 'notFound',
      detail: 'missing',
    });
    expect(reasonOf({ status: 503 })?.reason).toBe('server');
    expect(reasonOf(new TypeError('Failed to fetch'))).toBeNull();
  });

  it('backs off doubling from a second, never past the cap', () => {
    const f = backOff(60_000);
    const delays = [0];
    for (let i = 0; i < 10; i++) delays.push(f(delays[delays.length - 1]!));
    expect(delays.slice(1, 4)).toEqual([1000, 2000, 4000]);
    expect(Math.max(...delays)).toBe(60_000);
  });
});
