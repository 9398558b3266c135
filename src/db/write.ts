// Writing the workbook: merged per row and field in one Dexie transaction, or, on pagehide,
// whole chunks straight through IndexedDB so that every request is issued at once.
import { mergeById, mergeCatalogs, mergeFields, mergeGoalSets } from '../model/merge';
import type { CatalogEntry } from '../model/types';
import type { Replaced, Write } from './db';
import { mergeRows } from './mergeRows';
import { goalSetsNow, SCHEMA_VERSION, type Conn } from './schema';

export const HISTORY_LIMIT = 5000;
const NOT_SEEDED = 'the stored workbook is missing (database deleted?)';

export async function writeChanges(
  conn: Conn,
  w: Write,
): Promise<{ districts: string[]; replaced: Replaced }> {
  const { db } = conn;
  const touched = new Set<string>();
  const replaced: Replaced = { cells: [], targets: [] };
  await db.transaction('rw', [db.chunks, db.kv, db.goalSets, db.history], async () => {
    // A database recreated under us (deleted, reopened) must not pass a few rows off
    // as the whole workbook.
    if (conn.everSeeded && !(await db.kv.get('seeded'))) throw new Error(NOT_SEEDED);
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
        const r = mergeGoalSets(b.goalSets, w.goalSets, await goalSetsNow(db), 'mine');
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
      // Per entry over what is stored: this tab's additions, edits and removals since its base,
      // and the entries another tab added meanwhile. Without a base, entries are only added.
      const stored = ((await kv('catalog')) as CatalogEntry[] | undefined) ?? [];
      const mine = new Set(w.catalog.map((e) => e.indicator));
      const value = b.catalog
        ? mergeCatalogs(b.catalog, w.catalog, stored, 'mine')
        : [...w.catalog, ...stored.filter((e) => !mine.has(e.indicator))];
      await db.kv.put({ key: 'catalog', value });
    }
    if (w.deck !== undefined) {
      const stored = b.deck && ((await kv('deck')) as { id: string }[] | undefined);
      const value = stored ? mergeById(b.deck ?? [], w.deck as { id: string }[], stored) : w.deck;
      await db.kv.put({ key: 'deck', value });
    }
    if (w.peerGroups !== undefined) {
      const stored = b.peerGroups && ((await kv('peerGroups')) as { id: string }[] | undefined);
      const mine = w.peerGroups as { id: string }[];
      const value = stored ? mergeById(b.peerGroups ?? [], mine, stored) : mine;
      await db.kv.put({ key: 'peerGroups', value });
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
  conn.everSeeded = true;
  return { districts: [...touched], replaced };
}

export function writeNow(conn: Conn, w: Write): Promise<void> {
  const { db } = conn;
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
      if (conn.everSeeded && !seeded.result) tx.abort();
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
      if (w.peerGroups !== undefined) kv.put({ key: 'peerGroups', value: w.peerGroups });
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
}
