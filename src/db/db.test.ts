import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { editObservations } from '../state/actions';
import { initialState, type AppState } from '../state/state';
import { createStore } from '../state/store';
import { isQuotaError, type Db } from './db';
import { connectPersistence } from './persist';
import { testObservation } from '../model/testRows';
import { freshDb } from './freshDb';

const catalog: Catalog = new Map();
const o = (id: string, district: string, value: number): Observation =>
  testObservation({ id, district, value });
const fresh = freshDb;

describe('db', () => {
  it('returns null before the first write, then the data', async () => {
    const db = await fresh('t1');
    expect(await db.load()).toBeNull();
    await db.write({
      chunks: new Map([['A', [o('1', 'A', 1)]]]),
      goalSets: [],
      ui: { view: 'goals' },
    });
    const back = await db.load();
    expect(back?.observations.map((x) => x.id)).toEqual(['1']);
    expect(back?.ui).toEqual({ view: 'goals' });
  });

  it('persistence writes only changed districts, after the delay, and flushes on demand', async () => {
    const db = await fresh('t2');
    const s0: AppState = {
      ...initialState(catalog, ['A', 'B'], 'x'),
      table: tableFrom([o('1', 'A', 1), o('2', 'B', 2)]),
      storage: 'indexeddb',
    };
    await db.write({ chunks: new Map([...s0.table.chunks]), goalSets: [] });
    const store = createStore(s0);
    const statuses: string[] = [];
    const p = connectPersistence(store, db, { delayMs: 50, onStatus: (s) => statuses.push(s) });
    store.update((s) => editObservations(s, [{ id: '2', field: 'value', raw: '5' }]));
    expect(statuses.at(-1)).toBe('pending');
    await p.flush();
    expect(statuses.at(-1)).toBe('saved');
    const back = await db.load();
    expect(back?.observations.find((x) => x.id === '2')?.value).toBe(5);
    p.stop();
  });

  it('keeps edits in memory and retries when a write fails', async () => {
    const db = await fresh('t3');
    let fail = true;
    const flaky: Db = {
      ...db,
      write: (w) =>
        fail
          ? Promise.reject(
              Object.assign(new Error('full'), {
                name: 'AbortError',
                inner: { name: 'QuotaExceededError' },
              }),
            )
          : db.write(w),
    };
    const s0: AppState = {
      ...initialState(catalog, ['A'], 'x'),
      table: tableFrom([o('1', 'A', 1)]),
      storage: 'indexeddb',
    };
    const store = createStore(s0);
    const p = connectPersistence(store, flaky, { delayMs: 10 });
    store.update((s) => editObservations(s, [{ id: '1', field: 'value', raw: '9' }]));
    await p.flush();
    expect(store.getState().message?.msg).toEqual({ code: 'storageFull' });
    expect(store.getState().table.chunks.get('A')?.[0]?.value).toBe(9);
    fail = false;
    await p.flush();
    expect((await db.load())?.observations[0]?.value).toBe(9);
    p.stop();
  });

  it('recognises quota errors, including wrapped ones', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('x'))).toBe(false);
  });
});
