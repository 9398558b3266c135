// A hand-edited or damaged database opens: good rows load, bad rows are reported with where
// they are and kept aside — never a crash, never a silent drop.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Observation } from '../model/types';
import { testObservation } from '../model/testRows';
import { freshDb } from './freshDb';

const good = (id: string, value: number | null): Observation =>
  testObservation({ id, indicator: '居民健康素养水平', value });

const fresh = freshDb;

/** Writes a chunk record straight into IndexedDB, as a hand edit in DevTools would. */
function putRaw(name: string, record: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => {
      const idb = req.result;
      const tx = idb.transaction('chunks', 'readwrite');
      tx.objectStore('chunks').put(record);
      tx.oncomplete = () => {
        idb.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error ?? new Error('put failed'));
    };
    req.onerror = () => reject(req.error ?? new Error('open failed'));
  });
}

describe('loading a damaged database', () => {
  it('loads the good rows and reports every bad one with its place', async () => {
    const db = await fresh('damaged-1');
    const bad: unknown[] = [
      { ...good('y', 1), year: 'abc' },
      { ...good('v', 1), value: 'NaN' },
      { ...good('k', 1), kind: '__proto__' },
      { ...good('i', 1), id: '' },
      null,
      { ...good('q', 1), qualifier: '≤' },
    ];
    await db.write({
      chunks: new Map([['江津区', [good('a', 1), ...(bad as Observation[]), good('b', null)]]]),
      goalSets: [],
    });
    await putRaw('damaged-1', { district: '荣昌区', rows: 'not a list' });
    db.close();
    const again = await fresh('damaged-1');
    const stored = await again.load();
    expect(stored?.observations.map((o) => o.id).sort()).toEqual(['a', 'b']);
    expect(stored?.refused.map((x) => [x.problem.code, x.problem.path])).toEqual([
      ['badYear', '江津区.rows[1].year'],
      ['notANumber', '江津区.rows[2].value'],
      ['badKind', '江津区.rows[3].kind'],
      ['noId', '江津区.rows[4].id'],
      ['badField', '江津区.rows[5]'],
      ['badQualifier', '江津区.rows[6].qualifier'],
      ['badField', '荣昌区.rows'],
    ]);
    // The refused rows are kept as they were, not dropped.
    expect(stored?.refused.map((x) => x.row)).toEqual([...bad, 'not a list']);
  });

  it('refuses a row whose id an earlier row has, in the same or another district', async () => {
    // Kept, the next whole-chunk save would have written one of each pair and lost the other.
    const db = await fresh('damaged-3');
    const twin = { ...good('a', 2) };
    await db.write({
      chunks: new Map([
        ['江津区', [good('a', 1), good('b', 1), twin]],
        ['荣昌区', [{ ...good('b', 3), district: '荣昌区' }]],
      ]),
    });
    db.close();
    const stored = await (await fresh('damaged-3')).load();
    expect(stored?.observations.map((o) => [o.id, o.value])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(stored?.refused.map((x) => [x.problem.code, x.problem.path])).toEqual([
      ['repeatedId', '江津区.rows[2]'],
      ['repeatedId', '荣昌区.rows[0]'],
    ]);
  });

  it('keeps the refused rows aside, once, and still reports them on the next load', async () => {
    const db = await fresh('damaged-2');
    const bad = { ...good('y', 1), year: 1800 };
    await db.write({ chunks: new Map([['江津区', [good('a', 1), bad]]]) });
    const first = await db.load();
    await db.keepAside(first?.refused ?? []);
    await db.keepAside(first?.refused ?? []);
    const second = await db.load();
    expect(second?.refused.map((x) => x.row)).toEqual([bad]);
    const aside = await new Promise<unknown>((resolve) => {
      const req = indexedDB.open('damaged-2');
      req.onsuccess = () => {
        const get = req.result.transaction('kv').objectStore('kv').get('setAside');
        get.onsuccess = () => {
          req.result.close();
          resolve(get.result);
        };
      };
    });
    expect(aside).toEqual({
      key: 'setAside',
      value: [{ problem: expect.objectContaining({ code: 'badYear' }), row: bad }],
    });
  });
});
