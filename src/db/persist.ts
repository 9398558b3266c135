// Persistence as a store subscriber: collects changed rows, writes them after a short pause,
// flushes when the page is hidden, logs every change to the history, tells other tabs, and
// keeps retrying (without losing edits) when a write fails. Until a change has committed it
// is also in the journal (localStorage), and the status never says saved before the commit.
// A write carries each row's base (what this tab last saw), so it merges over other tabs.
import type { GoalSet } from '../model/goalSets';
import type { CatalogEntry, Observation } from '../model/types';
import type { AppState } from '../state/state';
import { cellsOf } from '../state/messages';
import { say } from '../state/state';
import type { Store } from '../state/store';
import { goalCells } from '../state/undoGuard';
import {
  isQuotaError,
  type Db,
  type HistoryRecord,
  type Replaced,
  type RowWrite,
  type Write,
} from './db';
import { diffRows, historyRecordOf } from './changes';
import { replayJournal, type Journal, type JournalEntry } from './journal';

export { HISTORY_ROWS, historyRecordOf } from './changes';

/** Rows kept in the localStorage journal at most (about 1.5 MB). */
const JOURNAL_MAX_ROWS = 5000;

/** 'full': the disk is full (retrying); 'stopped': storage is gone, nothing is written. */
export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'full' | 'stopped';

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

