import { describe, expect, it } from 'vitest';
import {
  SAVE_EVENTS,
  initialSaveState,
  next,
  statusOf,
  type SaveEvent,
  type SaveState,
} from './saveState';

const EVENTS: SaveEvent[] = SAVE_EVENTS.flatMap((type): SaveEvent[] =>
  type === 'fail'
    ? [
        { type, full: false },
        { type, full: true },
      ]
    : [{ type }],
);

const key = (s: SaveState) => JSON.stringify(s);

/** Every state reachable from the two starts within `depth` events, plus odd corners. */
function states(depth: number): SaveState[] {
  const seen = new Map<string, SaveState>();
  let front = [initialSaveState(true), initialSaveState(false)];
  for (const s of front) seen.set(key(s), s);
  for (let d = 0; d < depth; d++) {
    const more: SaveState[] = [];
    for (const s of front)
      for (const e of EVENTS) {
        const n = next(s, e);
        if (seen.has(key(n))) continue;
        seen.set(key(n), n);
        more.push(n);
      }
    front = more;
  }
  const corners: SaveState[] = [
    { kind: 'failed', waiting: false, flying: 0, failures: 7, full: true },
    { kind: 'pending', flying: 0 },
    { kind: 'saving', flying: 3 },
  ];
  for (const s of corners) seen.set(key(s), s);
  return [...seen.values()];
}

/** What must hold of any state the machine can be in. */
function wellFormed(s: SaveState) {
  if (s.kind === 'saving') expect(s.flying).toBeGreaterThan(0);
  if (s.kind === 'pending' || s.kind === 'saving' || s.kind === 'failed') {
    expect(Number.isInteger(s.flying) && s.flying >= 0).toBe(true);
  }
  if (s.kind === 'failed') expect(s.failures).toBeGreaterThan(0);
}

describe('save state machine', () => {
  const all = states(6);

  it('covers every kind of state', () => {
    expect(new Set(all.map((s) => s.kind))).toEqual(
      new Set(['idle', 'pending', 'saving', 'saved', 'failed', 'stopped']),
    );
  });

  it('every state × every event: well-formed, and only a commit can reach 已保存', () => {
    for (const s of all)
      for (const e of EVENTS) {
        const n = next(s, e);
        wellFormed(n);
        if (e.type === 'halt' || s.kind === 'stopped') expect(n).toEqual({ kind: 'stopped' });
        if (e.type === 'edit') expect(statusOf(n)).not.toBe('saved');
        if (e.type === 'fail' && s.kind !== 'stopped' && n !== s)
          expect(statusOf(n)).toBe(e.full ? 'full' : 'error');
        if (statusOf(n) === 'saved' && statusOf(s) !== 'saved') expect(e.type).toBe('commit');
        // 已保存 means nothing waits and nothing is on its way.
        if (statusOf(n) === 'saved') expect(['idle', 'saved']).toContain(n.kind);
      }
  });

  it('a commit from a failure with nothing else outstanding says saved', () => {
    const failed = next(next(next(initialSaveState(true), { type: 'edit' }), { type: 'start' }), {
      type: 'fail',
      full: true,
    });
    expect(statusOf(failed)).toBe('full');
    const retry = next(failed, { type: 'start' });
    expect(statusOf(retry)).toBe('full');
    expect(statusOf(next(retry, { type: 'commit' }))).toBe('saved');
  });

  it('after any event sequence, status is saved only when every edit was written and committed', () => {
    // A reference model over the same events: changes waiting, writes on their way, a failure
    // not yet followed by a commit, storage gone.
    interface Model {
      waiting: boolean;
      flights: number;
      failed: boolean;
      stopped: boolean;
      editSinceCommit: boolean;
    }
    const step = (m: Model, e: SaveEvent): Model => {
      if (m.stopped || e.type === 'halt') return { ...m, stopped: true };
      switch (e.type) {
        case 'edit':
          return { ...m, waiting: true, editSinceCommit: true };
        case 'start':
          return m.waiting ? { ...m, waiting: false, flights: m.flights + 1 } : m;
        case 'commit':
          return m.flights
            ? { ...m, flights: m.flights - 1, failed: false, editSinceCommit: false }
            : m;
        case 'fail':
          return m.flights ? { ...m, flights: m.flights - 1, waiting: true, failed: true } : m;
        case 'abort':
          return m.flights ? { ...m, flights: m.flights - 1, waiting: true } : m;
      }
    };
    let checked = 0;
    const wrong: string[] = [];
    const walk = (s: SaveState, m: Model, path: string[]) => {
      const saved = statusOf(s) === 'saved';
      // The property as stated: an edit not followed by a commit never shows 已保存.
      const ok = saved === (!m.stopped && !m.failed && !m.waiting && m.flights === 0);
      if (!ok || (m.editSinceCommit && saved)) wrong.push(path.join(' '));
      checked++;
      if (path.length === 7 || wrong.length) return;
      for (const e of EVENTS) walk(next(s, e), step(m, e), [...path, e.type]);
    };
    const m0 = {
      waiting: false,
      flights: 0,
      failed: false,
      stopped: false,
      editSinceCommit: false,
    };
    walk(initialSaveState(true), m0, []);
    walk(initialSaveState(false), { ...m0, stopped: true }, []);
    expect(wrong).toEqual([]);
    // Every sequence of up to 7 events, from both starts.
    expect(checked).toBe(2 * ((7 ** 8 - 1) / 6));
  });
});
