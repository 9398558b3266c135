// Persistence as a store subscriber: collects changed rows, writes them after a short pause,
// flushes when the page is hidden, logs every change to the history, tells other tabs, and
// keeps retrying (without losing edits) when a write fails. Until a change has committed it
// is also in the journal (localStorage). The status comes from the state machine in
// saveState.ts, fed with what happens here; what waits and what flies is in saveQueue.ts.
// A write carries each row's base (what this tab last saw), so it merges over other tabs.
import type { GoalSet } from '../model/goalSets';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import type { AppState } from '../state/state';
import { cellsOf } from '../state/messages';
import { say } from '../state/state';
import type { Store } from '../state/store';
import { goalCells } from '../state/undoGuard';
import { isQuotaError, type Db, type Replaced, type Write } from './db';
import { replayJournal, type Journal, type JournalEntry } from './journal';
import { createSaveQueue, journalEntryOf, writeOf, type Bases, type Taken } from './saveQueue';
import {
  failuresOf,
  initialSaveState,
  next,
  statusOf,
  type SaveEvent,
  type SaveStatus,
} from './saveState';

export { HISTORY_ROWS, historyRecordOf } from './changes';

/** At most this long an idle moment is awaited before a write goes anyway (ms). */
const IDLE_WAIT_MS = 200;
export type { SaveStatus } from './saveState';

export interface RemoteChange {
  chunks: Map<string, Observation[]>;
  goalSets?: GoalSet[];
  catalog?: CatalogEntry[];
}

export interface Persistence {
  /** Writes what is pending now; resolves false when the write failed (it will be retried). */
  flush(): Promise<boolean>;
  /** For pagehide: queues everything pending in one synchronous burst of requests. */
  flushNow(): void;
  /** Applies a change that is already stored (another tab's), without writing it back. */
  applyStored(fn: (s: AppState) => AppState): void;
  /** This tab's rows not yet written (with their base), to merge over rows read from storage. */
  pendingRows(): ReadonlyMap<string, { row: Observation | null; base?: Observation | null }>;
  /** Goal sets and deck as they were before this tab's unsaved changes to them. */
  pendingBases(): Write['bases'];
  /** Re-applies a journal left by a tab that is gone; it is then saved like any change. */
  replay(e: JournalEntry): void;
  /** Storage is gone: write nothing more, keep tracking (and journaling) changes. */
  halt(): void;
  stop(): void;
}

