import { describe, expect, it } from 'vitest';
import type { Db, StoredDoc } from './pouchTypes';
import {
  memoryServer,
  replica,
  until,
  type Replica,
  cellOf,
  editValue,
  stoppedAfterEach,
} from './testing/replicas';

const keep = stoppedAfterEach();
const edit = (r: Replica, id: string, raw: string) => editValue(r.store, id, raw);

/** The server's document once it holds `value` in its first row. */
async function onServer(server: Db, id: string, value: number): Promise<StoredDoc> {
  const has = async () => {
    try {
      const d = await server.get(id);
      return (d.rows as { value: number }[])[0]?.value === value ? d : null;
    } catch {
      return null;
    }
  };
  return (
    (await has()) ??
    new Promise<StoredDoc>((resolve) => {
      const feed = server.changes({ live: true, since: 'now' }).on('change', () => {
        void has().then((d) => {
          if (!d) return;
          feed.cancel();
          resolve(d);
        });
      });
    })
  );
}

describe('who made an edit while logged out', () => {
  it('the last user who logged in on this replica, not nobody', async () => {
    const server = memoryServer();
    const a = keep(await replica(server, 'alice'));
    await a.ctl.logout();
    expect(a.store.getState().sync.user).toBe('');
    edit(a, 's1', '61');
    await until(a.store, () => a.ctl.pending() === 1);
    a.ctl.restart();
    expect((await onServer(server, cellOf('s1'), 61)).by).toBe('alice');
  });

  it('after a reload without a session too (remembered by the replica, or the saved name)', async () => {
    const server = memoryServer();
    const a = await replica(server, 'alice');
    await a.ctl.stop();
    const again = keep(await replica(server, '', { localName: a.localName, store: a.store }));
    edit(again, 's1', '62');
    expect((await onServer(server, cellOf('s1'), 62)).by).toBe('alice');
    const fresh = keep(await replica(server, '', { lastUser: 'bob' }));
    edit(fresh, 's3', '63');
    expect((await onServer(server, cellOf('s3'), 63)).by).toBe('bob');
  });
});
