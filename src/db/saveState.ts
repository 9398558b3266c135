// The save status as a small state machine, kept apart from the writes it describes so that
// "saved" can be proven to mean saved: only a commit, with nothing waiting and nothing in
// flight, leads there. persist.ts does the writing and reports what happened as events.

/** 'full': the disk is full (retrying); 'stopped': storage is gone, nothing is written. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'full' | 'stopped';

/**
 * idle: nothing changed since the load. pending: changes wait for a write (`flying` earlier
 * writes may still be on their way). saving: writes are on their way, nothing waits.
 * saved: every change committed. failed: the last write failed and is retried; it stays
 * failed until a write commits. stopped: storage is gone for good.
 */
export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'pending'; readonly flying: number }
  | { readonly kind: 'saving'; readonly flying: number }
  | { readonly kind: 'saved' }
  | {
      readonly kind: 'failed';
      readonly waiting: boolean;
      readonly flying: number;
      readonly failures: number;
      readonly full: boolean;
    }
  | { readonly kind: 'stopped' };

export type SaveEvent =
  /** Something changed that is not written yet. */
  | { readonly type: 'edit' }
  /** Everything waiting is taken into one write. */
  | { readonly type: 'start' }
  /** One write committed. */
  | { readonly type: 'commit' }
  /** One write failed; what it carried waits again and is retried. `full`: a quota error. */
  | { readonly type: 'fail'; readonly full: boolean }
  /** A write queued as the page went away did not commit; what it carried waits again. */
  | { readonly type: 'abort' }
  /** Storage is gone (missing, deleted, closed, upgraded elsewhere): nothing more is written. */
  | { readonly type: 'halt' };

export const SAVE_EVENTS: readonly SaveEvent['type'][] = [
  'edit',
  'start',
  'commit',
  'fail',
  'abort',
  'halt',
];

export const initialSaveState = (canWrite: boolean): SaveState =>
  canWrite ? { kind: 'idle' } : { kind: 'stopped' };

/** The counts behind a state, to move between states in one place. */
interface Facts {
  waiting: boolean;
  flying: number;
  failures: number;
  full: boolean;
}

function factsOf(s: SaveState): Facts {
  switch (s.kind) {
    case 'idle':
    case 'saved':
    case 'stopped':
      return { waiting: false, flying: 0, failures: 0, full: false };
    case 'pending':
      return { waiting: true, flying: s.flying, failures: 0, full: false };
    case 'saving':
      return { waiting: false, flying: s.flying, failures: 0, full: false };
    case 'failed':
      return { waiting: s.waiting, flying: s.flying, failures: s.failures, full: s.full };
  }
}

/** A failure is shown until a commit; then waiting changes, then writes in flight. */
function stateOf(f: Facts): SaveState {
  if (f.failures > 0) return { kind: 'failed', ...f };
  if (f.waiting) return { kind: 'pending', flying: f.flying };
  if (f.flying > 0) return { kind: 'saving', flying: f.flying };
  return { kind: 'saved' };
}

/**
 * The one transition function. Events that cannot apply (a commit with no write in flight, a
 * start with nothing waiting) leave the state as it is; stopped is final.
 */
export function next(s: SaveState, e: SaveEvent): SaveState {
  if (s.kind === 'stopped' || e.type === 'halt') return { kind: 'stopped' };
  const f = factsOf(s);
  switch (e.type) {
    case 'edit':
      return stateOf({ ...f, waiting: true });
    case 'start':
      return f.waiting ? stateOf({ ...f, waiting: false, flying: f.flying + 1 }) : s;
    case 'commit':
      // Any commit means storage works again: a failure shown before is over.
      return f.flying
        ? stateOf({ waiting: f.waiting, flying: f.flying - 1, failures: 0, full: false })
        : s;
    case 'fail':
      return f.flying
        ? stateOf({ waiting: true, flying: f.flying - 1, failures: f.failures + 1, full: e.full })
        : s;
    case 'abort':
      return f.flying ? stateOf({ ...f, waiting: true, flying: f.flying - 1 }) : s;
  }
}

export function statusOf(s: SaveState): SaveStatus {
  switch (s.kind) {
    case 'idle':
    case 'saved':
      return 'saved';
    case 'pending':
      return 'pending';
    case 'saving':
      return 'saving';
    case 'failed':
      return s.full ? 'full' : 'error';
    case 'stopped':
      return 'stopped';
  }
}

/** Failed writes in a row (for the retry back-off and for how often to say so). */
export const failuresOf = (s: SaveState): number => (s.kind === 'failed' ? s.failures : 0);
