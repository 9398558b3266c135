// The only Dexie import. Observations are stored one record per district (a chunk), so a
// city-scale import is a few dozen puts while one edit rewrites one small record.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { GoalSet } from '../model/goalSets';
import type { RowChange } from '../model/table';
import type { CatalogEntry, Observation, Result } from '../model/types';

/** v1: chunks + kv (goal sets in kv). v2: goal sets in their own table, history, snapshots. v3: report texts. */
export const SCHEMA_VERSION = 3;

interface ChunkRecord {
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
  goalSets: GoalSet[];
  ui: unknown;
  catalog: CatalogEntry[];
  deck: unknown;
}

export interface Write {
  /** Row-level changes: id → the row now (null = deleted). `from` lists districts it may have left. */
  rows?: Map<string, { row: Observation | null; from: string[] }>;
  /** Whole chunks (first run, restore): district → rows; null deletes the district. */
  chunks?: Map<string, readonly Observation[] | null>;
  replaceAll?: boolean;
  goalSets?: GoalSet[];
  ui?: unknown;
  catalog?: CatalogEntry[];
  deck?: unknown;
  history?: HistoryRecord[];
}

export interface Db {
  load(): Promise<StoredData | null>;
  /** Reads current chunks (after another tab wrote them). */
  readChunks(districts: readonly string[]): Promise<Map<string, Observation[]>>;
  readGoalSets(): Promise<GoalSet[]>;
  readCatalog(): Promise<CatalogEntry[]>;
  write(w: Write): Promise<{ districts: string[] }>;
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
  saveReport(r: ReportRecord): Promise<void>;
  getReport(name: string): Promise<ReportRecord | undefined>;
  reports(): Promise<ReportRecord[]>;
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

export async function openDb(
  name = 'district-health-compare',
  opts: OpenOptions = {},
): Promise<Result<Db>> {
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
            observations: chunks.flatMap((c) => c.rows),
            goalSets: await goalSetsNow(),
            ui: (await db.kv.get('ui'))?.value ?? null,
            catalog: ((await db.kv.get('catalog'))?.value as CatalogEntry[] | undefined) ?? [],
            deck: (await db.kv.get('deck'))?.value ?? [],
          };
        });
      },
      async readChunks(districts) {
        const recs = await db.chunks.bulkGet([...districts]);
        return new Map(districts.map((d, i) => [d, recs[i]?.rows ?? []]));
      },
      readGoalSets: goalSetsNow,
      async readCatalog() {
        return ((await db.kv.get('catalog'))?.value as CatalogEntry[] | undefined) ?? [];
      },
      async write(w) {
        const touched = new Set<string>();
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
          if (w.rows?.size) await mergeRows(db, w.rows, touched);
          if (w.goalSets) {
            await db.goalSets.clear();
            await db.goalSets.bulkPut(w.goalSets.map((g, order) => ({ ...g, order })));
          }
          if (w.ui !== undefined) await db.kv.put({ key: 'ui', value: w.ui });
          if (w.catalog) await db.kv.put({ key: 'catalog', value: w.catalog });
          if (w.deck !== undefined) await db.kv.put({ key: 'deck', value: w.deck });
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
        return { districts: [...touched] };
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
      async saveReport(r) {
        await db.reports.put(r);
      },
      getReport: (name) => db.reports.get(name),
      reports: () => db.reports.toArray(),
      close: () => db.close(),
    },
  };
}

/** Read-modify-write of the touched chunks, so rows other tabs wrote in between survive. */
async function mergeRows(db: AppDb, rows: NonNullable<Write['rows']>, touched: Set<string>) {
  const districts = new Set<string>();
  for (const { row, from } of rows.values()) {
    if (row) districts.add(row.district);
    for (const d of from) districts.add(d);
  }
  const list = [...districts];
  const recs = await db.chunks.bulkGet(list);
  const maps = new Map(
    list.map((d, i) => [d, new Map((recs[i]?.rows ?? []).map((o) => [o.id, o]))]),
  );
  for (const [id, { row, from }] of rows) {
    for (const d of from) maps.get(d)?.delete(id);
    if (row) maps.get(row.district)?.set(id, row);
  }
  for (const [district, map] of maps) {
    touched.add(district);
    if (map.size) await db.chunks.put({ district, rows: [...map.values()] });
    else await db.chunks.delete(district);
  }
}