type Pending = Map<string, RowWrite>;
type Bases = NonNullable<Write['bases']>;
/** What one write carries, kept until it commits (journal, re-queue on failure). */
interface Taken {
  rows: Pending;
  history: HistoryRecord[];
  goalSets: boolean;
  ui: boolean;
  catalog: boolean;
  deck: boolean;
  bases: Bases;
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
    }) => void;
    journal?: Pick<Journal, 'write'>;
  } = {},
): Persistence {
  // Short: a reload right after an edit should find it already written.
  const delay = opts.delayMs ?? 30;
  let rows: Pending = new Map();
  let history: HistoryRecord[] = [];
  let goalSets = false;
  let ui = false;
  let catalog = false;
  let deck = false;
  // What this tab had before its unsaved changes: a write merges over others' changes since.
  let bases: Bases = {};
  let suppress = false;
  let writing = false;
  let halted = db === null;
  const flying = new Set<Taken>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let failures = 0;
  let full = false;
  let journalWarned = false;
  const status = (s: SaveStatus) => opts.onStatus?.(s);
  const pending = () => rows.size > 0 || history.length > 0 || goalSets || ui || catalog || deck;

  /** The status from the facts: saved only when nothing is pending or in flight. */
  function settle() {
    journal();
    if (halted) status('stopped');
    else if (failures) status(full ? 'full' : 'error');
    else status(pending() ? 'pending' : flying.size ? 'saving' : 'saved');
  }

  function journal() {
    if (!opts.journal) return;
    const all: Taken[] = [...flying, { rows, history, goalSets, ui, catalog, deck, bases }];
    const some = (k: 'goalSets' | 'ui' | 'catalog' | 'deck') => all.some((x) => x[k]);
    const merged = new Map(all.flatMap((x) => [...x.rows]));
    const hist = all.flatMap((x) => x.history);
    const small = some('goalSets') || some('ui') || some('catalog') || some('deck');
    if (!merged.size && !hist.length && !small) return void opts.journal.write(null);
    const s = store.getState();
    // A huge change (an import) would not fit in localStorage anyway; it is written at once.
    const ok =
      merged.size <= JOURNAL_MAX_ROWS &&
      opts.journal.write({
        v: 1,
        t: Date.now(),
        // With each row's base: a replay then changes only what storage has not changed since.
        rows: [...merged].map(([id, r]) => [id, r.row, r.from, r.base ?? null]),
        bases: Object.assign({}, ...all.map((x) => x.bases).reverse()) as Bases,
        goalSets: some('goalSets') ? s.goalSets : undefined,
        ui: some('ui') ? s.ui : undefined,
        catalog: some('catalog') ? [...s.catalog.values()] : undefined,
        deck: some('deck') ? s.deck : undefined,
        history: hist,
      });
    if (!ok) opts.journal.write(null);
    // Without storage the journal is all there is: say when it can no longer hold the changes.
    if (!ok && halted && !journalWarned) {
      journalWarned = true;
      queueMicrotask(() => store.update((st) => say(st, 'error', { code: 'journalFull' })));
    }
  }

  const unsubscribe = store.subscribe((s, prev) => {
    if (suppress) return;
    let changed = false;
    if (s.table !== prev.table) {
      for (const [id, r] of diffRows(prev.table, s.table)) {
        const old = rows.get(id);
        const from = [...new Set([...(old?.from ?? []), ...r.from])];
        rows.set(id, { row: r.row, from, base: old ? old.base : r.base });
        changed = true;
      }
    }
    if (s.lastChange && s.lastChange !== prev.lastChange) {
      history.push(historyRecordOf(s.lastChange));
      changed = true;
    }
    if (s.goalSets !== prev.goalSets && !goalSets) bases.goalSets = prev.goalSets;
    if (s.ui !== prev.ui && !ui) bases.ui = prev.ui;
    if (s.deck !== prev.deck && !deck) bases.deck = prev.deck;
    if (s.goalSets !== prev.goalSets) changed = goalSets = true;
    if (s.ui !== prev.ui) changed = ui = true;
    if (s.catalog !== prev.catalog) changed = catalog = true;
    if (s.deck !== prev.deck) changed = deck = true;
    if (!changed) return;
    // Synchronously, before anything else can happen: a reload now finds the change here.
    settle();
    if (!halted) schedule(delay);
  });

  function schedule(ms: number) {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  function requeue(taken: Taken) {
    // Newer changes win, over the older base; the next attempt carries the rest.
    for (const [id, r] of taken.rows) {
      const now = rows.get(id);
      rows.set(
        id,
        now ? { ...now, base: r.base, from: [...new Set([...r.from, ...now.from])] } : r,
      );
    }
    history = [...taken.history, ...history];
    bases = { ...bases, ...taken.bases };
    goalSets ||= taken.goalSets;
    ui ||= taken.ui;
    catalog ||= taken.catalog;
    deck ||= taken.deck;
  }

  function take(): Taken {
    const taken = { rows, history, goalSets, ui, catalog, deck, bases };
    rows = new Map();
    history = [];
    bases = {};
    goalSets = ui = catalog = deck = false;
    flying.add(taken);
    return taken;
  }

  async function writeOnce(): Promise<boolean> {
    if (halted || !db) {
      settle();
      return false;
    }
    if (!pending()) {
      settle();
      return true;
    }
    const s = store.getState();
    const w: Write = { rows, history, bases };
    if (goalSets) w.goalSets = s.goalSets;
    if (ui) w.ui = s.ui;
    if (catalog) w.catalog = [...s.catalog.values()];
    if (deck) w.deck = s.deck;
    const taken = take();
    status('saving');
    writing = true;
    try {
      const done = await db.write(w);
      writing = false;
      flying.delete(taken);
      failures = 0;
      full = false;
      settle();
      if (done.replaced) sayReplaced(done.replaced);
      opts.onWritten?.({
        districts: done.districts,
        goalSets: taken.goalSets,
        catalog: taken.catalog,
        deck: taken.deck,
      });
      return true;
    } catch (e) {
      writing = false;
      flying.delete(taken);
      requeue(taken);
      if (halted) {
        settle();
        return false;
      }
      failures++;
      full = isQuotaError(e);
      settle();
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
    if (timer) clearTimeout(timer);
    timer = null;
    // Chain writes so two flushes never interleave.
    running = (running ?? Promise.resolve(true)).then(writeOnce, writeOnce);
    return running;
  }

  function flushNow(): void {
    // An in-flight async write may never finish once the page is gone, so what it carried goes
    // again: its rows, and the small records (settings, goal sets, catalog, deck) whole.
    const again = writing;
    if (halted || !db || (!pending() && !again)) return;
    if (timer) clearTimeout(timer);
    timer = null;
    const s = store.getState();
    const districts = new Set<string>();
    for (const { row, from } of [
      ...[...flying].flatMap((x) => [...x.rows.values()]),
      ...rows.values(),
    ]) {
      if (row) districts.add(row.district);
      for (const d of from) districts.add(d);
    }
    const w: Write = {
      chunks: new Map([...districts].map((d) => [d, s.table.chunks.get(d) ?? null])),
      history,
      goalSets: goalSets || again ? s.goalSets : undefined,
      ui: ui || again ? s.ui : undefined,
      catalog: catalog || again ? [...s.catalog.values()] : undefined,
      deck: deck || again ? s.deck : undefined,
    };
    // Still journaled until it commits: the page may be gone before then.
    const taken = take();
    db.writeNow(w).then(
      () => {
        flying.delete(taken);
        settle();
      },
      () => {
        flying.delete(taken);
        requeue(taken);
        settle();
        if (!halted) schedule(delay);
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
    pendingRows: () => new Map([...[...flying].flatMap((x) => [...x.rows]), ...rows]),
    pendingBases: () => Object.assign({}, bases, ...[...flying].map((x) => x.bases)) as Bases,
    replay(e) {
      store.update((s) => replayJournal(s, e));
      if (e.history?.length) {
        history.push(...e.history);
        settle();
        if (!halted) schedule(delay);
      }
    },
    halt() {
      halted = true;
      if (timer) clearTimeout(timer);
      timer = null;
      settle();
    },
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
