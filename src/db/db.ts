// The only Dexie import. Observations are stored one record per district (a chunk), so a
// city-scale import is a few dozen puts, while one edit rewrites one small record.
import Dexie, { type Table } from 'dexie';
import type { GoalSet } from '../model/goalSets';
import type { CatalogEntry, Observation, Result } from '../model/types';

export const SCHEMA_VERSION = 1;

interface ChunkRecord {
  district: string;
  rows: Observation[];
}

interface KvRecord {
  key: string;
  value: unknown;
}

class AppDb extends Dexie {
  chunks!: Table<ChunkRecord, string>;
  kv!: Table<KvRecord, string>;

  constructor(name: string) {
    super(name);
    this.version(SCHEMA_VERSION).stores({ chunks: 'district', kv: 'key' });
  }
}

export interface StoredData {
  observations: Observation[];
  goalSets: GoalSet[];
  ui: unknown;
  catalog: CatalogEntry[];
}

export interface Write {
  /** district → its rows, or null when the district no longer has any. */
  chunks?: Map<string, readonly Observation[] | null>;
  /** Replace every chunk (reset/replace): districts not listed are deleted. */
  replaceAll?: boolean;
  goalSets?: GoalSet[];
  ui?: unknown;
  catalog?: CatalogEntry[];
}

export interface Db {
  load(): Promise<StoredData | null>;
  write(w: Write): Promise<void>;
  close(): void;
}

export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; inner?: { name?: string } } | null;
  return err?.name === 'QuotaExceededError' || err?.inner?.name === 'QuotaExceededError';
}

export async function openDb(name = 'district-health-compare'): Promise<Result<Db>> {
  const db = new AppDb(name);
  try {
    await db.open();
  } catch (e) {
    return { ok: false, reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
  return {
    ok: true,
    value: {
      async load() {
        return db.transaction('r', db.chunks, db.kv, async () => {
          const seeded = await db.kv.get('seeded');
          if (!seeded) return null;
          const chunks = await db.chunks.toArray();
          return {
            observations: chunks.flatMap((c) => c.rows),
            goalSets: ((await db.kv.get('goalSets'))?.value as GoalSet[] | undefined) ?? [],
            ui: (await db.kv.get('ui'))?.value ?? null,
            catalog: ((await db.kv.get('catalog'))?.value as CatalogEntry[] | undefined) ?? [],
          };
        });
      },
      async write(w) {
        await db.transaction('rw', db.chunks, db.kv, async () => {
          if (w.replaceAll) await db.chunks.clear();
          if (w.chunks) {
            const puts: ChunkRecord[] = [];
            const dels: string[] = [];
            for (const [district, rows] of w.chunks) {
              if (rows && rows.length) puts.push({ district, rows: [...rows] });
              else dels.push(district);
            }
            if (puts.length) await db.chunks.bulkPut(puts);
            if (dels.length) await db.chunks.bulkDelete(dels);
          }
          if (w.goalSets) await db.kv.put({ key: 'goalSets', value: w.goalSets });
          if (w.ui !== undefined) await db.kv.put({ key: 'ui', value: w.ui });
          if (w.catalog) await db.kv.put({ key: 'catalog', value: w.catalog });
          await db.kv.put({ key: 'seeded', value: SCHEMA_VERSION });
        });
      },
      close: () => db.close(),
    },
  };
}
