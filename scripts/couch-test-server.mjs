// A CouchDB-compatible server for tests and the bench: express-pouchdb in memory, on 127.0.0.1.
// Apache CouchDB is not in Debian's archive; express-pouchdb speaks the same replication and
// _session protocol. Nothing is written in the current directory.
//
//   node scripts/couch-test-server.mjs --port 5984 --origin http://127.0.0.1:4173
//
// Setup before it answers: admin admin/admin-pass, database `workbook`, users alice, bob, carol
// (password <name>-pass, role planner) and reader (reader-pass, role reader), _security members
// {roles: [planner, reader]} and the read-only rule (writes without planner or _admin refused).
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

export const ADMIN = { name: 'admin', password: 'admin-pass' };
export const DB_NAME = 'workbook';
export const PLANNERS = ['alice', 'bob', 'carol'];
export const READER = 'reader';

/**
 * The design document the IT guide (docs/couchdb.md) shows: only planners and admins write.
 * Apache CouchDB runs it; this server gives the same answer with readOnlyRule instead (below).
 */
export const VALIDATE_DOC = {
  _id: '_design/planners-only',
  validate_doc_update: `function (newDoc, oldDoc, userCtx) {
  var roles = userCtx.roles || [];
  if (roles.indexOf('_admin') === -1 && roles.indexOf('planner') === -1) {
    throw({ forbidden: 'read-only account' });
  }
}`,
};

function basic(user) {
  return 'Basic ' + Buffer.from(`${user.name}:${user.password}`).toString('base64');
}

/** Answers 401 to `PUT /:db` without admin Basic auth: express-pouchdb crashes on it (pouchdb-server#374). */
function guardCreateDb(req, res, next) {
  const oneSegment = /^\/[^/_][^/]*\/?$/.test(req.path);
  if (req.method === 'PUT' && oneSegment && req.headers.authorization !== basic(ADMIN)) {
    res.status(401).json({ error: 'unauthorized', reason: 'Only an admin may create a database.' });
    return;
  }
  next();
}

/**
 * The read-only rule, applied in front of express-pouchdb: its validate_doc_update support
 * (pouchdb-validation) silently drops replicated revisions (`new_edits: false`), so two laptops'
 * edits of one cell never became a conflict on this server. Apache CouchDB runs the design
 * document itself (docs/couchdb.md); here the same answer is given before express-pouchdb sees
 * the write: `forbidden` per document, as CouchDB's `_bulk_docs` says it.
 */
function readOnlyRule(express) {
  const json = express.json({ limit: '64mb' });
  /** A write of documents: POST /db, POST /db/_bulk_docs, PUT or DELETE /db/<doc> (not _local). */
  const isWrite = (method, p) => {
    const m = /^\/([a-z][^/]*)(?:\/(.*))?$/.exec(p);
    if (!m) return false;
    const rest = m[2] ?? '';
    if (method === 'POST') return rest === '' || rest === '_bulk_docs';
    return (method === 'PUT' || method === 'DELETE') && rest !== '' && !rest.startsWith('_local/');
  };
  return async (req, res, next) => {
    const write = isWrite(req.method, req.path);
    if (!write) return next();
    try {
      const base = `${req.protocol}://${req.get('host')}`;
      const headers = {};
      if (req.headers.cookie) headers.cookie = req.headers.cookie;
      if (req.headers.authorization) headers.authorization = req.headers.authorization;
      const session = await (await fetch(`${base}/_session`, { headers })).json();
      const roles = session?.userCtx?.roles ?? [];
      // Anonymous requests are left to express-pouchdb (401 from the database's _security).
      if (!session?.userCtx?.name || roles.includes('_admin') || roles.includes('planner'))
        return next();
      const reason = 'read-only account';
      if (!req.path.endsWith('/_bulk_docs'))
        return void res.status(403).json({ error: 'forbidden', reason });
      json(req, res, () => {
        const docs = Array.isArray(req.body?.docs) ? req.body.docs : [];
        res.status(201).json(docs.map((d) => ({ id: d?._id, error: 'forbidden', reason })));
      });
    } catch (e) {
      next(e);
    }
  };
}

async function call(base, method, urlPath, body, auth = basic(ADMIN)) {
  const res = await fetch(base + urlPath, {
    method,
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: auth } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok)
    throw new Error(`couch-test-server setup: ${method} ${urlPath} → ${res.status} ${text}`);
  return text;
}

