// Test replicas: each a real store with the sync engine on a memory PouchDB, replicating with a
// "server" that is a plain memory PouchDB (or an HTTP URL). Only tests import this.
import memory from 'pouchdb-adapter-memory';
import { afterEach } from 'vitest';
import { obsDocId } from '../../model/syncDocs';
import { editObservations } from '../../state/actions';
import { seedGoalSets } from '../../model/goalSets';
import { tableFrom } from '../../model/table';
import { testCatalog, testObservation } from '../../model/testRows';
import type { Observation } from '../../model/types';
import { initialState, type AppState } from '../../state/state';
import { createStore, type Store } from '../../state/store';
import { startSync, type Network, type SyncController, type SyncDeps } from '../index';
import { openDb, registerPouchPlugin } from '../pouch';
import type { Db } from '../pouchTypes';

registerPouchPlugin(memory);

let counter = 0;
/** A name no other test in this process uses (memory databases are shared by name). */
export const uniqueName = (what: string) => `${what}-${process.pid}-${++counter}`;

export const memoryServer = (): Db => openDb(uniqueName('server'), { adapter: 'memory' });

export const CATALOG = testCatalog();
/** The bundled seed of these tests: two cells of 素养 in 江津区 and one in 黔江区. */
export const SEED: Observation[] = [
  testObservation({ id: 's1', value: 10 }),
  testObservation({ id: 's2', year: 2024, value: 20 }),
  testObservation({ id: 's3', district: '黔江区', value: 30 }),
];

/** A network whose flag the test turns (replication runs only while online). */
export function fakeNetwork(online = true): Network & { set(on: boolean): void } {
  const fns = new Set<(on: boolean) => void>();
  let flag = online;
  return {
    onLine: () => flag,
    subscribe(fn) {
      fns.add(fn);
      return () => fns.delete(fn);
    },
    set(on) {
      flag = on;
      for (const fn of fns) fn(on);
    },
  };
}

export interface Replica {
  store: Store<AppState>;
  ctl: SyncController;
  net: ReturnType<typeof fakeNetwork>;
  localName: string;
}

export function workbookStore(rows: readonly Observation[] = SEED, prefix = 't'): Store<AppState> {
  return createStore({
    ...initialState(CATALOG, ['江津区', '黔江区'], prefix),
    table: tableFrom(rows),
    // As a first run makes it on every replica (so it is no document while unchanged).
    goalSets: seedGoalSets(tableFrom(SEED)),
    storage: 'indexeddb',
  });
}

/** A replica of `server` for `user`; `localName` again reopens the same local replica. */
export async function replica(
  server: Db | string,
  user: string,
  opts: { online?: boolean; localName?: string; store?: Store<AppState> } & Partial<SyncDeps> = {},
): Promise<Replica> {
  const net = fakeNetwork(opts.online ?? true);
  const store = opts.store ?? workbookStore(SEED, user);
  const localName = opts.localName ?? uniqueName(user);
  const ctl = await startSync({
    store,
    localName,
    server: typeof server === 'string' ? server : 'http://memory.invalid/workbook',
    seedRows: () => Promise.resolve(SEED),
    seedCatalog: CATALOG,
    adapter: 'memory',
    locks: null,
    network: net,
    maxBackoffMs: 1000,
    ...(typeof server === 'string' ? {} : { remote: server, user }),
    ...opts,
  });
  await ctl.ready;
  return { store, ctl, net, localName };
}

/** Resolves when the store's state satisfies `ok` (checked now and on every change). */
export function until(store: Store<AppState>, ok: (s: AppState) => boolean): Promise<AppState> {
  return new Promise((resolve) => {
    if (ok(store.getState())) return resolve(store.getState());
    const off = store.subscribe((s) => {
      if (!ok(s)) return;
      off();
      resolve(s);
    });
  });
}

/** The value of one observation in a replica's workbook. */
export const valueOf = (s: AppState, id: string): number | null | undefined => {
  for (const chunk of s.table.chunks.values()) {
    const o = chunk.find((x) => x.id === id);
    if (o) return o.value;
  }
  return undefined;
};

/** `keep(r)`: a replica this test file started, stopped after each test. */
export function stoppedAfterEach(): (r: Replica) => Replica {
  const open: Replica[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((r) => r.ctl.stop()));
  });
  return (r) => (open.push(r), r);
}

/** A value typed into a seed row's cell. */
export const editValue = (store: Store<AppState>, id: string, raw: string) =>
  store.update((s) => editObservations(s, [{ id, field: 'value', raw }]));

/** The document id of a seed row's cell. */
export const cellOf = (id: string) => obsDocId(SEED.find((o) => o.id === id)!);
