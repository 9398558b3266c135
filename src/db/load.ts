// Reading the stored workbook: the first load, and re-reads after another tab wrote.
import type { CatalogEntry, Observation } from '../model/types';
import type { StoredData } from './db';
import { restoreChunks, restoreRows } from './restoreRows';
import { goalSetsNow, type AppDb, type Conn } from './schema';

/** The stored workbook, or null when none was ever stored here. */
export async function loadStored(conn: Conn): Promise<StoredData | null> {
  const { db } = conn;
  return db.transaction('r', [db.chunks, db.kv, db.goalSets], async () => {
    // Every read asked at once, so IndexedDB works on all of them while the page is built.
    const [seeded, chunks, goalSets, ui, catalog, deck, peerGroups] = await Promise.all([
      db.kv.get('seeded'),
      db.chunks.toArray(),
      goalSetsNow(db),
      db.kv.get('ui'),
      db.kv.get('catalog'),
      db.kv.get('deck'),
      db.kv.get('peerGroups'),
    ]);
    if (!seeded) return null;
    conn.everSeeded = true;
    return {
      ...restoreChunks(chunks),
      goalSets,
      ui: ui?.value ?? null,
      catalog: (catalog?.value as CatalogEntry[] | undefined) ?? [],
      deck: deck?.value ?? [],
      peerGroups: peerGroups?.value ?? [],
    };
  });
}

/** Current chunks (after another tab wrote them). */
export async function readChunks(
  db: AppDb,
  districts: readonly string[],
): Promise<Map<string, Observation[]>> {
  const recs = await db.chunks.bulkGet([...districts]);
  return new Map(districts.map((d, i) => [d, restoreRows(recs[i]?.rows)]));
}

export async function readCatalog(db: AppDb): Promise<CatalogEntry[]> {
  return ((await db.kv.get('catalog'))?.value as CatalogEntry[] | undefined) ?? [];
}

export const readDeck = async (db: AppDb): Promise<unknown> =>
  (await db.kv.get('deck'))?.value ?? [];

export const readPeerGroups = async (db: AppDb): Promise<unknown> =>
  (await db.kv.get('peerGroups'))?.value ?? [];
