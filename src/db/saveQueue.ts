// What waits to be written, and what each write on its way carries: the changed rows (with
// the base this tab last saw, so a write merges over other tabs' changes), the history, and
// which small records (goal sets, settings, catalog, deck) changed.
import type { AppState } from '../state/state';
import type { HistoryRecord, RowWrite, Write } from './db';
import { diffRows, historyRecordOf } from './changes';
import type { JournalEntry } from './journal';

/** Rows kept in the localStorage journal at most (about 1.5 MB). */
export const JOURNAL_MAX_ROWS = 5000;

export type Bases = NonNullable<Write['bases']>;
type Small = 'goalSets' | 'ui' | 'catalog' | 'deck' | 'peerGroups';

/** What one write carries, kept until it commits (journal, re-queue on failure). */
export interface Taken {
  rows: Map<string, RowWrite>;
  history: HistoryRecord[];
  goalSets: boolean;
  ui: boolean;
  catalog: boolean;
  deck: boolean;
  peerGroups: boolean;
  bases: Bases;
  /** Written by the debounced write (not the one queued as the page goes away). */
  async: boolean;
}

const empty = (): Taken => ({
  rows: new Map(),
  history: [],
  goalSets: false,
  ui: false,
  catalog: false,
  deck: false,
  peerGroups: false,
  bases: {},
  async: false,
});

export interface SaveQueue {
  /** Takes in a store change; true when it left something to write. */
  note(s: AppState, prev: AppState): boolean;
  addHistory(h: readonly HistoryRecord[]): void;
  /** What waits (not yet taken into a write). */
  readonly waiting: Taken;
  isEmpty(): boolean;
  /** Moves everything waiting into a write on its way. */
  take(async: boolean): Taken;
  /** A write is over (committed or not). */
  land(taken: Taken): void;
  /** A write did not commit: what it carried waits again, under newer changes. */
  requeue(taken: Taken): void;
  /** Writes on their way. */
  readonly flying: ReadonlySet<Taken>;
}

export function createSaveQueue(): SaveQueue {
  let waiting = empty();
  const flying = new Set<Taken>();
  return {
    get waiting() {
      return waiting;
    },
    flying,
    note(s, prev) {
      let changed = false;
      if (s.table !== prev.table) {
        for (const [id, r] of diffRows(prev.table, s.table)) {
          const old = waiting.rows.get(id);
          // diffRows' lists are fresh and without repeats: only a row already waiting merges two.
          const from = old ? [...new Set([...old.from, ...r.from])] : r.from;
          waiting.rows.set(id, { row: r.row, from, base: old ? old.base : r.base });
          changed = true;
        }
      }
      if (s.lastChange && s.lastChange !== prev.lastChange) {
        waiting.history.push(historyRecordOf(s.lastChange));
        changed = true;
      }
      const { bases } = waiting;
      if (s.goalSets !== prev.goalSets && !waiting.goalSets) bases.goalSets = prev.goalSets;
      if (s.ui !== prev.ui && !waiting.ui) bases.ui = prev.ui;
      if (s.deck !== prev.deck && !waiting.deck) bases.deck = prev.deck;
      if (s.peerGroups !== prev.peerGroups && !waiting.peerGroups)
        bases.peerGroups = prev.peerGroups;
      if (s.catalog !== prev.catalog && !waiting.catalog)
        bases.catalog = [...prev.catalog.values()];
      if (s.goalSets !== prev.goalSets) changed = waiting.goalSets = true;
      if (s.ui !== prev.ui) changed = waiting.ui = true;
      if (s.catalog !== prev.catalog) changed = waiting.catalog = true;
      if (s.deck !== prev.deck) changed = waiting.deck = true;
      if (s.peerGroups !== prev.peerGroups) changed = waiting.peerGroups = true;
      return changed;
    },
    addHistory(h) {
      waiting.history.push(...h);
    },
    isEmpty: () => isEmpty(waiting),
    take(async) {
      const taken = { ...waiting, async };
      waiting = empty();
      flying.add(taken);
      return taken;
    },
    land(taken) {
      flying.delete(taken);
    },
    requeue(taken) {
      // Newer changes win, over the older base; the next attempt carries the rest.
      const now = waiting;
      for (const [id, r] of taken.rows) {
        const row = now.rows.get(id);
        now.rows.set(
          id,
          row ? { ...row, base: r.base, from: [...new Set([...r.from, ...row.from])] } : r,
        );
      }
      now.history = [...taken.history, ...now.history];
      now.bases = { ...now.bases, ...taken.bases };
      for (const k of ['goalSets', 'ui', 'catalog', 'deck', 'peerGroups'] as const)
        now[k] ||= taken[k];
    },
  };
}

function isEmpty(x: Taken): boolean {
  return (
    !x.rows.size &&
    !x.history.length &&
    !x.goalSets &&
    !x.ui &&
    !x.catalog &&
    !x.deck &&
    !x.peerGroups
  );
}

/** The write for what is waiting: changed rows, and the small records whole. */
export function writeOf(x: Taken, s: AppState): Write {
  const w: Write = { rows: x.rows, history: x.history, bases: x.bases };
  if (x.goalSets) w.goalSets = s.goalSets;
  if (x.ui) w.ui = s.ui;
  if (x.catalog) w.catalog = [...s.catalog.values()];
  if (x.deck) w.deck = s.deck;
  if (x.peerGroups) w.peerGroups = s.peerGroups;
  return w;
}

/**
 * Everything not yet committed, as one journal entry: null when nothing is, 'tooLarge' past
 * JOURNAL_MAX_ROWS rows (a huge change, an import, would not fit in localStorage anyway).
 */
export function journalEntryOf(
  all: readonly Taken[],
  s: AppState,
): JournalEntry | null | 'tooLarge' {
  const some = (k: Small) => all.some((x) => x[k]);
  // One write past the limit is enough to know (an import's 100,000 rows are not copied to see).
  if (all.some((x) => x.rows.size > JOURNAL_MAX_ROWS)) return 'tooLarge';
  const rows = new Map(all.flatMap((x) => [...x.rows]));
  const history = all.flatMap((x) => x.history);
  const small =
    some('goalSets') || some('ui') || some('catalog') || some('deck') || some('peerGroups');
  if (!rows.size && !history.length && !small) return null;
  if (rows.size > JOURNAL_MAX_ROWS) return 'tooLarge';
  return {
    v: 1,
    t: Date.now(),
    // With each row's base: a replay then changes only what storage has not changed since.
    rows: [...rows].map(([id, r]) => [id, r.row, r.from, r.base ?? null]),
    bases: Object.assign({}, ...all.map((x) => x.bases).reverse()) as Bases,
    goalSets: some('goalSets') ? s.goalSets : undefined,
    ui: some('ui') ? s.ui : undefined,
    catalog: some('catalog') ? [...s.catalog.values()] : undefined,
    deck: some('deck') ? s.deck : undefined,
    peerGroups: some('peerGroups') ? s.peerGroups : undefined,
    history,
  };
}