export function connectPersistence(
  store: Store<AppState>,
  db: Db | null,
  opts: {
    delayMs?: number;
    onStatus?: (s: SaveStatus) => void;
    onWritten?: (w: {
      districts: string[];
      goalSets: boolean;
      catalog: boolean;
      deck: boolean;
      peerGroups?: boolean;
    }) => void;
    journal?: Pick<Journal, 'write'>;
    /** The built-in catalog, kept whole when a journal is replayed. */
    seed?: Catalog;
  } = {},
): Persistence {
  // Short: a reload right after an edit should find it already written.
  const delay = opts.delayMs ?? 30;
  const queue = createSaveQueue();
  let state = initialSaveState(db !== null);
  let suppress = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let journalWarned = false;
  const halted = () => state.kind === 'stopped';

  /** Moves the state machine, journals what is not committed, and shows the status. */
  function dispatch(e: SaveEvent) {
    state = next(state, e);
    // A start only moves changes from waiting to flying: the journal would stay the same.
    if (e.type !== 'start') journal();
    opts.onStatus?.(statusOf(state));
  }

  function journal() {
    if (!opts.journal) return;
    const entry = journalEntryOf([...queue.flying, queue.waiting], store.getState());
    if (!entry) return void opts.journal.write(null);
    // A huge change (an import) would not fit in localStorage anyway; it is written at once.
    const ok = entry !== 'tooLarge' && opts.journal.write(entry);
    if (!ok) opts.journal.write(null);
    // Without storage the journal is all there is: say when it can no longer hold the changes.
    if (!ok && halted() && !journalWarned) {
      journalWarned = true;
      queueMicrotask(() => store.update((st) => say(st, 'error', { code: 'journalFull' })));
    }
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (suppress || !queue.note(s, prev)) return;
    // Synchronously, before anything else can happen: a reload now finds the change here.
    dispatch({ type: 'edit' });
    if (!halted()) schedule(delay);
  });

  // The write waits for an idle moment after the pause as well: its structured clone and
  // merge stay off the frames that paint an edit (the journal already holds the change).
  let idle: number | null = null;
  function schedule(ms: number) {
    unschedule();
    timer = setTimeout(() => {
      timer = null;
      if (typeof requestIdleCallback !== 'function') return void flush();
      idle = requestIdleCallback(
        () => {
          idle = null;
          void flush();
        },
        { timeout: IDLE_WAIT_MS },
      );
    }, ms);
  }

  function unschedule() {
    if (timer) clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
    timer = null;
    idle = null;
  }

  /** Takes everything waiting into one write. */
  function take(async: boolean): Taken {
    const taken = queue.take(async);
    dispatch({ type: 'start' });
    return taken;
  }

  async function writeOnce(): Promise<boolean> {
    if (halted() || !db) return false;
    if (queue.isEmpty()) return true;
    const w = writeOf(queue.waiting, store.getState());
    const taken = take(true);
    try {
      const done = await db.write(w);
      queue.land(taken);
      dispatch({ type: 'commit' });
      if (done.replaced) sayReplaced(done.replaced);
      opts.onWritten?.({
        districts: done.districts,
        goalSets: taken.goalSets,
        catalog: taken.catalog,
        deck: taken.deck,
        peerGroups: taken.peerGroups,
      });
      return true;
    } catch (e) {
      queue.land(taken);
      queue.requeue(taken);
      const full = isQuotaError(e);
      dispatch({ type: 'fail', full });
      if (halted()) return false;
      const failures = failuresOf(state);
      const msg = full
        ? ({ code: 'storageFull' } as const)
        : ({ code: 'saveFailed', error: e instanceof Error ? e.message : String(e) } as const);
      if (failures === 1 || failures % 5 === 0) store.update((st) => say(st, 'error', msg));
      schedule(Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)));
      return false;
    }
  }

  // Both tabs changed the same cell at once: this tab's value was stored last; say so.
  function sayReplaced({ cells, targets }: Replaced) {
    const all = [...cells, ...goalCells(store.getState(), targets)];
    if (all.length)
      store.update((st) => say(st, 'warning', { code: 'savedOver', ...cellsOf(all) }));
  }

  function flush(): Promise<boolean> {
    unschedule();
    // Chain writes so two flushes never interleave.
    running = (running ?? Promise.resolve(true)).then(writeOnce, writeOnce);
    return running;
  }

  function flushNow(): void {
    // An in-flight async write may never finish once the page is gone, so what it carried goes
    // again: its rows, and the small records (settings, goal sets, catalog, deck) whole.
    const again = [...queue.flying].some((x) => x.async);
    if (halted() || !db || (queue.isEmpty() && !again)) return;
    unschedule();
    const s = store.getState();
    const { waiting } = queue;
    const districts = new Set<string>();
    for (const { row, from } of [
      ...[...queue.flying].flatMap((x) => [...x.rows.values()]),
      ...waiting.rows.values(),
    ]) {
      if (row) districts.add(row.district);
      for (const d of from) districts.add(d);
    }
    const w: Write = {
      chunks: new Map([...districts].map((d) => [d, s.table.chunks.get(d) ?? null])),
      history: waiting.history,
      goalSets: waiting.goalSets || again ? s.goalSets : undefined,
      ui: waiting.ui || again ? s.ui : undefined,
      catalog: waiting.catalog || again ? [...s.catalog.values()] : undefined,
      deck: waiting.deck || again ? s.deck : undefined,
      peerGroups: waiting.peerGroups || again ? s.peerGroups : undefined,
    };
    // Only a repeat of the write in flight: that write's own end tells whether it is saved.
    if (queue.isEmpty()) return void db.writeNow(w).catch(() => undefined);
    // Still journaled until it commits: the page may be gone before then.
    const taken = take(false);
    db.writeNow(w).then(
      () => {
        queue.land(taken);
        dispatch({ type: 'commit' });
      },
      () => {
        queue.land(taken);
        queue.requeue(taken);
        dispatch({ type: 'abort' });
        if (!halted()) schedule(delay);
      },
    );
  }

  return {
    flushNow,
    flush,
    applyStored(fn) {
      suppress = true;
      try {
        store.update(fn);
      } finally {
        suppress = false;
      }
    },
    pendingRows: () =>
      new Map([...[...queue.flying].flatMap((x) => [...x.rows]), ...queue.waiting.rows]),
    pendingBases: () =>
      Object.assign({}, queue.waiting.bases, ...[...queue.flying].map((x) => x.bases)) as Bases,
    replay(e) {
      store.update((s) => replayJournal(s, e, opts.seed));
      if (e.history?.length) {
        queue.addHistory(e.history);
        dispatch({ type: 'edit' });
        if (!halted()) schedule(delay);
      }
    },
    halt() {
      unschedule();
      dispatch({ type: 'halt' });
    },
    stop() {
      unsubscribe();
      unschedule();
    },
  };
}