/**
 * Creates a database set up like `workbook` (members planner and reader; the read-only rule),
 * as admin over HTTP: specs running in parallel each take their own. `name`: lowercase, starting
 * with a letter (CouchDB's rule). Resolves to its URL.
 */
export async function createWorkbookDatabase(url, name) {
  if (!/^[a-z][a-z0-9_$()+/-]*$/.test(name))
    throw new Error(`couch-test-server: bad database name ${JSON.stringify(name)}`);
  const db = `/${encodeURIComponent(name)}`;
  await call(url, 'PUT', db);
  await call(url, 'PUT', `${db}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: [], roles: ['planner', 'reader'] },
  });
  return url + db;
}

async function setUp(base) {
  // The first admin ends "admin party"; this request is still anonymous.
  await call(base, 'PUT', `/_config/admins/${ADMIN.name}`, ADMIN.password, null);
  const users = [
    ...PLANNERS.map((name) => ({ name, roles: ['planner'] })),
    { name: READER, roles: ['reader'] },
  ];
  for (const { name, roles } of users) {
    await call(base, 'PUT', `/_users/org.couchdb.user:${name}`, {
      name,
      password: `${name}-pass`,
      roles,
      type: 'user',
    });
  }
  await createWorkbookDatabase(base, DB_NAME);
}

/**
 * Starts the server; resolves once set up. `origins`: exact page origins allowed by CORS with
 * credentials (the app's origin when it is served from another port).
 */
export async function startCouchServer({ port = 0, origins = [] } = {}) {
  const express = require('express');
  const cors = require('cors');
  const expressPouchDB = require('express-pouchdb');
  // pouchdb-core is one shared constructor per process (tests may also use it as a client):
  // adapters may be registered again, but replication defines a property only once.
  const PouchDB = require('pouchdb-core')
    .plugin(require('pouchdb-adapter-memory'))
    .plugin(require('pouchdb-adapter-http'));
  if (typeof PouchDB.replicate !== 'function') PouchDB.plugin(require('pouchdb-replication'));

  // express-pouchdb's log goes to a private temporary folder, removed on close; its name also
  // prefixes the databases, since memdown shares one store per name across the process.
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'couch-test-'));
  const app = express();
  app.use(
    cors({
      origin: origins,
      credentials: true,
      allowedHeaders: ['Content-Type', 'Accept', 'Authorization'],
    }),
  );
  // Ready only once set up (the Playwright webServer entry waits for this URL).
  let ready = false;
  app.get('/_test/ready', (_req, res) => {
    res.status(ready ? 200 : 503).json({ ready });
  });
  app.use(guardCreateDb);
  app.use(readOnlyRule(express));
  app.use(
    expressPouchDB(PouchDB.defaults({ adapter: 'memory', prefix: `${path.basename(tmp)}-` }), {
      inMemoryConfig: true,
      logPath: path.join(tmp, 'log.txt'),
      overrideMode: { exclude: ['routes/fauxton'] },
    }),
  );

  const server = await new Promise((resolve, reject) => {
    const s = app.listen(port, '127.0.0.1');
    s.once('listening', () => resolve(s));
    s.once('error', reject);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const url = `http://127.0.0.1:${server.address().port}`;
  let closed;
  const close = () =>
    (closed ??= new Promise((resolve) => {
      server.close(() => {
        rmSync(tmp, { recursive: true, force: true });
        resolve();
      });
      // Live changes feeds keep connections open: end them so the port is freed now.
      for (const socket of sockets) socket.destroy();
    }));
  try {
    await setUp(url);
    ready = true;
  } catch (e) {
    await close();
    throw e;
  }
  return { url, dbUrl: `${url}/${DB_NAME}`, close };
}

function parseArgs(argv) {
  const opts = { port: 0, origins: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if ((arg === '--port' || arg === '--origin') && value !== undefined) {
      if (arg === '--port') opts.port = Number(value);
      else opts.origins.push(value);
      i++;
    } else {
      throw new Error(`couch-test-server: unknown argument ${arg} (use --port N --origin URL)`);
    }
  }
  if (!Number.isInteger(opts.port) || opts.port < 0)
    throw new Error('couch-test-server: bad --port');
  return opts;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { url, dbUrl, close } = await startCouchServer(parseArgs(process.argv.slice(2)));
  console.log(`couch test server ${url} (database ${dbUrl})`);
  const stop = () => close().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
