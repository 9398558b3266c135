// The planner's peer groups through storage: saved, loaded, merged between tabs, carried by the
// sync channel, and a hostile stored group refused on the way in.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { readStored } from '../model/backup';
import { tableFrom } from '../model/table';
import type { Catalog } from '../model/types';
import { createPeerGroup, renamePeerGroup, togglePeerMember } from '../state/peerGroupActions';
import { initialState, undo, type AppState } from '../state/state';
import { createStore } from '../state/store';
import { testObservation } from '../model/testRows';
import { openDb, type Db } from './db';
import { connectPersistence, type Persistence } from './persist';
import { connectSync, type Sync } from './sync';

const catalog: Catalog = new Map();
const rows = [testObservation({ id: 'a', district: '江津区', value: 1 })];
const base = (prefix: string): AppState => ({
  ...initialState(catalog, ['江津区', '黔江区'], prefix),
  table: tableFrom(rows),
  storage: 'indexeddb',
});

let open: { db: Db; p: Persistence[]; sync: Sync[] } | null = null;
afterEach(() => {
  open?.p.forEach((p) => p.stop());
  open?.sync.forEach((s) => s.stop());
  open?.db.close();
  open = null;
});

async function tabs(name: string) {
  const r = await openDb(name);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  const db = r.value;
  await db.write({ chunks: new Map(tableFrom(rows).chunks) });
  const tab = (prefix: string) => {
    const store = createStore(base(prefix));
    return { store, p: connectPersistence(store, db, { delayMs: 60_000 }) };
  };
  const A = tab('A');
  const B = tab('B');
  open = { db, p: [A.p, B.p], sync: [] };
  return { db, A, B };
}

describe('peer groups in storage', () => {
  it('are stored, load back through the restore step, and undo removes one', async () => {
    const { db, A } = await tabs('pg-load');
    A.store.update((s) => createPeerGroup(s, '试点组', ['江津区']));
    await A.p.flush();
    const loaded = await db.load();
    const kept = readStored({ goalSets: [], catalog: [], deck: [], ...loaded });
    expect(kept.peerGroups).toEqual([{ id: 'pA1', name: '试点组', members: ['江津区'] }]);
    A.store.update(undo);
    await A.p.flush();
    expect(await db.readPeerGroups()).toEqual([]);
  });

  it('groups made in two tabs are both kept; a rename in one is not undone by the other', async () => {
    const { db, A, B } = await tabs('pg-merge');
    A.store.update((s) => createPeerGroup(s, '甲组'));
    await A.p.flush();
    B.p.applyStored((s) => ({ ...s, peerGroups: A.store.getState().peerGroups }));
    A.store.update((s) => renamePeerGroup(s, 'pA1', '甲组改'));
    B.store.update((s) => createPeerGroup(s, '乙组'));
    await A.p.flush();
    await B.p.flush();
    const stored = (await db.readPeerGroups()) as { name: string }[];
    expect(stored.map((g) => g.name).sort()).toEqual(['乙组', '甲组改'].sort());
  });

  it('the sync channel carries a group and its members to the other tab', async () => {
    const { db, A, B } = await tabs('pg-sync');
    const sa = connectSync(db, () => A.p, 'A', catalog);
    const sb = connectSync(db, () => B.p, 'B', catalog);
    open?.sync.push(sa, sb);
    A.store.update((s) => togglePeerMember(createPeerGroup(s, '组'), 'pA1', '黔江区', true));
    await A.p.flush();
    sa.notify({ districts: [], goalSets: false, catalog: false, peerGroups: true });
    await expect
      .poll(() => B.store.getState().peerGroups)
      .toEqual([{ id: 'pA1', name: '组', members: ['黔江区'] }]);
  });

  it('a hostile stored group is left out and named; another tab never takes it', async () => {
    const { db, A, B } = await tabs('pg-hostile');
    await db.write({
      peerGroups: [
        { id: 'ok', name: '好组', members: [] },
        { id: 'x', name: '<script>alert(1)</script>', members: [] },
        { id: 'y', name: '多字段', members: [], extra: true },
        { id: 'ok', name: '重复', members: [] },
      ],
    });
    const kept = readStored({ goalSets: [], catalog: [], deck: [], ...(await db.load()) });
    expect(kept.peerGroups.map((g) => g.id)).toEqual(['ok']);
    expect(kept.problems.map((p) => [p.code, p.path])).toEqual([
      ['markupInName', 'peerGroups[1].name'],
      ['unknownField', 'peerGroups[2].extra'],
      ['repeatedId', 'peerGroups'],
    ]);
    const sb = connectSync(db, () => B.p, 'B', catalog);
    open?.sync.push(sb);
    const sa = connectSync(db, () => A.p, 'A', catalog);
    open?.sync.push(sa);
    sa.notify({ districts: [], goalSets: false, catalog: false, peerGroups: true });
    await expect.poll(() => B.store.getState().peerGroups.map((g) => g.id)).toEqual(['ok']);
  });
});
