// Sharing a workbook through an office CouchDB (issue 17). Loaded only by `import('../sync')`.
import { seedCellsOf } from '../model/syncDocs';
import type { Catalog, Observation } from '../model/types';
import type { AppState } from '../state/state';
import type { Store } from '../state/store';
import type { DeniedReason } from '../state/syncInfo';
import { appliedSeq, readAuthor, saveAuthor } from './applied';
import { Engine } from './engine';
import { lead } from './leader';
import { readOutbox } from './outbox';
import { openLocal, openRemote } from './pouch';
import type { Changes, Db, SyncHandle } from './pouchTypes';
import { replicate } from './replication';
import { shareWithTabs } from './tabs';
import { login, logout, sessionUser, type FetchFn } from './session';
import { watchdogFetch } from './watchdog';

export { registerPouchPlugin } from './pouch';

/** The browser's network flag and events (tests pass their own). */
export interface Network {
  onLine(): boolean;
  subscribe(fn: (online: boolean) => void): () => void;
}

export interface SyncDeps {
  store: Store<AppState>;
  /** The Dexie workbook's name: the local PouchDB is `${localName}-sync` (adapter 'indexeddb' in the browser). */
  localName: string;
  /** Database URL, e.g. http://office:5984/workbook (no credentials in it). */
  server: string;
  seedRows: () => Promise<readonly Observation[]>;
  seedCatalog: Catalog;
  /** Tests in Node: 'memory' adapter and a per-client fetch (one cookie jar per client). */
  adapter?: string;
  fetch?: typeof fetch;
  /** Back-off cap in ms (default 60_000). */
  maxBackoffMs?: number;
  /** Tests: the server database itself (a PouchDB of any adapter) instead of `server`'s URL. */
  remote?: Db;
  /** Tests with `remote`: the user name written into documents (no login there). */
  user?: string;
  /** Tests: the network flag and its events (default: navigator.onLine and window's events). */
  network?: Network;
  /** Tests: the lock manager (null: none, this tab leads); default navigator.locks. */
  locks?: Parameters<typeof lead>[2];
  now?: () => number;
  /** The user name this browser last logged in with (the saved settings): the author of edits
   * made while logged out, until the local replica remembers one itself. */
  lastUser?: string;
  /** A request with no byte from the server for this long is abandoned (default 40_000 ms). */
  requestIdleMs?: number;
}

export interface SyncController {
  /** POST /_session (credentials: 'include'); never stores the password. Resolves ok / {reason: DeniedReason, detail}. */
  login(
    name: string,
    password: string,
  ): Promise<{ ok: true; user: string } | { ok: false; reason: DeniedReason; detail: string }>;
  logout(): Promise<void>;
  /** Restart replication now (after `online`, after login). */
  restart(): void;
  /** Stop replicating (sharing off); the local PouchDB and its outbox stay (turning on again resumes). */
  stop(): Promise<void>;
  /** Figures for the bench/tests: docs pending upload. */
  pending(): number;
  /** Resolves once this tab leads and the local replica is loaded and caught up. */
  ready: Promise<void>;
  /** Resolves when every queued local step (writes, applies) has run. */
  idle(): Promise<void>;
}

