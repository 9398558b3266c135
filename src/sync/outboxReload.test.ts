import { describe, expect, it } from 'vitest';
import type { Db, WriteResult } from './pouchTypes';
import {
  memoryServer,
  replica,
  SEED,
  until,
  valueOf,
  type Replica,
  cellOf,
  editValue,
  stoppedAfterEach,
} from './testing/replicas';

const keep = stoppedAfterEach();
const edit = (r: Replica, id: string, raw: string) => editValue(r.store, id, raw);

/** A server that refuses (403, validate_doc_update-style) any document `refuse` picks. */
function refusing(server: Db, refuse: (id: string) => boolean): Db {
  const real = server.bulkDocs.bind(server);
  server.bulkDocs = async (arg: unknown) => {
    const o = arg as { docs: Record<string, unknown>[] };
    const docs = Array.isArray(arg) ? (arg as Record<string, unknown>[]) : o.docs;
    const bad = docs.filter((d) => refuse(String(d._id)));
    const good = docs.filter((d) => !refuse(String(d._id)));
    const res = await real(Array.isArray(arg) ? good : ({ ...o, docs: good } as never));
    const refused: WriteResult[] = bad.map((d) => ({
      id: String(d._id),
      error: 'forbidden',
      name: 'forbidden',
      reason: 'read-only account',
      status: 403,
    }));
    return [...res, ...refused];
  };
  return server;
}

describe('the outbox', () => {
  it('keeps offline edits pending across a reload, then uploads them once online', async () => {
    const server = memoryServer();
    const a = await replica(server, 'alice', { online: false });
    edit(a, 's1', '61');
    edit(a, 's3', '63');
    const s = await until(a.store, () => a.ctl.pending() === 2);
    expect(s.sync.status).toEqual({ kind: 'offline', pending: 2 });
    await a.ctl.stop();
    expect(a.store.getState().sync.status.kind).toBe('off');
    // The workbook itself comes back from Dexie: the same store here.
    const again = keep(
      await replica(server, 'alice', { online: false, localName: a.localName, store: a.store }),
    );
    expect(again.ctl.pending()).toBe(2);
    expect(again.store.getState().sync.status).toEqual({ kind: 'offline', pending: 2 });
    again.net.set(true);
    await until(again.store, (x) => x.sync.status.kind === 'synced' && again.ctl.pending() === 0);
    const doc = await server.get(cellOf('s1'));
    expect(doc._rev.startsWith('1-')).toBe(true);
    expect((doc.rows as { value: number }[])[0]!.value).toBe(61);
  });

  it('a document the server refuses leaves the outbox and is listed as rejected with its reason', async () => {
    const server = refusing(memoryServer(), (id) => id === cellOf('s1'));
    const a = keep(await replica(server, 'reader'));
    edit(a, 's1', '71');
    edit(a, 's3', '73');
    const s = await until(a.store, (x) => x.sync.rejected.length === 1 && a.ctl.pending() === 0);
    expect(s.sync.rejected).toEqual([
      { id: cellOf('s1'), reason: 'forbidden', detail: 'read-only account' },
    ]);
    expect((await server.get(cellOf('s3'))).by).toBe('reader');
    await expect(server.get(cellOf('s1'))).rejects.toMatchObject({ status: 404 });
    expect(valueOf(a.store.getState(), 's1')).toBe(71);
  });

  it('only one tab replicates a workbook: the others say so', async () => {
    const server = memoryServer();
    const locks = {
      request: (
        _name: string,
        opts: { ifAvailable?: boolean },
        cb: (lock: unknown) => Promise<void>,
      ) => (opts.ifAvailable ? cb(null) : new Promise<never>(() => {})),
    };
    const net = await import('./testing/replicas').then((m) => m.fakeNetwork());
    const store = (await import('./testing/replicas')).workbookStore();
    const { startSync } = await import('./index');
    const ctl = await startSync({
      store,
      localName: 'other-tab',
      server: 'http://memory.invalid/workbook',
      seedRows: () => Promise.resolve(SEED),
      seedCatalog: new Map(),
      adapter: 'memory',
      remote: server,
      locks,
      network: net,
    });
    const s = await until(store, (x) => x.sync.status.kind === 'otherTab');
    expect(s.sync.status).toEqual({ kind: 'otherTab' });
    // What the leading tab knows (here: a refused document) is shown in this tab too.
    const leader = keep(await replica(server, 'alice', { localName: 'other-tab' }));
    await server.put({ _id: 'virus:1', type: 'cell', rows: [], by: 'eve', at: 1 });
    await until(leader.store, (x) => x.sync.refused.length === 1);
    const seen = await until(store, (x) => x.sync.refused.length === 1);
    expect(seen.sync.refused[0]).toMatchObject({
      id: 'virus:1',
      problem: { code: 'syncUnknownDoc' },
    });
    expect(seen.sync.status).toEqual({ kind: 'otherTab' });
    await ctl.stop();
  });
});

describe('a connection lost mid-way', () => {
  it('shows offline while the upload fails, retries, and loses nothing', async () => {
    const server = memoryServer();
    const real = server.bulkDocs.bind(server);
    let failures = 1;
    server.bulkDocs = (arg: unknown) => {
      if (failures-- > 0)
        return Promise.reject(Object.assign(new TypeError('fetch failed'), { status: 0 }));
      return real(arg as never);
    };
    const a = keep(await replica(server, 'alice'));
    const seen: string[] = [];
    a.store.subscribe((s, prev) => {
      if (s.sync.status !== prev.sync.status) seen.push(s.sync.status.kind);
    });
    edit(a, 's1', '101');
    edit(a, 's2', '102');
    await until(a.store, (x) => x.sync.status.kind === 'synced' && a.ctl.pending() === 0);
    expect(seen).toContain('offline');
    expect(failures).toBeLessThan(0);
    const rows = await server.allDocs({ include_docs: true });
    expect(rows.rows.map((r) => (r.doc!.rows as { value: number }[])[0]!.value).sort()).toEqual([
      101, 102,
    ]);
  });
});
