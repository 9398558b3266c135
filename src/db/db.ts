// The database's types and openDb. Observations are stored one record per district (a chunk), so
// a city-scale import is a few dozen puts while one edit rewrites one small record. schema.ts
// holds the only Dexie import (tables, versions), load.ts the reads, write.ts the writes and
// snapshots.ts the snapshots and a backup's logs.
import type { GoalSet } from '../model/goalSets';
import type { CustomPeerGroup } from '../model/peerGroups';
import type { ObsTable, RowChange } from '../model/table';
import type { CatalogEntry, Observation } from '../model/types';
import { type SnapshotName, type StoredLabel } from '../state/messages';
import { loadStored, readCatalog, readChunks, readDeck, readPeerGroups } from './load';
import { keepAsideIn, type Refused } from './restoreRows';
import { AppDb, goalSetsNow, type Conn } from './schema';
import { addRestored, deleteSnapshot, manualSnapshots, saveSnapshot } from './snapshots';
import { writeChanges, writeNow } from './write';

export { migrateV1toV2, schemaStores, SCHEMA_VERSION } from './schema';
export { HISTORY_LIMIT } from './write';

export interface ChunkRecord {
  district: string;
  rows: Observation[];
}
export interface HistoryRecord {
  seq?: number;
  t: number;
  source: string;
  /** A change code; older versions stored the text, which is shown as it is. */
  label: StoredLabel;
  rows: RowChange[];
  /** Cell changes left out of a very large change set (an import); its automatic snapshot has them. */
  omitted?: number;
  goalSets?: { before: GoalSet[]; after: GoalSet[] };
}

/** A report a planner read in; its quotes open like the seed reports'. */
export interface ReportRecord {
  name: string;
  text: string;
  added: number;
}

export interface SnapshotMeta {
  id?: number;
  /** The planner's name, or a code for an automatic snapshot. */
  name: string | SnapshotName;
  t: number;
  auto: boolean;
  rows: number;
}
export interface SnapshotData {
  id?: number;
  observations: Observation[];
  goalSets: GoalSet[];
  catalog: CatalogEntry[];
  /** The planner's peer groups; absent in snapshots taken before groups were kept. */
  peerGroups?: CustomPeerGroup[];
}

export interface StoredData {
  observations: Observation[];
  /** The same rows as a table (chunked by district), when the load has it ready. */
  table?: ObsTable;
  /** Stored rows the restore step refused (hand-edited, damaged): reported and kept aside. */
  refused: Refused[];
  goalSets: GoalSet[];
  ui: unknown;
  catalog: CatalogEntry[];
  deck: unknown;
  /** The planner's peer groups as stored (they pass restorePeerGroups on the way in). */
  peerGroups: unknown;
}

/**
 * A changed row: the row now (null = deleted), districts it may have left, and the row as this
 * tab had it before (`base`), so only the fields it changed go over what another tab stored.
 */
export interface RowWrite {
  row: Observation | null;
  from: string[];
  base?: Observation | null;
}

export interface Write {
  rows?: Map<string, RowWrite>;
  /** Whole chunks (first run, restore): district → rows; null deletes the district. */
  chunks?: Map<string, readonly Observation[] | null>;
  replaceAll?: boolean;
  goalSets?: GoalSet[];
  ui?: unknown;
  catalog?: CatalogEntry[];
  deck?: unknown;
  peerGroups?: unknown;
  /** What this tab had before its unsaved changes: with it, a write merges per item and field. */
  bases?: {
    goalSets?: GoalSet[];
    ui?: unknown;
    deck?: readonly { id: string }[];
    peerGroups?: readonly { id: string }[];
    catalog?: CatalogEntry[];
  };
  history?: HistoryRecord[];
}

/** Where a write put this tab's value over a value another tab had stored since. */
export interface Replaced {
  /** Observation fields, with the row as stored now. */
  cells: { row: Observation; field: string }[];
  /** Goal-set conflict keys (set id, then `targets.` indicator). */
  targets: string[];
}

