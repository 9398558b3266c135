import { describe, expect, it } from 'vitest';
import {
  memoryServer,
  replica,
  until,
  valueOf,
  workbookStore,
  type Replica,
  cellOf,
  editValue,
  stoppedAfterEach,
} from './testing/replicas';

/** Web Locks as one browser has them: one holder per name, the others queue in order. */
function lockManager() {
  const tails = new Map<string, Promise<void>>();
  const held = new Set<string>();
  return {
    request(
      name: string,
      opts: { ifAvailable?: boolean; signal?: AbortSignal },
      cb: (lock: unknown) => Promise<void>,
    ): Promise<unknown> {
      if (opts.ifAvailable && held.has(name)) return cb(null);
      const before = tails.get(name) ?? Promise.resolve();
      let done = () => {};
      const mine = new Promise<void>((r) => (done = r));
      tails.set(
        name,
        before.then(() => mine),
      );
      return before.then(async () => {
        held.add(name);
        try {
          return await cb({ name });
        } finally {
          held.delete(name);
          done();
        }
      });
    },
  };
}

const keep = stoppedAfterEach();
const edit = editValue;

describe('a second tab taking over', () => {
  it('uploads an edit of a cell the first tab wrote, and the outbox empties', async () => {
    const server = memoryServer();
    const locks = lockManager();
    const bob = keep(await replica(server, 'bob'));
    const tab1 = await replica(server, 'carol', { locks, localName: 'shared-tabs' });
    await until(tab1.store, (s) => s.sync.status.kind === 'synced');
    const store2 = workbookStore(undefined, 'carol2');
    const tab2p = replica(server, 'carol', { locks, localName: 'shared-tabs', store: store2 });
    await until(store2, (s) => s.sync.status.kind === 'otherTab');
    // Tab 2's edit reaches tab 1 through Dexie (the same edit in both stores).
    edit(store2, 's1', '21');
    edit(tab1.store, 's1', '21');
    await until(bob.store, (s) => valueOf(s, 's1') === 21);
    await until(tab1.store, (s) => s.sync.status.kind === 'synced' && tab1.ctl.pending() === 0);
    await tab1.ctl.stop();
    const tab2 = keep(await tab2p);
    await until(store2, (s) => s.sync.status.kind === 'synced');
    edit(store2, 's1', '22');
    await until(bob.store, (s) => valueOf(s, 's1') === 22);
    await until(store2, (x) => x.sync.status.kind === 'synced' && tab2.ctl.pending() === 0);
    expect(tab2.ctl.pending()).toBe(0);
  });
});

describe('an upload whose answer was lost', () => {
  it('leaves the outbox once the server is seen to hold it (no push change ever lists it)', async () => {
    const server = memoryServer();
    const real = server.bulkDocs.bind(server);
    let a: Replica | null = null;
    let lost = 1;
    // The server stores the batch, but the replication is cancelled (tab closing, restart,
    // network reset) before its answer arrives: PouchDB then emits no `change` for it.
    server.bulkDocs = async (arg: unknown) => {
      const res = await real(arg as never);
      const docs = (arg as { docs?: { _id: string }[] }).docs ?? [];
      if (lost > 0 && docs.some((d) => d._id === cellOf('s1'))) {
        lost--;
        a!.ctl.restart();
      }
      return res;
    };
    a = keep(await replica(server, 'carol'));
    edit(a.store, 's1', '31');
    await until(a.store, () => a.ctl.pending() === 1);
    await until(a.store, (x) => x.sync.status.kind === 'synced' && a.ctl.pending() === 0);
    expect(lost).toBe(0);
    expect(((await server.get(cellOf('s1'))).rows as { value: number }[])[0]!.value).toBe(31);
  });
});
