// The running sync engine (src/sync, loaded on demand): one per page, started for one server.
// The dialog, the source panel and the start-up path all reach it here.
import { bundledSeedCatalog } from '../data/seedCatalog';
import { seedCellsOf, type SeedCells } from '../model/syncDocs';
import type { Catalog, Observation } from '../model/types';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import { chooseSyncVersion, setSyncInfo } from '../state/syncActions';
import { SYNC_OFF } from '../state/syncInfo';
import type { SyncController } from '../sync';
import { readSyncConfig } from './syncConfig';

// The engine is a chunk of its own, fetched only here (never in the first load).
const loadEngine = () => import('../sync');

/** The Dexie workbook (src/db/db.ts openDb's default name). */
const WORKBOOK_DB = 'district-health-compare';

let seedCatalog: Catalog | null = null;
const catalogOfSeed = () => (seedCatalog ??= bundledSeedCatalog());
let seedRows: Promise<Observation[]> | null = null;
const seedObservations = () =>
  (seedRows ??= import('../data/seedRows').then((m) => m.loadSeedObservations()));
let cells: Promise<SeedCells> | null = null;
const seedCells = () => (cells ??= seedObservations().then(seedCellsOf));

let running: { server: string; ctl: Promise<SyncController> } | null = null;
let started: SyncController | null = null;

/** The started controller (null while loading, stopped or off). */
export const controller = (): SyncController | null => started;

/** Starts replicating with `server` (once; a different server stops the one before). */
export function startSharing(store: Store<AppState>, server: string): Promise<SyncController> {
  if (running?.server === server) return running.ctl;
  const before = running;
  const run = { server, ctl: null as unknown as Promise<SyncController> };
  run.ctl = (async () => {
    if (before) await stopped(before.ctl);
    const c = await (
      await loadEngine()
    ).startSync({
      store,
      localName: WORKBOOK_DB,
      server,
      seedRows: seedObservations,
      seedCatalog: catalogOfSeed(),
      lastUser: readSyncConfig().user,
    });
    // Stopped (or moved to another server) while starting: this one must not run on.
    if (running === run) started = c;
    else await c.stop();
    return c;
  })();
  running = run;
  run.ctl.catch(() => {
    if (running === run) running = null;
  });
  return run.ctl;
}

const stopped = async (ctl: Promise<SyncController>) => {
  const c = await ctl.catch(() => null);
  await c?.stop();
};

/** Sharing off: replication stops (the local copy and its outbox stay for next time). */
export async function stopSharing(store: Store<AppState>): Promise<void> {
  const was = running;
  running = null;
  started = null;
  if (was) await stopped(was.ctl);
  store.update((s) => setSyncInfo(s, { ...SYNC_OFF }));
}

/** The planner picked one kept version: an undoable change that settles it everywhere. */
export async function chooseVersion(store: Store<AppState>, docId: string, rev: string) {
  const seed = await seedCells();
  store.update((s) => chooseSyncVersion(s, docId, rev, seed, catalogOfSeed()));
}