const browserNetwork: Network = {
  onLine: () => (typeof navigator === 'undefined' ? true : navigator.onLine !== false),
  subscribe(fn) {
    if (typeof window === 'undefined') return () => {};
    const on = () => fn(true);
    const off = () => fn(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  },
};

export async function startSync(deps: SyncDeps): Promise<SyncController> {
  const fetchFn: FetchFn = watchdogFetch(
    deps.fetch ?? ((u, o) => globalThis.fetch(u, o)),
    deps.requestIdleMs ?? 40_000,
  );
  // Opened only by the leading tab: the others never hold a connection to it.
  let local: Db | null = null;
  const db = (): Db => {
    if (!local) throw new Error('the local replica is opened by the leading tab only');
    return local;
  };
  const remote = deps.remote ?? openRemote(deps.server, fetchFn);
  const engine = new Engine({
    store: deps.store,
    db,
    seed: seedCellsOf(await deps.seedRows()),
    seedCatalog: deps.seedCatalog,
    outbox: { pending: new Map(), rejected: [] },
    server: deps.server,
    now: deps.now ?? Date.now,
  });
  engine.author = deps.lastUser ?? '';
  /** A user is known (login, session): remembered as the author of later logged-out edits. */
  const known = (user: string) => {
    if (!user) return;
    engine.author = user;
    if (local) void engine.enqueue(() => saveAuthor(db(), user));
  };
  const network = deps.network ?? browserNetwork;
  const cap = deps.maxBackoffMs ?? 60_000;
  let running = true;
  let leading = false;
  let handle: SyncHandle | null = null;
  let feed: Changes | null = null;
  let unsubscribe = () => {};

  /** Cancels replication; resolves once its sides have finished (a back-off is not waited out). */
  let finishing: Promise<unknown> = Promise.resolve();
  const cancel = (): Promise<unknown> => {
    const h = handle;
    handle = null;
    if (!h) return finishing;
    h.cancel();
    const m = engine.machine;
    const sides = [m.push === 'failing' ? null : h.push, m.pull === 'failing' ? null : h.pull];
    const done = Promise.allSettled(
      sides.filter((x) => x !== null) as unknown as PromiseLike<unknown>[],
    );
    // Every cancelled run (a fatal one too) is waited for when stopping.
    finishing = Promise.all([finishing, done]);
    return finishing;
  };
  const begin = () => {
    void cancel();
    if (!running || !leading) return;
    engine.event({ type: 'start' });
    // Offline, replication would only fail and back off: it starts on the `online` event.
    if (!network.onLine()) return engine.event({ type: 'offline' });
    // A cancelled run's late events (paused, errors) must not colour the new run's status.
    const run: { handle: SyncHandle | null } = { handle: null };
    const current = () => run.handle !== null && run.handle === handle;
    run.handle = handle = replicate(db(), remote, cap, {
      status: (e) => {
        if (!current()) return;
        engine.event(e);
        // Idle: whatever still waits may have reached the server unannounced.
        if (e.type === 'paused' && e.side === 'push' && !e.failed)
          void engine.confirm(remote).catch(() => {});
      },
      pushed: (docs) => engine.pushed(docs),
      denied: (id, reason, detail) => engine.rejected(id, reason, detail),
      fatal: () => current() && void cancel(),
    });
  };
  const unwatch = network.subscribe((online) => {
    engine.event({ type: online ? 'online' : 'offline' });
    // Without a restart the next try waits for the back-off (apache/pouchdb#6606).
    if (online) begin();
    else void cancel();
  });
  const tabs = shareWithTabs(deps.localName, deps.store, () => leading && running);
  const leadership = lead(
    `sync:${deps.localName}`,
    () => engine.event({ type: 'otherTab' }),
    deps.locks,
  );

  const ready = (async () => {
    await leadership.acquired;
    if (!running) return;
    local = openLocal(`${deps.localName}-sync`, deps.adapter);
    engine.box = await readOutbox(local);
    engine.author = (await readAuthor(local)) || engine.author;
    leading = true;
    const user = deps.remote ? (deps.user ?? '') : await sessionUser(fetchFn, deps.server);
    // A login that finished meanwhile knows better.
    if (!engine.user) engine.user = user;
    known(engine.user);
    let booted = false;
    await engine.enqueue(async () => {
      await engine.load(deps.store.getState());
      const seq = await engine.catchUp(await appliedSeq(db()));
      if (!running) return;
      unsubscribe = deps.store.subscribe((s, prev) => engine.onStore(s, prev));
      engine.markAll(deps.store.getState());
      feed = db()
        .changes({ live: true, since: seq, return_docs: false })
        .on('change', (c: { id: string; seq: number | string }) => engine.pulledChange(c.id, c.seq))
        .on('error', () => {});
      booted = true;
    });
    const failed = await engine.idle().then(
      () => null,
      (e: unknown) => e,
    );
    if (!booted && running) {
      // The local replica could not be read: say so rather than replicate half a workbook.
      const detail = failed instanceof Error ? failed.message : '';
      engine.event({ type: 'start' });
      engine.event({ type: 'broken', detail });
      throw failed instanceof Error ? failed : new Error(detail);
    }
    begin();
  })();
  ready.catch(() => {});

  return {
    async login(name, password) {
      const r = await login(fetchFn, deps.server, name, password);
      if (r.ok) {
        engine.user = r.user;
        known(r.user);
        begin();
      }
      return r;
    },
    async logout() {
      await logout(fetchFn, deps.server);
      engine.user = '';
      void cancel();
      engine.event({ type: 'error', reason: 'unauthorized', detail: '' });
    },
    restart: begin,
    async stop() {
      running = false;
      await cancel();
      unwatch();
      tabs.close();
      // Not waiting for the lock: a tab that never led would wait here for ever.
      if (!leading) leadership.release();
      await ready.catch(() => {});
      feed?.cancel();
      unsubscribe();
      await engine.idle().catch(() => {});
      engine.event({ type: 'stop' });
      await local?.close();
      // The next tab opens the replica only once this one has closed it.
      leadership.release();
    },
    pending: () => engine.box.pending.size,
    ready,
    idle: () => engine.idle(),
  };
}
