import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorkbookDatabase,
  startCouchServer,
  type CouchTestServer,
} from './couch-test-server.mjs';

const origin = 'http://127.0.0.1:4173';

// Just what this test uses of PouchDB (the package ships no types).
interface PouchDb {
  bulkDocs(docs: object[]): Promise<unknown>;
}
interface PouchStatic {
  new (name: string, opts: object): PouchDb;
  plugin(plugin: unknown): PouchStatic;
  replicate?: (from: PouchDb, to: PouchDb) => Promise<{ docs_written: number }>;
}

/** One request with its own headers: Node's fetch keeps no cookie jar, so each call is one client. */
async function call(
  server: CouchTestServer,
  method: string,
  path: string,
  {
    body,
    cookie,
    headers = {},
  }: { body?: unknown; cookie?: string; headers?: Record<string, string> } = {},
) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return {
    status: res.status,
    headers: res.headers,
    json: text ? (JSON.parse(text) as Record<string, unknown>) : {},
  };
}

async function login(server: CouchTestServer, name: string): Promise<string> {
  const res = await call(server, 'POST', '/_session', { body: { name, password: `${name}-pass` } });
  expect(res.status).toBe(200);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  expect(cookie).toMatch(/^AuthSession=./);
  return cookie;
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

describe('couch test server', () => {
  let server: CouchTestServer;
  beforeAll(async () => {
    server = await startCouchServer({ origins: [origin] });
  });
  afterAll(async () => {
    await server.close();
  });

  it('refuses an anonymous read of the workbook database', async () => {
    expect(server.dbUrl).toBe(`${server.url}/workbook`);
    const res = await call(server, 'GET', '/workbook');
    expect(res.status).toBe(401);
  });

  it('lets a planner log in with a cookie, read and write', async () => {
    const cookie = await login(server, 'alice');
    const session = await call(server, 'GET', '/_session', { cookie });
    expect(session.json).toMatchObject({ userCtx: { name: 'alice', roles: ['planner'] } });
    expect((await call(server, 'GET', '/workbook', { cookie })).status).toBe(200);
    const put = await call(server, 'PUT', '/workbook/obs:test', { cookie, body: { type: 'cell' } });
    expect(put.status).toBe(201);
    expect(put.json).toMatchObject({ ok: true, id: 'obs:test' });
  });

  it('refuses a wrong password', async () => {
    const res = await call(server, 'POST', '/_session', {
      body: { name: 'bob', password: 'nope' },
    });
    expect(res.status).toBe(401);
  });

  it('lets the reader read but refuses its writes with the reason', async () => {
    const cookie = await login(server, 'reader');
    expect((await call(server, 'GET', '/workbook', { cookie })).status).toBe(200);
    const put = await call(server, 'PUT', '/workbook/obs:reader', {
      cookie,
      body: { type: 'cell' },
    });
    expect(put.status).toBe(403);
    expect(put.json).toEqual({ error: 'forbidden', reason: 'read-only account' });
  });

  it('answers 401 to a non-admin database creation and stays up', async () => {
    const cookie = await login(server, 'carol');
    expect((await call(server, 'PUT', '/newdb', { cookie })).status).toBe(401);
    expect((await call(server, 'PUT', '/newdb')).status).toBe(401);
    expect((await call(server, 'GET', '/')).status).toBe(200);
    expect((await call(server, 'GET', '/newdb', { cookie })).status).toBe(404);
  });

  it('makes further databases set up like workbook, one per spec', async () => {
    const url = await createWorkbookDatabase(server.url, 'spec-1');
    expect(url).toBe(`${server.url}/spec-1`);
    expect((await call(server, 'GET', '/spec-1')).status).toBe(401);
    const planner = await login(server, 'alice');
    const put = await call(server, 'PUT', '/spec-1/obs:x', { cookie: planner, body: {} });
    expect(put.status).toBe(201);
    const reader = await login(server, 'reader');
    const refused = await call(server, 'PUT', '/spec-1/obs:y', { cookie: reader, body: {} });
    expect(refused.json).toEqual({ error: 'forbidden', reason: 'read-only account' });
    expect((await call(server, 'GET', '/workbook/obs:x', { cookie: planner })).status).toBe(404);
    await expect(createWorkbookDatabase(server.url, 'Bad Name')).rejects.toThrow(/bad database/);
  });

  it('allows a credentialed CORS preflight from the given origin only', async () => {
    const preflight = (from: string) =>
      call(server, 'OPTIONS', '/workbook/obs:x', {
        headers: {
          origin: from,
          'access-control-request-method': 'PUT',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight(origin);
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get('access-control-allow-origin')).toBe(origin);
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    expect(allowed.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    const other = await preflight('http://127.0.0.1:1');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('couch test server replication', () => {
  it('takes documents replicated by a logged-in PouchDB client', async () => {
    const server = await startCouchServer();
    try {
      const require = createRequire(import.meta.url);
      const PouchDB = (require('pouchdb-core') as PouchStatic).plugin(
        require('pouchdb-adapter-memory'),
      );
      PouchDB.plugin(require('pouchdb-adapter-http'));
      if (typeof PouchDB.replicate !== 'function') PouchDB.plugin(require('pouchdb-replication'));
      const cookie = await login(server, 'bob');
      // Its own fetch: PouchDB's Node fetch shares one cookie jar across clients.
      const remote = new PouchDB(server.dbUrl, {
        skip_setup: true,
        fetch: (url: string, opts: RequestInit & { headers: Headers }) => {
          opts.headers.set('cookie', cookie);
          return globalThis.fetch(url, opts);
        },
      });
      const local = new PouchDB(`client-${Date.now()}`, { adapter: 'memory' });
      await local.bulkDocs([{ _id: 'obs:a' }, { _id: 'obs:b' }]);
      const result = await PouchDB.replicate!(local, remote);
      expect(result.docs_written).toBe(2);
      const read = await call(server, 'GET', '/workbook/obs:b', { cookie });
      expect(read.status).toBe(200);
    } finally {
      await server.close();
    }
  });
});

describe('couch test server keeps every version, as CouchDB does', () => {
  it('stores both leaves when two replicas wrote one document apart (replication, new_edits false)', async () => {
    const server = await startCouchServer();
    try {
      const cookie = await login(server, 'alice');
      for (const [rev, value] of [
        ['1-aaaa', 40],
        ['1-bbbb', 41],
      ] as const) {
        const res = await call(server, 'POST', '/workbook/_bulk_docs', {
          cookie,
          body: { new_edits: false, docs: [{ _id: 'obs:x', _rev: rev, value }] },
        });
        expect(res.status).toBe(201);
      }
      const read = await call(server, 'GET', '/workbook/obs:x?conflicts=true', { cookie });
      expect(read.json._conflicts).toHaveLength(1);
    } finally {
      await server.close();
    }
  });

  it('refuses each document of a reader’s replicated batch with the reason', async () => {
    const server = await startCouchServer();
    try {
      const cookie = await login(server, 'reader');
      const res = await call(server, 'POST', '/workbook/_bulk_docs', {
        cookie,
        body: { new_edits: false, docs: [{ _id: 'obs:y', _rev: '1-cccc', value: 1 }] },
      });
      expect(res.json).toEqual([{ id: 'obs:y', error: 'forbidden', reason: 'read-only account' }]);
      const read = await call(server, 'GET', '/workbook/obs:y', { cookie });
      expect(read.status).toBe(404);
      // Checkpoints are no documents: a reader may still keep its place.
      const local = await call(server, 'PUT', '/workbook/_local/cp', { cookie, body: { seq: 1 } });
      expect(local.status).toBe(201);
    } finally {
      await server.close();
    }
  });
});

describe('couch test server command', () => {
  it('prints its URL and exits cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [
      'scripts/couch-test-server.mjs',
      '--port',
      '0',
      '--origin',
      origin,
    ]);
    const [line] = (await once(child.stdout, 'data')) as [Buffer];
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line.toString())?.[0] ?? '';
    expect(url).not.toBe('');
    expect((await fetch(url + '/workbook')).status).toBe(401);
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];
    expect(code).toBe(0);
  });
});

describe('couch test server close', () => {
  it('frees its port', async () => {
    const server = await startCouchServer();
    const port = Number(new URL(server.url).port);
    expect(await portIsFree(port)).toBe(false);
    await server.close();
    expect(await portIsFree(port)).toBe(true);
  });
});
