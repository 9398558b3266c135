// The only Dexie import. Observations are stored one record per district (a chunk), so a
// city-scale import is a few dozen puts while one edit rewrites one small record.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { GoalSet } from '../model/goalSets';
import { mergeById, mergeFields, mergeGoalSets } from '../model/merge';
import type { RowChange } from '../model/table';
import type { CatalogEntry, Observation } from '../model/types';
import { mergeRows } from './mergeRows';
import { keepAsideIn, restoreChunks, restoreRows, type Refused } from './restoreRows';

/** v1: chunks + kv (goal sets in kv). v2: goal sets in their own table, history, snapshots. v3: report texts. */
export const SCHEMA_VERSION = 3;

export interface ChunkRecord {
  district: string;
  rows: Observation[];
}
interface KvRecord {
  key: string;
  value: unknown;
}
interface GoalSetRecord extends GoalSet {
  order: number;
}

export interface HistoryRecord {
  seq?: number;
  t: number;
  source: string;
  label: string;
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
  name: string;
  t: number;
  auto: boolean;
  rows: number;
}
export interface SnapshotData {
  id?: number;
  observations: Observation[];
  goalSets: GoalSet[];
  catalog: CatalogEntry[];
}

class AppDb extends Dexie {
  chunks!: Table<ChunkRecord, string>;
  kv!: Table<KvRecord, string>;
  goalSets!: Table<GoalSetRecord, string>;
  history!: Table<HistoryRecord, number>;
  snapshots!: Table<SnapshotMeta, number>;
  snapshotData!: Table<SnapshotData, number>;
  reports!: Table<ReportRecord, string>;

  constructor(name: string) {
    // Strict: once a write has committed (and the app says 已保存), a crash cannot undo it.
    super(name, { chromeTransactionDurability: 'strict' });
    this.version(1).stores({ chunks: 'district', kv: 'key' });
    this.version(2)
      .stores({ goalSets: 'id', history: '++seq, t', snapshots: '++id, t', snapshotData: 'id' })
      .upgrade(migrateV1toV2);
    this.version(3).stores({ reports: 'name' });
  }
}

/** v1 kept goal sets as one kv record; v2 gives each its own record. */
export async function migrateV1toV2(tx: Transaction): Promise<void> {
  const rec = (await tx.table('kv').get('goalSets')) as KvRecord | undefined;
  const sets = Array.isArray(rec?.value) ? (rec.value as GoalSet[]) : [];
  await tx.table('goalSets').bulkPut(sets.map((g, order) => ({ ...g, order })));
  await tx.table('kv').delete('goalSets');
}

