// The Dexie schema: tables, versions and the upgrade between them.
import Dexie, { type Table, type Transaction } from 'dexie';
import type { GoalSet } from '../model/goalSets';
import type { ChunkRecord, HistoryRecord, ReportRecord, SnapshotData, SnapshotMeta } from './db';

/** v1: chunks + kv (goal sets in kv). v2: goal sets in their own table, history, snapshots. v3: report texts. */
export const SCHEMA_VERSION = 3;

interface KvRecord {
  key: string;
  value: unknown;
}
interface GoalSetRecord extends GoalSet {
  order: number;
}

export class AppDb extends Dexie {
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

/** The stores of the current schema, read from Dexie's own declaration (for the backup test). */
export function schemaStores(): string[] {
  return new AppDb('schema-probe').tables.map((t) => t.name);
}

/** One open database, as its parts share it. */
export interface Conn {
  db: AppDb;
  /** The workbook was stored once: a write must not recreate it from a few rows. */
  everSeeded: boolean;
}

/** Goal sets in their stored order. */
export const goalSetsNow = async (db: AppDb) =>
  (await db.goalSets.toArray()).sort((a, b) => a.order - b.order).map(({ order: _o, ...g }) => g);
