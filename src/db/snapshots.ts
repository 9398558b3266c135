// Snapshots (automatic ones pruned) and a backup's logs added back in one transaction.
import type { Db, SnapshotData, SnapshotMeta } from './db';
import { labelToText } from '../state/messages';
import type { AppDb } from './schema';

export async function saveSnapshot(
  db: AppDb,
  meta: Omit<SnapshotMeta, 'id'>,
  data: Omit<SnapshotData, 'id'>,
  keepAuto: number,
): Promise<number> {
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
}

export async function deleteSnapshot(db: AppDb, id: number): Promise<void> {
  await db.transaction('rw', [db.snapshots, db.snapshotData], async () => {
    await db.snapshots.delete(id);
    await db.snapshotData.delete(id);
  });
}

/** Snapshots saved by hand, with their data (for a backup). */
export async function manualSnapshots(db: AppDb): ReturnType<Db['manualSnapshots']> {
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
}

/** A backup's logs, all or nothing (see Db.addRestored). */
export async function addRestored(db: AppDb, r: Parameters<Db['addRestored']>[0]): Promise<void> {
  const stores = [db.history, db.reports, db.snapshots, db.snapshotData];
  await db.transaction('rw', stores, async () => {
    if (r.history.length) await db.history.bulkAdd(r.history);
    if (r.reports.length) await db.reports.bulkAdd(r.reports);
    const key = (t: number, name: SnapshotMeta['name']) => `${t}|${labelToText(name)}`;
    const have = new Set((await db.snapshots.toArray()).map((m) => key(m.t, m.name)));
    for (const { name, t, auto, rows, ...data } of r.snapshots) {
      if (have.has(key(t, name))) continue;
      const id = await db.snapshots.add({ name, t, auto, rows });
      await db.snapshotData.put({ id, ...data });
    }
  });
}
