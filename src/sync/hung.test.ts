import { createServer, type Server, type ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replica, until, type Replica } from './testing/replicas';

// A server that takes requests and never answers (a paused CouchDB process).
let server: Server;
let url = '';
const held: ServerResponse[] = [];
beforeAll(async () => {
  server = createServer((_req, res) => void held.push(res));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  url = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}/workbook`;
});
const open: Replica[] = [];
afterAll(async () => {
  await Promise.all(open.map((r) => r.ctl.stop()));
  for (const res of held) res.destroy();
  await new Promise((r) => server.close(r));
});

describe('a server that stopped answering', () => {
  it('shows offline (and keeps retrying), not syncing for ever', async () => {
    const r = await replica(url, '', { requestIdleMs: 300 });
    open.push(r);
    const s = await until(r.store, (x) => x.sync.status.kind === 'offline');
    expect(s.sync.status).toEqual({ kind: 'offline', pending: 0 });
    expect(held.length).toBeGreaterThan(0);
  });
});
