// The one place PouchDB is loaded (on demand, with the sync chunk).
import PouchCore from 'pouchdb-core';
import httpAdapter from 'pouchdb-adapter-http';
import indexedDbAdapter from 'pouchdb-adapter-indexeddb';
import replication from 'pouchdb-replication';
import type { Db, DbOptions, PouchStatic } from './pouchTypes';

const Pouch = (PouchCore as PouchStatic)
  .plugin(httpAdapter)
  .plugin(indexedDbAdapter)
  .plugin(replication);

/** Adds an adapter (tests add 'memory'; the browser's 'indexeddb' is added on first use). */
export function registerPouchPlugin(plugin: unknown): void {
  Pouch.plugin(plugin);
}

/** The local replica: IndexedDB in the browser unless a test names another adapter. */
export function openLocal(name: string, adapter = 'indexeddb'): Db {
  return new Pouch(name, { adapter });
}

/** The server's database; never created from here (skip_setup), with this client's fetch. */
export function openRemote(url: string, fetchFn?: DbOptions['fetch']): Db {
  return new Pouch(url, { skip_setup: true, ...(fetchFn ? { fetch: fetchFn } : {}) });
}

export const syncDbs: PouchStatic['sync'] = (a, b, opts) => Pouch.sync(a, b, opts);

/** A database of any adapter (tests: a memory "server"). */
export const openDb = (name: string, opts?: DbOptions): Db => new Pouch(name, opts);
