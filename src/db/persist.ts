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
import { isQuotaError, type Db, type HistoryRecord, type Write } from './db';

/** Cell changes kept per history record. */
export const HISTORY_ROWS = 2000;
/** From this many changed rows in one district, the district is written whole. */
const BIG_CHANGE = 200;

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
  /** This tab's rows not yet written, to re-apply over rows read from storage. */
  pendingRows(): ReadonlyMap<string, Observation | null>;
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
export function diffRows(
  a: ObsTable,
  b: ObsTable,
): Map<string, { row: Observation | null; from: string[] }> {
  const out = new Map<string, { row: Observation | null; from: string[] }>();
  for (const d of changedDistricts(a, b)) {
    const before = new Map((a.chunks.get(d) ?? []).map((o) => [o.id, o]));
    const after = b.chunks.get(d) ?? [];
    const seen = new Set<string>();
    for (const o of after) {
      seen.add(o.id);
      if (before.get(o.id) !== o)
        out.set(o.id, { row: o, from: [...(out.get(o.id)?.from ?? []), d] });
    }
    for (const [id] of before) {
      if (seen.has(id)) continue;
      const prev = out.get(id);
      out.set(id, { row: prev?.row ?? null, from: [...(prev?.from ?? []), d] });
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
    onWritten?: (w: { districts: string[]; goalSets: boolean; catalog: boolean }) => void;
  } = {},
): Persistence {
  // Short: a reload right after an edit should find it already written.
  const delay = opts.delayMs ?? 30;
  let rows = new Map<string, { row: Observation | null; from: string[] }>();
  let history: HistoryRecord[] = [];
  let goalSets = false;
  let ui = false;
  let catalog = false;
  let deck = false;
  let suppress = false;
  let writing = false;
  let inflight = new Map<string, { row: Observation | null; from: string[] }>();
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
        rows.set(id, { row: r.row, from: [...new Set([...(old?.from ?? []), ...r.from])] });
      }
    }
    if (s.lastChange && s.lastChange !== prev.lastChange) {
      history.push(historyRecordOf(s.lastChange));
    }
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
    const taken = { rows, history, goalSets, ui, catalog, deck };
    // Districts with many changed rows are written whole from memory (no read-back): an import
    // or a restore then costs one put per district instead of a read and a put.
    const perDistrict = new Map<string, number>();
    for (const { row, from } of rows.values()) {
      for (const d of new Set([...(row ? [row.district] : []), ...from]))
        perDistrict.set(d, (perDistrict.get(d) ?? 0) + 1);
    }
    const big = new Set([...perDistrict].filter(([, n]) => n >= BIG_CHANGE).map(([d]) => d));
    const small = new Map(
      [...rows].filter(
        ([, r]) => !(r.row && big.has(r.row.district)) && !r.from.some((d) => big.has(d)),
      ),
    );
    const w: Write = {
      rows: small,
      history,
      chunks: big.size
        ? new Map([...big].map((d) => [d, s.table.chunks.get(d) ?? null]))
        : undefined,
    };
    if (goalSets) w.goalSets = s.goalSets;
    if (ui) w.ui = s.ui;
    if (catalog) w.catalog = [...s.catalog.values()];
    if (deck) w.deck = s.deck;
    inflight = rows;
    rows = new Map();
    history = [];
    goalSets = ui = catalog = deck = false;
    status('saving');
    writing = true;
    try {
      const done = await db.write(w);
      writing = false;
      inflight = new Map();
      failures = 0;
      status(pending() ? 'pending' : 'saved');
      opts.onWritten?.({
        districts: done.districts,
        goalSets: taken.goalSets,
        catalog: taken.catalog,
      });
      return true;
    } catch (e) {
      writing = false;
      inflight = new Map();
      // Put the work back (newer changes win) so the next attempt carries it; edits stay in memory.
      for (const [id, r] of taken.rows) if (!rows.has(id)) rows.set(id, r);
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
    pendingRows: () => new Map([...inflight, ...rows].map(([id, r]) => [id, r.row])),
    stop() {
      unsubscribe();
      if (timer) clearTimeout(timer);
    },
  };
}