export interface StoredData {
  observations: Observation[];
  /** Stored rows the restore step refused (hand-edited, damaged): reported and kept aside. */
  refused: Refused[];
  goalSets: GoalSet[];
  ui: unknown;
  catalog: CatalogEntry[];
  deck: unknown;
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
  /** What this tab had before its unsaved changes: with it, a write merges per item and field. */
  bases?: { goalSets?: GoalSet[]; ui?: unknown; deck?: readonly { id: string }[] };
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

export const HISTORY_LIMIT = 5000;
const NOT_SEEDED = 'the stored workbook is missing (database deleted?)';

/** The stores of the current schema, read from Dexie's own declaration (for the backup test). */
export function schemaStores(): string[] {
  return new AppDb('schema-probe').tables.map((t) => t.name);
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
  let everSeeded = false;
  const goalSetsNow = async () =>
    (await db.goalSets.toArray()).sort((a, b) => a.order - b.order).map(({ order: _o, ...g }) => g);
  return {
    ok: true,
    value: {
      async load() {
        return db.transaction('r', [db.chunks, db.kv, db.goalSets], async () => {
          if (!(await db.kv.get('seeded'))) return null;
          everSeeded = true;
          const chunks = await db.chunks.toArray();
          return {
            ...restoreChunks(chunks),
            goalSets: await goalSetsNow(),
            ui: (await db.kv.get('ui'))?.value ?? null,
            catalog: ((await db.kv.get('catalog'))?.value as CatalogEntry[] | undefined) ?? [],
            deck: (await db.kv.get('deck'))?.value ?? [],
          };
        });
      },
      async readChunks(districts) {
        const recs = await db.chunks.bulkGet([...districts]);
        return new Map(districts.map((d, i) => [d, restoreRows(recs[i]?.rows)]));
      },
      readGoalSets: goalSetsNow,
      async readCatalog() {
        return ((await db.kv.get('catalog'))?.value as CatalogEntry[] | undefined) ?? [];
      },
      readDeck: async () => (await db.kv.get('deck'))?.value ?? [],
      keepAside: (refused) => db.transaction('rw', [db.kv], () => keepAsideIn(db.kv, refused)),
      async write(w) {
        const touched = new Set<string>();
        const replaced: Replaced = { cells: [], targets: [] };
        await db.transaction('rw', [db.chunks, db.kv, db.goalSets, db.history], async () => {
          // A database recreated under us (deleted, reopened) must not pass a few rows off
          // as the whole workbook.
          if (everSeeded && !(await db.kv.get('seeded'))) throw new Error(NOT_SEEDED);
          if (w.replaceAll) await db.chunks.clear();
          if (w.chunks) {
            for (const [district, rows] of w.chunks) {
              touched.add(district);
              if (rows && rows.length) await db.chunks.put({ district, rows: [...rows] });
              else await db.chunks.delete(district);
            }
          }
          if (w.rows?.size) await mergeRows(db.chunks, w.rows, touched, replaced.cells);
          const b = w.bases ?? {};
          if (w.goalSets) {
            let sets = w.goalSets;
            if (b.goalSets) {
              const r = mergeGoalSets(b.goalSets, w.goalSets, await goalSetsNow(), 'mine');
              sets = r.value;
              replaced.targets.push(...r.conflicts);
            }
            await db.goalSets.clear();
            await db.goalSets.bulkPut(sets.map((g, order) => ({ ...g, order })));
          }
          const kv = async (key: string) => (await db.kv.get(key))?.value;
          if (w.ui !== undefined) {
            const stored = b.ui && (await kv('ui'));
            const value = stored
              ? mergeFields(b.ui as object, w.ui as object, stored, 'mine').value
              : w.ui;
            await db.kv.put({ key: 'ui', value });
          }
          if (w.catalog) {
            // Catalog entries are only ever added: keep those another tab added meanwhile.
            const mine = new Set(w.catalog.map((e) => e.indicator));
            const stored = ((await kv('catalog')) as CatalogEntry[] | undefined) ?? [];
            const value = [...w.catalog, ...stored.filter((e) => !mine.has(e.indicator))];
            await db.kv.put({ key: 'catalog', value });
          }
          if (w.deck !== undefined) {
            const stored = b.deck && ((await kv('deck')) as { id: string }[] | undefined);
            const value = stored
              ? mergeById(b.deck ?? [], w.deck as { id: string }[], stored)
              : w.deck;
            await db.kv.put({ key: 'deck', value });
          }
          if (w.history?.length) {
            await db.history.bulkAdd(w.history);
            const count = await db.history.count();
            if (count > HISTORY_LIMIT)
              await db.history
                .orderBy('seq')
                .limit(count - HISTORY_LIMIT)
                .delete();
          }
          await db.kv.put({ key: 'seeded', value: SCHEMA_VERSION });
        });
        everSeeded = true;
        return { districts: [...touched], replaced };
      },
      writeNow(w) {
        // Raw IndexedDB: Dexie schedules its transaction body asynchronously, which is too late
        // once the page is being unloaded. Every request here is issued before returning.
        return new Promise<void>((resolve, reject) => {
          const idb = db.backendDB();
          const tx = idb.transaction(['chunks', 'kv', 'goalSets', 'history'], 'readwrite', {
            durability: 'strict',
          });
          const kv = tx.objectStore('kv');
          const seeded = kv.get('seeded');
          seeded.onsuccess = () => {
            if (everSeeded && !seeded.result) tx.abort();
          };
          try {
            const chunks = tx.objectStore('chunks');
            for (const [district, rows] of w.chunks ?? []) {
              if (rows && rows.length) chunks.put({ district, rows: [...rows] });
              else chunks.delete(district);
            }
            if (w.goalSets) {
              const store = tx.objectStore('goalSets');
              store.clear();
              w.goalSets.forEach((g, order) => store.put({ ...g, order }));
            }
            if (w.ui !== undefined) kv.put({ key: 'ui', value: w.ui });
            if (w.catalog) kv.put({ key: 'catalog', value: w.catalog });
            if (w.deck !== undefined) kv.put({ key: 'deck', value: w.deck });
            for (const h of w.history ?? []) tx.objectStore('history').add(h);
          } catch (e) {
            // Half a write must not commit on its own.
            tx.abort();
            throw e;
          }
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
          tx.onabort = () => reject(tx.error ?? new Error('write aborted'));
          tx.commit?.();
        });
      },
      async history(limit) {
        return db.history.orderBy('seq').reverse().limit(limit).toArray();
      },
      async addHistory(records) {
        await db.history.bulkAdd(records);
      },
      async snapshots() {
        return db.snapshots.orderBy('t').reverse().toArray();
      },
      async saveSnapshot(meta, data, keepAuto) {
        return db.transaction('rw', [db.snapshots, db.snapshotData], async () => {
          const id = await db.snapshots.add(meta);
          await db.snapshotData.put({ ...data, id });
          // Pruning policy: only automatic snapshots are pruned, keeping the newest `keepAuto`.
          const all = (await db.snapshots.toArray())
            .filter((s) => s.auto)
            .sort((a, b) => b.t - a.t || (b.id ?? 0) - (a.id ?? 0));
          const old = all.slice(keepAuto).map((s) => s.id as number);
          if (old.length) {
            await db.snapshots.bulkDelete(old);
            await db.snapshotData.bulkDelete(old);
          }
          return id;
        });
      },
      loadSnapshot: (id) => db.snapshotData.get(id),
      async deleteSnapshot(id) {
        await db.transaction('rw', [db.snapshots, db.snapshotData], async () => {
          await db.snapshots.delete(id);
          await db.snapshotData.delete(id);
        });
      },
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
      async manualSnapshots() {
        return db.transaction('r', [db.snapshots, db.snapshotData], async () => {
          const metas = (await db.snapshots.orderBy('t').toArray()).filter((m) => !m.auto);
          const data = await db.snapshotData.bulkGet(metas.map((m) => m.id as number));
          return metas.flatMap(({ id: _id, ...m }, i) => {
            const d = data[i];
            if (!d) return [];
            const { id: _d, ...rest } = d;
            return [{ ...m, ...rest }];
          });
        });
      },
      async addRestored(r) {
        const stores = [db.history, db.reports, db.snapshots, db.snapshotData];
        await db.transaction('rw', stores, async () => {
          if (r.history.length) await db.history.bulkAdd(r.history);
          if (r.reports.length) await db.reports.bulkAdd(r.reports);
          const have = new Set((await db.snapshots.toArray()).map((m) => `${m.t}|${m.name}`));
          for (const { name, t, auto, rows, observations, goalSets, catalog } of r.snapshots) {
            if (have.has(`${t}|${name}`)) continue;
            const id = await db.snapshots.add({ name, t, auto, rows });
            await db.snapshotData.put({ id, observations, goalSets, catalog });
          }
        });
      },
      close: () => db.close(),
    },
  };
}
