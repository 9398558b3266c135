// Persistence as a store subscriber: collects changed rows, writes them after a short pause,
// flushes when the page is hidden, logs every change to the history, tells other tabs, and
// keeps retrying (without losing edits) when a write fails.
import { t } from '../i18n';
import type { GoalSet } from '../model/goalSets';
import { changedDistricts, type ObsTable } from '../model/table';
import type { CatalogEntry, Observation } from '../model/types';
import type { AppState } from '../state/state';
import { say } from '../state/state';
import type { Store } from '../state/store';
import { cellNames, goalCells } from '../state/undoGuard';
import {
  isQuotaError,
  type Db,
  type HistoryRecord,
  type Replaced,
  type RowWrite,
  type Write,
} from './db';

/** Cell changes kept per history record. */
export const HISTORY_ROWS = 2000;

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

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
  stop(): void;
}

/** The history log's record of one change (stored, or kept in memory without storage). */
export function historyRecordOf({
  patch,
  source,
}: NonNullable<AppState['lastChange']>): HistoryRecord {
  return {
    t: Date.now(),
    source,
    label: patch.label,
    // A 100,000-row import is logged by its first cells and a count; the snapshot taken
    // before it holds the rest, so the log stays small and fast to write.
    rows: patch.rows.length > HISTORY_ROWS ? patch.rows.slice(0, HISTORY_ROWS) : patch.rows,
    omitted: Math.max(0, patch.rows.length - HISTORY_ROWS) || undefined,
    goalSets: patch.goalSets,
  };
}

/** Rows that differ between two tables, by identity, for the districts whose chunk changed. */
export function diffRows(a: ObsTable, b: ObsTable): Map<string, Required<RowWrite>> {
  const out = new Map<string, Required<RowWrite>>();
  for (const d of changedDistricts(a, b)) {
    const before = new Map((a.chunks.get(d) ?? []).map((o) => [o.id, o]));
    const after = b.chunks.get(d) ?? [];
    const seen = new Set<string>();
    for (const o of after) {
      seen.add(o.id);
      const prev = out.get(o.id);
      const base = prev?.base ?? before.get(o.id) ?? null;
      if (before.get(o.id) !== o) out.set(o.id, { row: o, from: prev?.from ?? [], base });
    }
    for (const [id, was] of before) {
      if (seen.has(id)) continue;
      const prev = out.get(id);
      out.set(id, { row: prev?.row ?? null, from: [...(prev?.from ?? []), d], base: was });
    }
  }
  return out;
}

export function connectPersistence(
  store: Store<AppState>,
  db: Db,
  opts: {
    delayMs?: number;
    onStatus?: (s: SaveStatus) => void;
    onWritten?: (w: {
      districts: string[];
      goalSets: boolean;
      catalog: boolean;
      deck: boolean;
    }) => void;
  } = {},
): Persistence {
  // Short: a reload right after an edit should find it already written.
  const delay = opts.delayMs ?? 30;
  let rows = new Map<string, RowWrite>();
  let history: HistoryRecord[] = [];
  let goalSets = false;
  let ui = false;
  let catalog = false;
  let deck = false;
  let suppress = false;
  let writing = false;
  let inflight = new Map<string, RowWrite>();
  // What this tab had before its unsaved changes: a write merges over others' changes since.
  let bases: NonNullable<Write['bases']> = {};
  let inflightBases: NonNullable<Write['bases']> = {};
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<boolean> | null = null;
  let failures = 0;
  const status = (s: SaveStatus) => opts.onStatus?.(s);
  const pending = () => rows.size > 0 || history.length > 0 || goalSets || ui || catalog || deck;

  const unsubscribe = store.subscribe((s, prev) => {
    if (suppress) return;
    if (s.table !== prev.table) {
      for (const [id, r] of diffRows(prev.table, s.table)) {
        const old = rows.get(id);
        const from = [...new Set([...(old?.from ?? []), ...r.from])];
        rows.set(id, { row: r.row, from, base: old ? old.base : r.base });
      }
    }
    if (s.lastChange && s.lastChange !== prev.lastChange) {
      history.push(historyRecordOf(s.lastChange));
    }
    if (s.goalSets !== prev.goalSets && !goalSets) bases.goalSets = prev.goalSets;
    if (s.ui !== prev.ui && !ui) bases.ui = prev.ui;
    if (s.deck !== prev.deck && !deck) bases.deck = prev.deck;
    if (s.goalSets !== prev.goalSets) goalSets = true;
    if (s.ui !== prev.ui) ui = true;
    if (s.catalog !== prev.catalog) catalog = true;
    if (s.deck !== prev.deck) deck = true;
    if (pending()) schedule(delay);
  });

  function schedule(ms: number) {
    status('pending');
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void flush(), ms);
  }

  async function writeOnce(): Promise<boolean> {
    if (!pending()) {
      status('saved');
      return true;
    }
    const s = store.getState();
    const taken = { rows, history, goalSets, ui, catalog, deck, bases };
    const w: Write = { rows, history, bases };
    if (goalSets) w.goalSets = s.goalSets;
    if (ui) w.ui = s.ui;
    if (catalog) w.catalog = [...s.catalog.values()];
    if (deck) w.deck = s.deck;
    inflight = rows;
    inflightBases = bases;
    bases = {};
    rows = new Map();
    history = [];
    goalSets = ui = catalog = deck = false;
    status('saving');
    writing = true;
    try {
      const done = await db.write(w);
      writing = false;
      inflight = new Map();
      inflightBases = {};
      failures = 0;
      status(pending() ? 'pending' : 'saved');
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
      inflight = new Map();
      inflightBases = {};
      bases = { ...bases, ...taken.bases };
      // Put the work back (newer changes win) so the next attempt carries it; edits stay in memory.
      for (const [id, r] of taken.rows) {
        const now = rows.get(id);
        rows.set(
          id,
          now ? { ...now, base: r.base, from: [...new Set([...r.from, ...now.from])] } : r,
        );
      }
      history = [...taken.history, ...history];
      goalSets ||= taken.goalSets;
      ui ||= taken.ui;
      catalog ||= taken.catalog;
      deck ||= taken.deck;
      failures++;
      status('error');
      const text = isQuotaError(e)
        ? t.msg.storageFull
        : t.msg.saveFailed(e instanceof Error ? e.message : String(e));
      if (failures === 1 || failures % 5 === 0) store.update((st) => say(st, 'error', text));
      schedule(Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)));
      return false;
    }
  }

  // Both tabs changed the same cell at once: this tab's value was stored last; say so.
  function sayReplaced({ cells, targets }: Replaced) {
    const all = [...cells, ...goalCells(store.getState(), targets)];
    if (all.length) store.update((st) => say(st, 'warning', t.msg.savedOver(cellNames(st, all))));
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
    if (!pending() && !again) return;
    if (timer) clearTimeout(timer);
    timer = null;
    const s = store.getState();
    const districts = new Set<string>();
    for (const { row, from } of [...inflight.values(), ...rows.values()]) {
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
    rows = new Map();
    history = [];
    goalSets = ui = catalog = deck = false;
    void db.writeNow(w).catch(() => undefined);
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
    pendingRows: () => new Map([...inflight, ...rows]),
    pendingBases: () => ({ ...bases, ...inflightBases }),
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
