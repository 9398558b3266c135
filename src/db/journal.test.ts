import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { editObservations } from '../state/actions';
import { initialState, type AppState } from '../state/state';
import { createStore } from '../state/store';
import { openDb, type Db } from './db';
import { openJournal, replayJournal, type JournalEntry } from './journal';
import { connectPersistence, type SaveStatus } from './persist';
import { testObservation } from '../model/testRows';

const catalog: Catalog = new Map();
const o = (id: string, district: string, value: number): Observation =>
  testObservation({ id, district, value });

/** A Storage in memory (the tests run without a DOM). */
function memoryStorage(limit = Infinity): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    key: (i) => [...m.keys()][i] ?? null,
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => {
      if (v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
  };
}

const state = (): AppState => ({
  ...initialState(catalog, ['A', 'B'], 'x'),
  table: tableFrom([o('1', 'A', 1), o('2', 'B', 2)]),
  storage: 'indexeddb',
});

let open: Db[] = [];
afterEach(() => {
  for (const d of open) d.close();
  open = [];
});
async function seeded(name: string, s: AppState): Promise<Db> {
  const r = await openDb(name);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  open.push(r.value);
  await r.value.write({ chunks: new Map([...s.table.chunks]), goalSets: [] });
  return r.value;
}

describe('journal', () => {
  it('holds an edit from Enter until its write commits, and says saved only after the commit', async () => {
    const storage = memoryStorage();
    const s0 = state();
    const db = await seeded('j1', s0);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const slow: Db = { ...db, write: async (w) => (await gate, db.write(w)) };
    const store = createStore(s0);
    const statuses: SaveStatus[] = [];
    const p = connectPersistence(store, slow, {
      delayMs: 1,
      onStatus: (x) => statuses.push(x),
      journal: openJournal('tab1', storage, null),
    });
    store.update((s) => editObservations(s, [{ id: '2', field: 'value', raw: '7' }]));
    // Synchronously journaled: a reload now would find it.
    const other = openJournal('tab2', storage, null);
    const peek = JSON.parse(storage.getItem(storage.key(0) ?? '') ?? 'null') as JournalEntry;
    expect(peek.rows.map(([id, row]) => [id, row?.value])).toEqual([['2', 7]]);
    const flushed = p.flush();
    expect(statuses).not.toContain('saved');
    release();
    expect(await flushed).toBe(true);
    expect(statuses.at(-1)).toBe('saved');
    expect(await other.takeOrphans(() => undefined)).toEqual([]);
    p.stop();
  });

  it('a failed write keeps saying so, through later edits, until a retry commits', async () => {
    const s0 = state();
    const db = await seeded('j3', s0);
    let fail = true;
    const flaky: Db = {
      ...db,
      write: (w) => (fail ? Promise.reject(new Error('disk')) : db.write(w)),
    };
    const store = createStore(s0);
    const statuses: SaveStatus[] = [];
    const p = connectPersistence(store, flaky, { delayMs: 1, onStatus: (x) => statuses.push(x) });
    store.update((s) => editObservations(s, [{ id: '1', field: 'value', raw: '8' }]));
    expect(await p.flush()).toBe(false);
    store.update((s) => editObservations(s, [{ id: '2', field: 'value', raw: '9' }]));
    expect(statuses.at(-1)).toBe('error');
    expect(statuses).not.toContain('saved');
    fail = false;
    expect(await p.flush()).toBe(true);
    expect(statuses.at(-1)).toBe('saved');
    expect((await db.load())?.observations.map((x) => x.value)).toEqual([8, 9]);
    p.stop();
  });

  it('a tab that stopped saving says so, keeps journaling, and a new tab re-applies the edits', async () => {
    const storage = memoryStorage();
    const s0 = state();
    const db = await seeded('j2', s0);
    const store = createStore(s0);
    const statuses: SaveStatus[] = [];
    const p = connectPersistence(store, db, {
      delayMs: 1,
      onStatus: (x) => statuses.push(x),
      journal: openJournal('old', storage, null),
    });
    p.halt();
    store.update((s) => editObservations(s, [{ id: '1', field: 'value', raw: '42' }]));
    expect(await p.flush()).toBe(false);
    expect(statuses.at(-1)).toBe('stopped');
    expect(statuses).not.toContain('saved');
    p.stop();

    // The reload: the stored data is unchanged, the journal brings the edit back and it is saved.
    const store2 = createStore({ ...s0, table: tableFrom((await db.load())?.observations ?? []) });
    const p2 = connectPersistence(store2, db, { delayMs: 1 });
    const found = await openJournal('new', storage, null).takeOrphans(() => undefined);
    for (const e of found) p2.replay(e);
    expect(store2.getState().table.chunks.get('A')?.[0]?.value).toBe(42);
    expect(await p2.flush()).toBe(true);
    expect((await db.load())?.observations.find((x) => x.id === '1')?.value).toBe(42);
    expect(storage.length).toBe(0);
    p2.stop();
  });

  it('takes only journals whose tab is gone; a locked one arrives once its lock is free', async () => {
    const storage = memoryStorage();
    const held = new Set(['district-health-compare:journal:alive']);
    const waiting: (() => void)[] = [];
    const locks = {
      request(name: string, opts: { ifAvailable?: boolean }, cb: (l: unknown) => unknown) {
        if (!held.has(name)) return Promise.resolve(cb({}));
        if (opts.ifAvailable) return Promise.resolve(cb(null));
        return new Promise((r) => waiting.push(() => r(cb({}))));
      },
    };
    const entry = (v: number): JournalEntry => ({
      v: 1,
      t: v,
      rows: [['1', o('1', 'A', v), ['A']]],
    });
    storage.setItem('district-health-compare:journal:gone', JSON.stringify(entry(5)));
    storage.setItem('district-health-compare:journal:alive', JSON.stringify(entry(6)));
    const late: JournalEntry[] = [];
    const now = await openJournal('me', storage, locks).takeOrphans((e) => late.push(e));
    expect(now.map((e) => e.t)).toEqual([5]);
    expect(late).toEqual([]);
    held.clear();
    for (const w of waiting) w();
    await Promise.resolve();
    expect(late.map((e) => e.t)).toEqual([6]);
  });

  it('replays a row that moved district, and a deletion', () => {
    const s0 = state();
    const moved = { ...o('1', 'B', 3) };
    const s = replayJournal(s0, {
      v: 1,
      t: 0,
      rows: [
        ['1', moved, ['A']],
        ['2', null, ['B']],
      ],
    });
    expect([...s.table.chunks.keys()]).toEqual(['B']);
    expect(s.table.chunks.get('B')).toEqual([moved]);
    expect(s.table.size).toBe(1);
  });

  it('a damaged journal row is judged like any way in: refused, the stored row stays', () => {
    const s0 = state();
    const before = s0.table.chunks.get('A');
    const damaged = { ...o('1', 'A', 3), year: 'soon', value: 'NaN' } as unknown as Observation;
    const s = replayJournal(s0, { v: 1, t: 0, rows: [['1', damaged, ['A']]] });
    expect(s.table.chunks.get('A')).toEqual(before);
  });

  it('a stale journal never overwrites a value stored after it, and replaying twice changes nothing', () => {
    // Tab 1 journaled 1 → 5 and died; its journal was replayed and saved; then 5 → 9 was saved.
    // A copy of tab 1's journal that comes back (localStorage not yet flushed at a crash) is stale.
    const stale: JournalEntry = {
      v: 1,
      t: 0,
      rows: [['1', o('1', 'A', 5), ['A'], o('1', 'A', 1)]],
    };
    const first = replayJournal(state(), stale);
    expect(first.table.chunks.get('A')?.[0]?.value).toBe(5);
    expect(replayJournal(first, stale).table).toBe(first.table);
    const later = { ...first, table: tableFrom([o('1', 'A', 9), o('2', 'B', 2)]) };
    expect(replayJournal(later, stale).table.chunks.get('A')?.[0]?.value).toBe(9);
    // A field the later edit did not touch still comes back from the journal.
    const noted: JournalEntry = {
      v: 1,
      t: 0,
      rows: [['1', { ...o('1', 'A', 1), note: '核对' }, ['A'], o('1', 'A', 1)]],
    };
    const both = replayJournal(later, noted).table.chunks.get('A')?.[0];
    expect([both?.value, both?.note]).toEqual([9, '核对']);
  });

  it('a journal too big for localStorage is dropped, never left stale', () => {
    const storage = memoryStorage(50);
    const j = openJournal('t', storage, null);
    expect(j.write({ v: 1, t: 0, rows: [['1', o('1', 'A', 1), []]] })).toBe(false);
    expect(storage.length).toBe(0);
  });
});
