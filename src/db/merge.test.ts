// Two tabs (two stores, two persistence subscribers) on one database, edited at the same moment.
import { saveReport } from './reports';
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { addSlide, renameSlide, type Slide } from '../model/slides';
import { findObservation, tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { editObservations } from '../state/actions';
import { editGoalTarget } from '../state/goalSetActions';
import { chooseValue, setNoteAndCitation } from '../state/provenanceActions';
import { applyStoredChange } from '../state/remote';
import { initialState, setUi, type AppState } from '../state/state';
import { createStore, type Store } from '../state/store';
import { openDb, type Db } from './db';
import { connectPersistence, type Persistence } from './persist';
import { connectSync, type Sync } from './sync';
import { testObservation } from '../model/testRows';

const entry = (indicator: string) => ({
  indicator,
  nameEn: '',
  unit: '%',
  direction: 'higher' as const,
  min: 0,
  max: 100,
  category: 'x',
});
const catalog: Catalog = new Map([['素养', entry('素养')]]);
const o = (id: string, value: number): Observation => testObservation({ id, value });
const seedRows = [o('a', 1), o('b', 2)];
const goalSets = [{ id: 'g', name: '目标', targets: [] }];
const slide = (id: string): Slide => ({
  id,
  kind: 'across',
  title: '',
  indicator: '素养',
  scope: '',
  district: '江津区',
  year: 'latest',
  dataKind: 'actual',
  goalSource: 'own',
});
const deck = [slide('s0')];
const base = (prefix: string): AppState => ({
  ...initialState(catalog, ['江津区'], prefix),
  table: tableFrom(seedRows),
  goalSets,
  deck,
  storage: 'indexeddb',
});

let open: { db: Db; p: Persistence[]; sync: Sync[] } | null = null;
afterEach(() => {
  open?.p.forEach((p) => p.stop());
  open?.sync.forEach((s) => s.stop());
  open?.db.close();
  open = null;
});

/** Two tabs; `delayMs` large so each test decides when each tab writes. */
async function twoTabs(name: string) {
  const r = await openDb(name);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  const db = r.value;
  await db.write({
    chunks: new Map(tableFrom(seedRows).chunks),
    goalSets,
    deck,
    catalog: [...catalog.values()],
  });
  const tab = (prefix: string) => {
    const store = createStore(base(prefix));
    const p = connectPersistence(store, db, { delayMs: 60_000 });
    return { store, p };
  };
  const A = tab('A');
  const B = tab('B');
  open = { db, p: [A.p, B.p], sync: [] };
  return { db, A, B };
}

/** What the sync channel does when another tab has written: read back and merge. */
async function receive(db: Db, t: { store: Store<AppState>; p: Persistence }) {
  const [chunks, sets, cat, slides] = await Promise.all([
    db.readChunks(['江津区']),
    db.readGoalSets(),
    db.readCatalog(),
    db.readDeck(),
  ]);
  t.p.applyStored((s) =>
    applyStoredChange(
      s,
      { chunks, goalSets: sets, catalog: cat, deck: slides as Slide[] },
      t.p.pendingRows(),
      t.p.pendingBases(),
    ),
  );
}
const row = (s: AppState, id: string) => findObservation(s.table, id);

describe('two tabs merge per field, not per row or document', () => {
  it('a value edit in one tab and a note edit in the other on the same row both survive', async () => {
    const { db, A, B } = await twoTabs('m-row');
    A.store.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '10' }]));
    B.store.update((s) => setNoteAndCitation(s, 'a', '已核实', ''));
    await A.p.flush();
    await B.p.flush();
    const stored = (await db.load())?.observations.find((x) => x.id === 'a');
    expect(stored).toMatchObject({ value: 10, note: '已核实' });
    await receive(db, A);
    await receive(db, B);
    expect(row(A.store.getState(), 'a')).toMatchObject({ value: 10, note: '已核实' });
    expect(row(B.store.getState(), 'a')).toMatchObject({ value: 10, note: '已核实' });
  });

  it('a broadcast arriving before this tab saves merges per field in memory', async () => {
    const { db, A, B } = await twoTabs('m-mem');
    A.store.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '10' }]));
    B.store.update((s) => setNoteAndCitation(s, 'a', '已核实', ''));
    await A.p.flush();
    await receive(db, B); // B has not saved its note yet
    expect(row(B.store.getState(), 'a')).toMatchObject({ value: 10, note: '已核实' });
    await B.p.flush();
    await receive(db, A);
    expect(row(A.store.getState(), 'a')).toMatchObject({ value: 10, note: '已核实' });
    expect((await db.load())?.observations.find((x) => x.id === 'a')).toMatchObject({
      value: 10,
      note: '已核实',
    });
  });

  it('the same cell typed in both tabs at once: the later write keeps its value and says so', async () => {
    const { db, A, B } = await twoTabs('m-same');
    A.store.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '10' }]));
    B.store.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '11' }]));
    await A.p.flush();
    await B.p.flush();
    expect((await db.load())?.observations.find((x) => x.id === 'a')?.value).toBe(11);
    expect(B.store.getState().message).toMatchObject({ kind: 'warning' });
    expect(B.store.getState().message?.msg).toMatchObject({
      code: 'savedOver',
      count: 1,
      cells: [{ row: { district: '江津区', indicator: '素养', year: 2023 }, field: 'value' }],
    });
    expect(A.store.getState().message?.kind).not.toBe('warning');
  });

  it('goal-set targets edited in two tabs both survive', async () => {
    const { db, A, B } = await twoTabs('m-goals');
    A.store.update((s) => editGoalTarget(s, 'g', '素养', 'value', '30'));
    B.store.update((s) => editGoalTarget(s, 'g', '签约', 'value', '50'));
    await A.p.flush();
    await B.p.flush();
    const targets = (await db.readGoalSets())[0]?.targets.map((x) => [x.indicator, x.value]);
    expect(targets).toEqual([
      ['素养', 30],
      ['签约', 50],
    ]);
    await receive(db, A);
    expect(A.store.getState().goalSets[0]?.targets).toHaveLength(2);
  });

  it('slides added in two tabs are both kept, and a rename in one is not undone by the other', async () => {
    const { db, A, B } = await twoTabs('m-deck');
    A.store.update((s) => ({ ...s, deck: addSlide(s.deck, slide('sA')) }));
    B.store.update((s) => ({
      ...s,
      deck: renameSlide(addSlide(s.deck, slide('sB')), 's0', '首页'),
    }));
    await A.p.flush();
    await B.p.flush();
    const stored = (await db.readDeck()) as Slide[];
    expect(stored.map((x) => x.id).sort()).toEqual(['s0', 'sA', 'sB']);
    expect(stored.find((x) => x.id === 's0')?.title).toBe('首页');
    await receive(db, A);
    expect(
      A.store
        .getState()
        .deck.map((x) => x.id)
        .sort(),
    ).toEqual(['s0', 'sA', 'sB']);
  });

  it('catalog entries added in two tabs are both kept', async () => {
    const { db, A, B } = await twoTabs('m-cat');
    A.store.update((s) => ({ ...s, catalog: new Map([...s.catalog, ['甲', entry('甲')]]) }));
    B.store.update((s) => ({ ...s, catalog: new Map([...s.catalog, ['乙', entry('乙')]]) }));
    await A.p.flush();
    await B.p.flush();
    expect((await db.readCatalog()).map((e) => e.indicator).sort()).toEqual(
      ['乙', '甲', '素养'].sort(),
    );
  });

  it('two tabs choosing different sources of one figure end with one choice, the later', async () => {
    const { db, A, B } = await twoTabs('m-choice');
    A.store.update((s) => chooseValue(s, 'a'));
    B.store.update((s) => chooseValue(s, 'b'));
    await A.p.flush();
    await receive(db, B); // B's choice is not saved yet: it stays B's choice
    await B.p.flush();
    await receive(db, A);
    const chosen = (s: AppState) => ['a', 'b'].filter((id) => row(s, id)?.preferred);
    const stored = (await db.load())?.observations.filter((x) => x.preferred).map((x) => x.id);
    expect(stored).toEqual(['b']);
    expect(chosen(A.store.getState())).toEqual(['b']);
    expect(chosen(B.store.getState())).toEqual(['b']);
  });

  it('settings changed in two tabs are stored field by field', async () => {
    const { db, A, B } = await twoTabs('m-ui');
    A.store.update((s) => setUi(s, { view: 'data' }));
    B.store.update((s) => setUi(s, { year: 2022 }));
    await A.p.flush();
    await B.p.flush();
    expect((await db.load())?.ui).toMatchObject({ view: 'data', year: 2022 });
  });

  it('two reports read under one name in two tabs keep both texts', async () => {
    const { db } = await twoTabs('m-reports');
    const r = (text: string) => ({ name: '报告 2026-11-29', text, added: 1 });
    expect(await saveReport(r('第一份'), db)).toBe('报告 2026-11-29');
    expect(await saveReport(r('第二份'), db)).toBe('报告 2026-11-29 (2)');
    expect(await saveReport(r('第一份'), db)).toBe('报告 2026-11-29');
    expect((await db.reports()).map((x) => x.text).sort()).toEqual(['第一份', '第二份'].sort());
  });

  it('the sync channel carries slides to the other tab', async () => {
    const { db, A, B } = await twoTabs('m-sync');
    const sa = connectSync(db, () => A.p, 'A', catalog);
    const sb = connectSync(db, () => B.p, 'B', catalog);
    open?.sync.push(sa, sb);
    A.store.update((s) => ({ ...s, deck: addSlide(s.deck, slide('sA')) }));
    await A.p.flush();
    sa.notify({ districts: [], goalSets: false, catalog: false, deck: true });
    await expect.poll(() => B.store.getState().deck.map((x) => x.id)).toEqual(['s0', 'sA']);
  });
});
