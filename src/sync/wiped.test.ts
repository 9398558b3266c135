import { describe, expect, it } from 'vitest';
import { editObservations } from '../state/actions';
import { memoryServer, replica, SEED, until, cellOf, stoppedAfterEach } from './testing/replicas';

const keep = stoppedAfterEach();

describe('a server emptied (or a new database)', () => {
  it('gets back this replica’s own documents, never the remote ones it refused', async () => {
    const server = memoryServer();
    const b = await replica(server, 'bob');
    b.store.update((s) => editObservations(s, [{ id: 's1', field: 'value', raw: '71' }]));
    await server.bulkDocs([
      { _id: 'virus:1', type: 'cell', rows: [], by: 'eve', at: 1 },
      { _id: cellOf('s3'), type: 'cell', rows: [{ ...SEED[2]!, value: 'x' }], by: 'eve', at: 1 },
    ]);
    await until(b.store, (x) => x.sync.refused.length === 2 && b.ctl.pending() === 0);
    await b.ctl.stop();
    const wiped = memoryServer();
    const again = keep(await replica(wiped, 'bob', { localName: b.localName, store: b.store }));
    await until(again.store, (x) => x.sync.status.kind === 'synced');
    const { rows } = await wiped.allDocs({});
    expect(rows.map((r) => r.id)).toEqual([cellOf('s1')]);
  });
});
