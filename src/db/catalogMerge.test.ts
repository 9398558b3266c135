// A removed or edited catalog entry stays so in storage and in another tab, while entries
// another tab added meanwhile are kept.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { Slide } from '../model/slides';
import { tableFrom } from '../model/table';
import { testObservation } from '../model/testRows';
import type { Catalog, CatalogEntry } from '../model/types';
import { addFormula, editFormula, removeFormula } from '../state/formulaActions';
import { applyStoredChange } from '../state/remote';
import { initialState, undo, type AppState } from '../state/state';
import { createStore, type Store } from '../state/store';
import { readSnapshotData } from '../model/backup';
import { openDb, type Db } from './db';
import { replayJournal, type JournalEntry } from './journal';
import { connectPersistence, type Persistence } from './persist';
import { connectSync, type Sync } from './sync';

const entry = (indicator: string, unit = '张'): CatalogEntry => ({
  indicator,
  nameEn: '',
  unit,
  direction: 'higher',
  min: 0,
  max: null,
  category: 'x',
});
const catalog: Catalog = new Map([
  ['床位数', entry('床位数')],
  ['常住人口', entry('常住人口', '万人')],
]);
const PER_K = {
  ...entry('每千人口床位数', '张/千人'),
  formula: {
    ast: {
      k: 'op' as const,
      op: '*' as const,
      a: {
        k: 'op' as const,
        op: '/' as const,
        a: { k: 'ref' as const, name: '床位数' },
        b: { k: 'ref' as const, name: '常住人口' },
      },
      b: { k: 'num' as const, v: 1000 },
    },
    earlierDenominator: false,
    definition: '',
    standard: '',
  },
};
const builtIn = new Set(catalog.keys());
const base = (prefix: string): AppState => ({
  ...initialState(catalog, ['江津区'], prefix),
  table: tableFrom([testObservation({ id: 'a', value: 1 })]),
  storage: 'indexeddb',
});

let open: { db: Db; p: Persistence[] } | null = null;
const syncs: Sync[] = [];
afterEach(() => {
  syncs.splice(0).forEach((x) => x.stop());
  open?.p.forEach((p) => p.stop());
  open?.db.close();
  open = null;
});

async function twoTabs(name: string) {
  const r = await openDb(name);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  const db = r.value;
  await db.write({ chunks: new Map(base('s').table.chunks), catalog: [...catalog.values()] });
  const tab = (prefix: string) => {
    const store = createStore(base(prefix));
    const p = connectPersistence(store, db, { delayMs: 60_000 });
    return { store, p };
  };
  const A = tab('A');
  const B = tab('B');
  open = { db, p: [A.p, B.p] };
  return { db, A, B };
}

async function receive(db: Db, t: { store: Store<AppState>; p: Persistence }) {
  const [chunks, cat] = await Promise.all([db.readChunks([]), db.readCatalog()]);
  t.p.applyStored((s) =>
    applyStoredChange(
      s,
      { chunks, catalog: cat, deck: undefined as Slide[] | undefined },
      t.p.pendingRows(),
      t.p.pendingBases(),
    ),
  );
}
const names = (entries: readonly CatalogEntry[]) => entries.map((e) => e.indicator).sort();

describe('catalog removals and edits persist', () => {
  it('a removed formula stays removed in storage; an entry another tab added stays', async () => {
    const { db, A, B } = await twoTabs('c-remove');
    A.store.update((s) => addFormula(s, PER_K));
    await A.p.flush();
    await receive(db, B);
    expect(B.store.getState().catalog.has('每千人口床位数')).toBe(true);
    // B adds an entry and A removes the formula, neither having seen the other's change.
    B.store.update((s) => ({ ...s, catalog: new Map([...s.catalog, ['乙', entry('乙')]]) }));
    await B.p.flush();
    A.store.update((s) => removeFormula(s, '每千人口床位数', builtIn));
    await A.p.flush();
    expect(names(await db.readCatalog())).toEqual(['乙', '常住人口', '床位数'].sort());
    // And the other tab drops it too, keeping its own addition.
    await receive(db, B);
    expect([...B.store.getState().catalog.keys()].sort()).toEqual(
      ['乙', '常住人口', '床位数'].sort(),
    );
  });

  it('an edited formula is stored edited, and an undone removal comes back', async () => {
    const { db, A } = await twoTabs('c-edit');
    A.store.update((s) => addFormula(s, PER_K));
    await A.p.flush();
    const edited = { ...PER_K, formula: { ...PER_K.formula, definition: '新口径' } };
    A.store.update((s) => editFormula(s, '每千人口床位数', edited, builtIn));
    await A.p.flush();
    const stored = (await db.readCatalog()).find((e) => e.indicator === '每千人口床位数');
    expect(stored?.formula?.definition).toBe('新口径');
    A.store.update((s) => removeFormula(s, '每千人口床位数', builtIn));
    await A.p.flush();
    expect(names(await db.readCatalog())).not.toContain('每千人口床位数');
    A.store.update(undo);
    await A.p.flush();
    expect(names(await db.readCatalog())).toContain('每千人口床位数');
  });
});