export interface Db {
  load(): Promise<StoredData | null>;
  /** Reads current chunks (after another tab wrote them). */
  readChunks(districts: readonly string[]): Promise<Map<string, Observation[]>>;
  readGoalSets(): Promise<GoalSet[]>;
  readCatalog(): Promise<CatalogEntry[]>;
  readDeck(): Promise<unknown>;
  readPeerGroups(): Promise<unknown>;
  /** Keeps rows the load refused under kv 'setAside', so a later whole-chunk write loses none. */
  keepAside(refused: StoredData['refused']): Promise<void>;
  write(w: Write): Promise<{ districts: string[]; replaced?: Replaced }>;
  /**
   * For pagehide: whole chunks from memory, every request issued in this task (no reads first),
   * so the write is queued before the page goes away.
   */
  writeNow(w: Write): Promise<void>;
  history(limit: number): Promise<HistoryRecord[]>;
  addHistory(records: HistoryRecord[]): Promise<void>;
  snapshots(): Promise<SnapshotMeta[]>;
  saveSnapshot(
    meta: Omit<SnapshotMeta, 'id'>,
    data: Omit<SnapshotData, 'id'>,
    keepAuto: number,
  ): Promise<number>;
  loadSnapshot(id: number): Promise<SnapshotData | undefined>;
  deleteSnapshot(id: number): Promise<void>;
  /** Adds a report; false when one with that name is stored already (it is never overwritten). */
  addReport(r: ReportRecord): Promise<boolean>;
  getReport(name: string): Promise<ReportRecord | undefined>;
  reports(): Promise<ReportRecord[]>;
  /** Snapshots saved by hand, with their data (for a backup). */
  manualSnapshots(): Promise<(Omit<SnapshotMeta, 'id'> & Omit<SnapshotData, 'id'>)[]>;
  /**
   * A backup's logs in one transaction (all or nothing): history appended, reports added (their
   * names must be free), snapshots added unless one with the same name and time is there.
   */
  addRestored(r: {
    history: HistoryRecord[];
    reports: ReportRecord[];
    snapshots: (Omit<SnapshotMeta, 'id'> & Omit<SnapshotData, 'id'>)[];
  }): Promise<void>;
  close(): void;
}

export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}

/** Why this tab's connection is gone: a newer schema elsewhere, the database deleted, or closed by the browser. */
export type StorageLoss = 'upgraded' | 'deleted' | 'closed';

export interface OpenOptions {
  /** This connection has been closed and will not reopen by itself. */
  onLost?(cause: StorageLoss): void;
  /** A newer schema is waiting for older tabs to close. */
  onBlocked?(): void;
}

export async function openDb(
  name = 'district-health-compare',
  opts: OpenOptions = {},
): Promise<{ ok: true; value: Db } | { ok: false; reason: string }> {
  const db = new AppDb(name);
  db.on('versionchange', (e: IDBVersionChangeEvent) => {
    db.close();
    opts.onLost?.(e.newVersion === null ? 'deleted' : 'upgraded');
    return false;
  });
  db.on('blocked', () => opts.onBlocked?.());
  try {
    await db.open();
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  // Closed by the browser (site data cleared). Dexie's own handler leaves auto-reopen on, and a
  // reopened, empty database must not receive a few rows: this one (run after it) turns it off.
  db.backendDB().addEventListener('close', () => {
    db.close();
    opts.onLost?.('closed');
  });
  const c: Conn = { db, everSeeded: false };
  return {
    ok: true,
    value: {
      load: () => loadStored(c),
      readChunks: (districts) => readChunks(db, districts),
      readGoalSets: () => goalSetsNow(db),
      readCatalog: () => readCatalog(db),
      readDeck: () => readDeck(db),
      readPeerGroups: () => readPeerGroups(db),
      keepAside: (refused) => db.transaction('rw', [db.kv], () => keepAsideIn(db.kv, refused)),
      write: (w) => writeChanges(c, w),
      writeNow: (w) => writeNow(c, w),
      async history(limit) {
        return db.history.orderBy('seq').reverse().limit(limit).toArray();
      },
      async addHistory(records) {
        await db.history.bulkAdd(records);
      },
      async snapshots() {
        return db.snapshots.orderBy('t').reverse().toArray();
      },
      saveSnapshot: (meta, data, keepAuto) => saveSnapshot(db, meta, data, keepAuto),
      loadSnapshot: (id) => db.snapshotData.get(id),
      deleteSnapshot: (id) => deleteSnapshot(db, id),
      async addReport(r) {
        try {
          await db.reports.add(r);
          return true;
        } catch (e) {
          if ((e as { name?: string }).name === 'ConstraintError') return false;
          throw e;
        }
      },
      getReport: (name) => db.reports.get(name),
      reports: () => db.reports.toArray(),
      manualSnapshots: () => manualSnapshots(db),
      addRestored: (r) => addRestored(db, r),
      close: () => db.close(),
    },
  };
}
