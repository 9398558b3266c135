import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { addBlankObservation, editObservations, removeObservations } from '../state/actions';
import { createGoalSet } from '../state/goalSetActions';
import { applyImport } from '../state/importActions';
import { revertRow } from '../state/historyActions';
import { applyStoredChange } from '../state/remote';
import { resetTo } from '../state/reset';
import { initialState, redo, undo, type AppState } from '../state/state';
import { createStore } from '../state/store';
import { openDb, type Db } from './db';
import { connectPersistence } from './persist';
import { testObservation } from '../model/testRows';

const catalog: Catalog = new Map([
  [
    '素养',
    {
      indicator: '素养',
      nameEn: '',
      unit: '%',
      direction: 'higher',
      min: 0,
      max: 100,
      category: 'x',
    },
  ],
]);
const o = (id: string, district: string, value: number): Observation =>
  testObservation({ id, district, value });
const seedRows = [o('a', '江津区', 1), o('b', '江津区', 2), o('c', '荣昌区', 3)];
const base = (prefix: string): AppState => ({
  ...initialState(catalog, ['江津区', '荣昌区'], prefix),
  table: tableFrom(seedRows),
  storage: 'indexeddb',
});

async function fresh(name: string): Promise<Db> {
  const r = await openDb(name);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  await r.value.write({ chunks: new Map(tableFrom(seedRows).chunks) });
  return r.value;
}
const value = (s: AppState, id: string) =>
  [...s.table.chunks.values()].flat().find((x) => x.id === id)?.value;

describe('two tabs on one database', () => {
  it('edits to different rows of the same district both survive', async () => {
    const db = await fresh('tabs1');
    const A = createStore(base('A')),
      B = createStore(base('B'));
    const pa = connectPersistence(A, db, { delayMs: 5 }),
      pb = connectPersistence(B, db, { delayMs: 5 });
    A.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '10' }]));
    B.update((s) => editObservations(s, [{ id: 'b', field: 'value', raw: '20' }]));
    await pa.flush();
    await pb.flush();
    const stored = await db.load();
    expect(stored?.observations.map((x) => [x.id, x.value]).sort()).toEqual([
      ['a', 10],
      ['b', 20],
      ['c', 3],
    ]);
    // B learns of A's write and merges it without losing its own.
    const chunks = await db.readChunks(['江津区']);
    pb.applyStored((s) => applyStoredChange(s, { chunks }, pb.pendingRows()));
    expect([value(B.getState(), 'a'), value(B.getState(), 'b')]).toEqual([10, 20]);
    pa.stop();
    pb.stop();
    db.close();
  });

  it('for the same cell the last write wins, and unsaved local edits are kept', async () => {
    const db = await fresh('tabs2');
    const A = createStore(base('A')),
      B = createStore(base('B'));
    const pa = connectPersistence(A, db, { delayMs: 1000 }),
      pb = connectPersistence(B, db, { delayMs: 1000 });
    A.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '10' }]));
    await pa.flush();
    B.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '11' }]));
    B.update((s) => editObservations(s, [{ id: 'c', field: 'value', raw: '30' }]));
    // A remote message arrives before B has saved: B's own unsaved edits win locally.
    const chunks = await db.readChunks(['江津区', '荣昌区']);
    pb.applyStored((s) => applyStoredChange(s, { chunks }, pb.pendingRows()));
    expect([value(B.getState(), 'a'), value(B.getState(), 'c')]).toEqual([11, 30]);
    await pb.flush();
    const stored = await db.load();
    expect(stored?.observations.find((x) => x.id === 'a')?.value).toBe(11);
    // A then sees B's value for the cell both edited.
    const again = await db.readChunks(['江津区']);
    pa.applyStored((s) => applyStoredChange(s, { chunks: again }, pa.pendingRows()));
    expect(value(A.getState(), 'a')).toBe(11);
    pa.stop();
    pb.stop();
    db.close();
  });
});

describe('history', () => {
  it('records every source of change', async () => {
    const db = await fresh('hist');
    const S = createStore(base('H'));
    const p = connectPersistence(S, db, { delayMs: 1000 });
    S.update((s) => editObservations(s, [{ id: 'a', field: 'value', raw: '5' }]));
    S.update((s) =>
      editObservations(s, [{ id: 'b', field: 'value', raw: '6' }], { code: 'paste' }, 'paste'),
    );
    S.update(undo);
    S.update(redo);
    S.update((s) => addBlankObservation(s, { district: '荣昌区', indicator: '素养' }));
    S.update((s) => removeObservations(s, ['c']));
    S.update((s) => createGoalSet(s, '目标'));
    S.update(
      (s) =>
        applyImport(
          s,
          {
            layout: 'long',
            headerLang: 'zh',
            header: [],
            rows: [{ line: 2, obs: { ...o('x', '江津区', 7), year: 2030 } }],
            skipped: [],
            warnings: [],
            unknownDistricts: [],
            unknownIndicators: [],
            dataRows: 1,
          },
          { mode: 'merge', addDistricts: new Set(), addIndicators: new Set() },
        ).state,
    );
    S.update((s) => revertRow(s, { before: o('a', '江津区', 1), after: o('a', '江津区', 5) }));
    S.update((s) => resetTo(s, tableFrom(seedRows), []));
    await p.flush();
    const log = await db.history(50);
    expect(log.map((h) => h.source).reverse()).toEqual([
      'edit',
      'paste',
      'undo',
      'redo',
      'add',
      'delete',
      'goals',
      'import',
      'revert',
      'restore',
    ]);
    const first = log[log.length - 1];
    expect(first?.rows[0]?.before?.value).toBe(1);
    expect(first?.rows[0]?.after?.value).toBe(5);
    p.stop();
    db.close();
  });
});