describe('formulas in snapshots', () => {
  it('a snapshot keeps formula entries whole, and its restore check reads them back equal', async () => {
    const r = await openDb('c-snap');
    if (!r.ok) throw new Error('no db');
    open = { db: r.value, p: [] };
    const entries = [...catalog.values(), PER_K];
    const id = await r.value.saveSnapshot(
      { name: 's', t: 1, auto: false, rows: 0 },
      { observations: [], goalSets: [], catalog: entries },
      10,
    );
    const raw = await r.value.loadSnapshot(id);
    const back = readSnapshotData(raw);
    expect(back.ok && back.value.catalog).toEqual(entries);
  });
});

describe('a journal left by a reload replays catalog removals', () => {
  it('an unsaved removal replayed over the stored catalog stays removed; another tab’s entry stays', () => {
    const stored = new Map([...catalog, ['每千人口床位数', PER_K], ['乙', entry('乙')]]);
    const s = { ...base('r'), catalog: stored };
    const journal: JournalEntry = {
      v: 1,
      t: 0,
      rows: [],
      bases: { catalog: [...catalog.values(), PER_K] },
      catalog: [...catalog.values()],
    };
    expect([...replayJournal(s, journal).catalog.keys()].sort()).toEqual(
      ['乙', '常住人口', '床位数'].sort(),
    );
    // A journal from before bases were kept only adds.
    const old = replayJournal(s, { ...journal, bases: {} });
    expect(old.catalog.has('每千人口床位数')).toBe(true);
  });
});

describe('the seed catalog in every way in', () => {
  /** A workbook as a first run leaves it: rows stored, no catalog record yet. */
  async function firstRun(name: string) {
    const r = await openDb(name);
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const db = r.value;
    await db.write({ chunks: new Map(base('s').table.chunks) });
    const tab = (prefix: string) => {
      const store = createStore(base(prefix));
      const p = connectPersistence(store, db, { delayMs: 60_000, seed: catalog });
      return { store, p };
    };
    const A = tab('A');
    const B = tab('B');
    open = { db, p: [A.p, B.p] };
    return { db, A, B };
  }

  it('another tab’s formula edit keeps the seed entries here (the store holds only additions)', async () => {
    const { db, A, B } = await firstRun('c-seed-sync');
    const sa = connectSync(db, () => A.p, 'A', catalog);
    const sb = connectSync(db, () => B.p, 'B', catalog);
    syncs.push(sa, sb);
    A.store.update((s) => addFormula(s, PER_K));
    await A.p.flush();
    const edited = { ...PER_K, unit: '张/千人' };
    A.store.update((s) => editFormula(s, '每千人口床位数', edited, builtIn));
    await A.p.flush();
    sa.notify({ districts: [], goalSets: false, catalog: true });
    await expect.poll(() => B.store.getState().catalog.get('每千人口床位数')?.unit).toBe('张/千人');
    expect([...B.store.getState().catalog.keys()]).toEqual([...catalog.keys(), '每千人口床位数']);
  });

  it('a journal written over a catalog that had lost its seed entries brings them back', () => {
    const s = { ...base('r'), catalog: new Map([...catalog, ['每千人口床位数', PER_K]]) };
    const journal: JournalEntry = {
      v: 1,
      t: 0,
      rows: [],
      bases: { catalog: [...catalog.values(), PER_K] },
      catalog: [{ ...PER_K, unit: '张/千人' }],
    };
    const next = replayJournal(s, journal, catalog);
    expect([...next.catalog.keys()]).toEqual([...catalog.keys(), '每千人口床位数']);
    expect(next.catalog.get('每千人口床位数')?.unit).toBe('张/千人');
  });
});
