// A synchronous journal of changes not yet committed to IndexedDB, kept in localStorage under
// this tab's key. A reload, a tab close or a crash between Enter and the commit leaves it behind;
// the next load re-applies it through the normal path (store → persistence). Each tab holds a
// Web Lock named after its key for its lifetime, so only journals of tabs that are gone are taken.
import type { GoalSet } from '../model/goalSets';
import {
  catalogOf,
  mergeCatalogs,
  mergeFields,
  mergeGoalSets,
  mergeItem,
  mergeList,
  sameObservation,
} from '../model/merge';
import { applyRowChanges, findObservation, type RowChange } from '../model/table';
import { restoreObservation, restorePeerGroups } from '../model/restore';
import { catalogWithSeed } from '../model/catalogSeed';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import { restoreDeck } from '../model/slides';
import { restoreUi } from '../state/restoreUi';
import type { AppState } from '../state/state';
import type { HistoryRecord } from './db';

export interface JournalEntry {
  v: 1;
  t: number;
  /**
   * id → the row now (null = deleted), the districts it may have left, and the row as it was
   * before these unsaved changes (absent in journals written before bases were kept).
   */
  rows: [string, Observation | null, string[], (Observation | null)?][];
  /** Goal sets, settings and deck as they were before these unsaved changes. */
  bases?: {
    goalSets?: GoalSet[];
    ui?: unknown;
    deck?: readonly { id: string }[];
    peerGroups?: readonly { id: string }[];
    catalog?: CatalogEntry[];
  };
  goalSets?: GoalSet[];
  ui?: unknown;
  catalog?: CatalogEntry[];
  deck?: unknown;
  peerGroups?: unknown;
  history?: HistoryRecord[];
}

export interface Journal {
  /** Records what is pending now (null: nothing). False when localStorage refused it. */
  write(entry: JournalEntry | null): boolean;
  /** Journals left by tabs that are gone; those still locked arrive later through `late`. */
  takeOrphans(late: (e: JournalEntry) => void): Promise<JournalEntry[]>;
}

const PREFIX = 'district-health-compare:journal:';

interface LockApi {
  request(name: string, opts: { ifAvailable?: boolean }, cb: (l: unknown) => unknown): unknown;
}

function parse(text: string | null): JournalEntry | null {
  if (!text) return null;
  try {
    const e = JSON.parse(text) as JournalEntry;
    return e && e.v === 1 && Array.isArray(e.rows) ? e : null;
  } catch {
    return null;
  }
}

export function openJournal(
  tabId: string,
  storage: Storage | null = safeLocalStorage(),
  locks: LockApi | null = (globalThis.navigator as { locks?: LockApi } | undefined)?.locks ?? null,
): Journal {
  const key = PREFIX + tabId;
  // Held until the page is gone (a crash releases it too).
  void locks?.request(key, {}, () => new Promise(() => undefined));
  const take = (k: string): JournalEntry | null => {
    const e = parse(storage?.getItem(k) ?? null);
    storage?.removeItem(k);
    return e;
  };
  return {
    write(entry) {
      if (!storage) return false;
      if (!entry) {
        storage.removeItem(key);
        return true;
      }
      for (const e of [entry, { ...entry, history: undefined }]) {
        try {
          storage.setItem(key, JSON.stringify(e));
          return true;
        } catch {
          // Too big for localStorage (a huge import): try without the history log.
        }
      }
      // A stale, older journal must not be replayed over the newer stored data.
      storage.removeItem(key);
      return false;
    },
    async takeOrphans(late) {
      if (!storage) return [];
      const keys: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k?.startsWith(PREFIX) && k !== key) keys.push(k);
      }
      if (!locks) return keys.map(take).filter((e): e is JournalEntry => e !== null);
      const now: JournalEntry[] = [];
      await Promise.all(
        keys.map(
          (k) =>
            locks.request(k, { ifAvailable: true }, (lock) => {
              if (lock) {
                const e = take(k);
                if (e) now.push(e);
              } else
                // Its tab is open, or was just unloaded: take it once the lock is free.
                void locks.request(k, {}, () => {
                  const e = take(k);
                  if (e) late(e);
                });
            }) as Promise<unknown>,
        ),
      );
      return now.sort((a, b) => a.t - b.t);
    },
  };
}

function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/**
 * Re-applies a journal to the state; persistence then writes it like any change. Only what the
 * journal changed since its base goes in: a value stored later (say, an edit saved after the
 * journal's own tab was gone, or this journal replayed once already) is never overwritten.
 */
export function replayJournal(s: AppState, e: JournalEntry, seed: Catalog = new Map()): AppState {
  const changes: RowChange[] = [];
  for (const [id, raw, from, base] of e.rows) {
    // The journal is one more way in: a damaged row in localStorage is judged like any other,
    // and a refused one leaves the stored row as it is.
    const read = raw === null ? null : restoreObservation(raw);
    if (read && !read.ok) continue;
    const row = read ? read.value : null;
    let before: Observation | undefined;
    for (const d of from) before ??= findObservation(s.table, id, d);
    before ??= findObservation(s.table, id);
    const current = before ?? null;
    const after =
      base === undefined
        ? row
        : mergeItem(base, row, current, 'theirs', mergeFields, sameObservation).value;
    if (!sameObservation(current, after)) changes.push({ before: current, after });
  }
  const table = changes.length ? applyRowChanges(s.table, changes) : s.table;
  const extra = [...table.chunks.keys()].filter((d) => !s.districts.includes(d));
  const b = e.bases ?? {};
  const goalSets = !e.goalSets
    ? s.goalSets
    : b.goalSets
      ? mergeGoalSets(b.goalSets, e.goalSets, s.goalSets, 'theirs').value
      : e.goalSets;
  const deck =
    e.deck === undefined
      ? s.deck
      : b.deck
        ? mergeList(restoreDeck(b.deck), restoreDeck(e.deck), s.deck, (x) => x.id, 'theirs').value
        : restoreDeck(e.deck);
  // Peer groups pass their restore step, like every way in.
  const groups = (v: unknown) =>
    restorePeerGroups(v, 'peerGroups', [...s.districts, ...extra]).groups;
  const peerGroups =
    e.peerGroups === undefined
      ? s.peerGroups
      : b.peerGroups
        ? mergeList(groups(b.peerGroups), groups(e.peerGroups), s.peerGroups, (x) => x.id, 'theirs')
            .value
        : groups(e.peerGroups);
  // Settings: only when they are still as the journal's tab last saw them.
  const uiStill = b.ui === undefined || JSON.stringify(restoreUi(b.ui)) === JSON.stringify(s.ui);
  return {
    ...s,
    table,
    districts: extra.length ? [...s.districts, ...extra] : s.districts,
    goalSets,
    // With a base, an entry the journal's tab removed or edited stays so; without, only added.
    // Either way the seed's entries stay, as at start-up.
    catalog: !e.catalog
      ? s.catalog
      : catalogOf(s.catalog, [
          ...catalogWithSeed(
            seed,
            b.catalog
              ? mergeCatalogs(b.catalog, e.catalog, s.catalog.values(), 'theirs')
              : new Map([
                  ...s.catalog,
                  ...e.catalog.map((c) => [c.indicator, c] as const),
                ]).values(),
          ).values(),
        ]),
    ui: e.ui !== undefined && uiStill ? restoreUi(e.ui) : s.ui,
    deck,
    peerGroups,
  };
}
