// What the panels (history, snapshots, backup) need from the running app.
import type { Db, HistoryRecord } from '../db/db';
import type { Persistence } from '../db/persist';
import { tableRows } from '../model/table';
import type { AppState } from '../state/state';
import { shownText, type SnapshotName } from '../state/messages';
import { say } from '../state/state';
import type { Store } from '../state/store';
import { t } from './strings';

export interface Services {
  store: Store<AppState>;
  db(): Db | null;
  persistence(): Persistence | null;
  /** Changes logged while running without IndexedDB. */
  memoryHistory: HistoryRecord[];
  appVersion: string;
  /** Offers a reload with this reason (the page banner); absent in tests. */
  askReload?(text: string): void;
}

/** Automatic snapshots kept; manual ones are never pruned. */
export const KEEP_AUTO_SNAPSHOTS = 10;

export async function takeSnapshot(
  sv: Services,
  name: string | SnapshotName,
  auto: boolean,
): Promise<boolean> {
  const db = sv.db();
  if (!db) return false;
  const s = sv.store.getState();
  try {
    await db.saveSnapshot(
      { name, t: Date.now(), auto, rows: s.table.size },
      {
        observations: tableRows(s.table),
        goalSets: s.goalSets,
        catalog: [...s.catalog.values()],
        peerGroups: s.peerGroups,
      },
      KEEP_AUTO_SNAPSHOTS,
    );
    return true;
  } catch (e) {
    sv.store.update((st) =>
      say(st, 'error', shownText(t.snap.saveFailed(e instanceof Error ? e.message : String(e)))),
    );
    return false;
  }
}

export async function historyRecords(sv: Services, limit = 500): Promise<HistoryRecord[]> {
  const db = sv.db();
  if (db) {
    try {
      await sv.persistence()?.flush();
      return await db.history(limit);
    } catch {
      // Storage failed under us: the session's own log, from memory.
    }
  }
  return [...sv.memoryHistory].reverse().slice(0, limit);
}
