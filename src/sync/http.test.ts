// The engine against a CouchDB-protocol server over HTTP (part C's test server: express-pouchdb
// in memory, with planner and read-only accounts), each client with its own cookie jar.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCouchServer, type CouchTestServer } from '../../scripts/couch-test-server.mjs';
import { seedCellsOf } from '../model/syncDocs';
import { chooseSyncVersion } from '../state/syncActions';
import { clientFetch } from './testing/clientFetch';
import {
  CATALOG,
  replica,
  SEED,
  until,
  valueOf,
  type Replica,
  cellOf,
  editValue,
} from './testing/replicas';

let server: CouchTestServer;
beforeAll(async () => {
  server = await startCouchServer({ port: 0, origins: [] });
});
afterAll(async () => {
  await server.close();
});

const open: Replica[] = [];
afterAll(async () => {
  await Promise.all(open.map((r) => r.ctl.stop()));
});
async function client(): Promise<Replica> {
  const r = await replica(server.dbUrl, '', { fetch: clientFetch() });
  open.push(r);
  return r;
}
const edit = (r: Replica, id: string, raw: string) => editValue(r.store, id, raw);

describe('sync through an HTTP CouchDB with cookie sessions', () => {
  it('a database that is not there: denied, not found (and never created)', async () => {
    const f = clientFetch();
    const r = await replica(`${server.url}/nowhere`, '', { fetch: f });
    open.push(r);
    expect(await r.ctl.login('alice', 'alice-pass')).toEqual({ ok: true, user: 'alice' });
    const s = await until(r.store, (x) => x.sync.status.kind === 'denied');
    expect(s.sync.status).toMatchObject({ kind: 'denied', reason: 'notFound' });
    expect((await f(`${server.url}/nowhere`)).status).toBe(404);
  });

  it('without a session: denied, unauthorized; a wrong password is refused', async () => {
    const a = await client();
    const s = await until(a.store, (x) => x.sync.status.kind === 'denied');
    expect(s.sync.status).toMatchObject({ kind: 'denied', reason: 'unauthorized' });
    const r = await a.ctl.login('alice', 'wrong');
    expect(r).toMatchObject({ ok: false, reason: 'unauthorized' });
  });

  it('alice and bob log in; an edit reaches the other; after logout, denied again', async () => {
    const a = await client();
    const b = await client();
    expect(await a.ctl.login('alice', 'alice-pass')).toEqual({ ok: true, user: 'alice' });
    expect(await b.ctl.login('bob', 'bob-pass')).toEqual({ ok: true, user: 'bob' });
    expect(a.store.getState().sync).toMatchObject({ user: 'alice', server: server.dbUrl });
    edit(a, 's1', '81');
    await until(a.store, (x) => x.sync.status.kind === 'synced' && a.ctl.pending() === 0);
    const s = await until(b.store, (x) => valueOf(x, 's1') === 81);
    // The server's validate_doc_update design document is not a workbook document.
    expect(s.sync.refused).toEqual([]);
    expect(s.lastChange?.patch.label).toEqual({ code: 'syncReceived', by: 'alice', count: 1 });
    await b.ctl.logout();
    expect(b.store.getState().sync.status).toMatchObject({
      kind: 'denied',
      reason: 'unauthorized',
    });
    edit(b, 's3', '83');
    await until(b.store, () => b.ctl.pending() === 1);
    // Logging in again restarts replication and uploads what waited.
    await b.ctl.login('bob', 'bob-pass');
    await until(a.store, (x) => valueOf(x, 's3') === 83);
    await until(b.store, () => b.ctl.pending() === 0);
  });

  it('a read-only account: its writes are refused with the server reason and listed', async () => {
    const r = await client();
    expect(await r.ctl.login('reader', 'reader-pass')).toEqual({ ok: true, user: 'reader' });
    edit(r, 's2', '91');
    const s = await until(r.store, (x) => x.sync.rejected.length === 1);
    expect(s.sync.rejected[0]).toEqual({
      id: cellOf('s2'),
      reason: 'forbidden',
      detail: 'read-only account',
    });
    expect(s.sync.status).toMatchObject({
      kind: 'denied',
      reason: 'forbidden',
      detail: 'read-only account',
    });
    expect(r.ctl.pending()).toBe(0);
  });

  it('the same cell edited apart by two planners: both versions kept on both, one choice settles both', async () => {
    // A server of its own: the cell has no history from the tests above.
    const own = await startCouchServer({ port: 0, origins: [] });
    const a = await replica(own.dbUrl, '', { fetch: clientFetch(), online: false });
    const b = await replica(own.dbUrl, '', { fetch: clientFetch(), online: false });
    await a.ctl.login('alice', 'alice-pass');
    expect(await b.ctl.login('carol', 'carol-pass')).toEqual({ ok: true, user: 'carol' });
    edit(a, 's3', '140');
    edit(b, 's3', '141');
    await until(a.store, () => a.ctl.pending() === 1);
    await until(b.store, () => b.ctl.pending() === 1);
    a.net.set(true);
    b.net.set(true);
    const id = cellOf('s3');
    const [sa] = await Promise.all(
      [a, b].map((r) => until(r.store, (x) => x.sync.conflicts.get(id)?.versions.length === 2)),
    );
    const versions = sa!.sync.conflicts.get(id)!.versions;
    expect(new Set(versions.map((v) => v.by))).toEqual(new Set(['alice', 'carol']));
    const loser = versions.find((v) => !v.winner)!;
    const chosen = loser.content?.type === 'cell' ? loser.content.rows[0]!.value : null;
    a.store.update((s) => chooseSyncVersion(s, id, loser.rev, seedCellsOf(SEED), CATALOG));
    for (const r of [a, b])
      await until(r.store, (x) => x.sync.conflicts.size === 0 && valueOf(x, 's3') === chosen);
    await Promise.all([a.ctl.stop(), b.ctl.stop()]);
    await own.close();
  });
});
