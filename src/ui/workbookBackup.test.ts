import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, schemaStores, type Db } from '../db/db';
import { connectPersistence, type Persistence } from '../db/persist';
import { backupJson, readBackup, readSnapshotData, type Backup } from '../model/backup';
import type { GoalSet } from '../model/goalSets';
import type { Slide } from '../model/slides';
import { tableFrom } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import { editObservations } from '../state/actions';
import { messageText } from '../i18n/messages';
import { initialState, setUi, undo, type AppState, type Message } from '../state/state';
import { createStore } from '../state/store';
import type { Services } from './services';
import { applyBackup, gatherBackup } from './workbookBackup';

const shown = (m: Message | null) => (m ? messageText(m.msg, new Map()) : '');

const entry = (indicator: string): CatalogEntry => ({
  indicator,
  nameEn: indicator,
  unit: '%',
  direction: 'higher',
  min: 0,
  max: 100,
  category: '健康水平',
});
/** Stands in for the seed catalog, which every workbook has. */
const seedCatalog: Catalog = new Map([['素养', entry('素养')]]);
const o = (id: string, value: number | null, extra: Partial<Observation> = {}): Observation => ({
  id,
  district: '江津区',
  indicator: '素养',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
  ...extra,
});
const slide: Slide = {
  id: 'sl1',
  kind: 'progress',
  title: '会议用',
  indicator: '素养',
  scope: '',
  district: '江津区',
  year: 2023,
  dataKind: 'actual',
  goalSource: 'g1',
};
const goals: GoalSet[] = [
  {
    id: 'g1',
    name: '会前目标',
    targets: [{ indicator: '素养', value: 30, year: 2025, qualifier: '≥' }],
  },
];

const group = { id: 'p1', name: '渝西片区', members: ['江津区', '荣昌区'] };

let open: { db: Db; p: Persistence }[] = [];
afterEach(() => {
  for (const { db, p } of open) {
    p.stop();
    db.close();
  }
  open = [];
});

/** A running workbook on database `name`, as the app starts it (first run writes `rows`). */
async function workbook(name: string, rows: Observation[], extra: Partial<AppState> = {}) {
  const r = await openDb(name);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  const db = r.value;
  const s0: AppState = {
    ...initialState(seedCatalog, ['江津区'], 'x'),
    table: tableFrom(rows),
    storage: 'indexeddb',
    ...extra,
  };
  await db.write({
    chunks: new Map([...s0.table.chunks]),
    goalSets: s0.goalSets,
    ui: s0.ui,
    catalog: [...s0.catalog.values()],
    deck: s0.deck,
    peerGroups: s0.peerGroups,
  });
  const store = createStore(s0);
  const p = connectPersistence(store, db, { delayMs: 1 });
  open.push({ db, p });
  const sv: Services = {
    store,
    db: () => db,
    persistence: () => p,
    memoryHistory: [],
    appVersion: 'test',
  };
  return { db, store, p, sv };
}

/** Every store's records, read with raw IndexedDB (not through the app). */
function dump(name: string): Promise<Record<string, unknown[]>> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onerror = () => reject(req.error ?? new Error('open failed'));
    req.onsuccess = () => {
      const idb = req.result;
      const names = [...idb.objectStoreNames];
      const tx = idb.transaction(names);
      const out: Record<string, unknown[]> = {};
      for (const n of names) {
        const get = tx.objectStore(n).getAll();
        get.onsuccess = () => (out[n] = get.result as unknown[]);
      }
      tx.oncomplete = () => (idb.close(), resolve(out));
      tx.onerror = () => reject(tx.error ?? new Error('read failed'));
    };
  });
}

const without = (key: string) => (r: unknown) => {
  const { [key]: _drop, ...rest } = r as Record<string, unknown>;
  return rest;
};
const byId = (a: unknown, b: unknown) =>
  String((a as { id: string }).id).localeCompare(String((b as { id: string }).id));
/** A district chunk's rows, in id order (the order inside a chunk carries no meaning). */
const rowsOf = (chunks: unknown[]) =>
  chunks.flatMap((c) => (c as { rows: unknown[] }).rows).sort(byId);
/** Each of A's records is in B (B also keeps its own log, and what the restore logged). */
const contained =
  (key: string, keep: (r: unknown) => boolean = () => true) =>
  (a: unknown[], b: unknown[]) => {
    const theirs = b.map(without(key));
    for (const r of a.filter(keep)) expect(theirs).toContainEqual(without(key)(r));
  };
const manualIds = (d: Record<string, unknown[]>) =>
  new Set(
    (d.snapshots ?? [])
      .filter((m) => !(m as { auto: boolean }).auto)
      .map((m) => (m as { id: number }).id),
  );

describe('a backup holds the whole workbook', () => {
  it('round-trips every IndexedDB store of the real schema into a fresh database', async () => {
    // Workbook A: data with a chosen row, an edited sourced value and extreme numbers, a goal
    // set, a catalog addition, a deck, settings, history, a read-in report, snapshots.
    const a = await workbook(
      'bk-a',
      [
        o('1', 32.22, { preferred: true, source: '读入报告.txt', quote: '达32.22%' }),
        o('2', 40, { original: { value: 38, qualifier: '≈' }, note: '核对后修改' }),
        o('3', 1e21, { indicator: '新指标', unit: '个' }),
        o('4', -0),
        o('5', null, { kind: 'target', year: 2025 }),
      ],
      {
        goalSets: goals,
        catalog: new Map([...seedCatalog, ['新指标', { ...entry('新指标'), unit: '个' }]]),
        deck: [slide],
        peerGroups: [group],
      },
    );
    a.store.update((s) => setUi(s, { view: 'goals', goalSource: 'g1', chartsHidden: true }));
    a.store.update((s) => editObservations(s, [{ id: '2', field: 'value', raw: '41' }]));
    await a.p.flush();
    await a.db.addReport({
      name: '读入报告.txt',
      text: '某区居民健康素养水平达32.22%。',
      added: 5,
    });
    const s = a.store.getState();
    const data = {
      observations: [...s.table.chunks.values()].flat(),
      goalSets: s.goalSets,
      catalog: [],
    };
    await a.db.saveSnapshot({ name: '会前版本', t: 10, auto: false, rows: 5 }, data, 10);
    await a.db.saveSnapshot({ name: '自动', t: 11, auto: true, rows: 5 }, data, 10);

    const text = backupJson(await gatherBackup(a.sv));
    const read = readBackup(JSON.parse(text));
    if (!read.ok) throw new Error(JSON.stringify(read.reason));

    // Workbook B: a fresh database with other data, as after clearing the browser.
    const b = await workbook('bk-b', [o('9', 1)]);
    expect(await applyBackup(b.sv, read.value, { code: 'restoreBackup', file: 'b.json' })).toEqual({
      ok: true,
      value: null,
    });
    await b.p.flush();

    const before = await dump('bk-a');
    const after = await dump('bk-b');
    const checks: Record<string, (x: unknown[], y: unknown[]) => void> = {
      chunks: (x, y) => expect(rowsOf(y)).toEqual(rowsOf(x)),
      kv: (x, y) => {
        const kv = (l: unknown[]) => new Map(l.map((r) => [(r as { key: string }).key, r]));
        for (const [k, v] of kv(x)) expect(kv(y).get(k), `kv ${k}`).toEqual(v);
      },
      goalSets: (x, y) => expect(y).toEqual(x),
      history: contained('seq'),
      reports: contained('name'),
      // Automatic snapshots are the app's own copies before its actions: they stay behind.
      snapshots: contained('id', (m) => !(m as { auto: boolean }).auto),
      snapshotData: contained('id', (d) => manualIds(before).has((d as { id: number }).id)),
    };
    for (const store of schemaStores()) {
      expect(checks[store], `store “${store}” has no backup round-trip check`).toBeDefined();
      expect(before[store]?.length, `store “${store}” was filled for the test`).toBeGreaterThan(0);
      checks[store]?.(before[store] ?? [], after[store] ?? []);
    }
    expect(
      Object.is(
        b.store
          .getState()
          .table.chunks.get('江津区')
          ?.find((r) => r.id === '4')?.value,
        -0,
      ),
    ).toBe(true);
    expect(b.store.getState().deck).toEqual([slide]);
    expect(b.store.getState().peerGroups).toEqual([group]);
    // The groups come back with the data, and go with it in one undo step.
    b.store.update(undo);
    expect(b.store.getState().peerGroups).toEqual([]);
    expect(
      b.store
        .getState()
        .table.chunks.get('江津区')
        ?.map((r) => r.id),
    ).toEqual(['9']);
  });

  it('gives a report whose name holds another text here a new name, and its rows follow', async () => {
    const b = await workbook('bk-c', [o('9', 1)]);
    await b.db.addReport({ name: 'r.txt', text: '另一份报告', added: 1 });
    const backup = makeRestorable({
      observations: [o('1', 5, { source: 'r.txt', quote: '达5%' })],
      reports: [{ name: 'r.txt', text: '这份报告达5%', added: 2 }],
    });
    expect((await applyBackup(b.sv, backup, { code: 'restoreBackup', file: 'b.json' })).ok).toBe(
      true,
    );
    expect((await b.db.getReport('r.txt'))?.text).toBe('另一份报告');
    expect((await b.db.getReport('r (2).txt'))?.text).toBe('这份报告达5%');
    expect(b.store.getState().table.chunks.get('江津区')?.[0]?.source).toBe('r (2).txt');
  });

  it('says which indicators the backup defines differently (this app’s definition is kept)', async () => {
    const b = await workbook('bk-e', [o('9', 1)]);
    const backup = makeRestorable({ catalog: [{ ...entry('素养'), unit: '‰' }] });
    expect((await applyBackup(b.sv, backup, { code: 'restoreBackup', file: 'b.json' })).ok).toBe(
      true,
    );
    expect(b.store.getState().catalog.get('素养')?.unit).toBe('%');
    expect(b.store.getState().message).toMatchObject({ kind: 'warning' });
    expect(shown(b.store.getState().message)).toContain('素养');
  });

  it('changes nothing and says why when the backup’s logs cannot be stored', async () => {
    const b = await workbook('bk-d', [o('9', 1)]);
    const failing: Db = { ...b.db, addRestored: () => Promise.reject(new Error('disk full')) };
    const sv: Services = { ...b.sv, db: () => failing };
    const r = await applyBackup(sv, makeRestorable({ observations: [o('1', 5)] }), {
      code: 'restoreBackup',
      file: 'b.json',
    });
    expect(r.ok).toBe(false);
    expect(shown(b.store.getState().message)).toContain('disk full');
    expect([...b.store.getState().table.chunks.values()].flat().map((x) => x.id)).toEqual(['9']);
  });
});

function makeRestorable(parts: Partial<Backup>): Backup {
  const r = readBackup(
    JSON.parse(
      JSON.stringify({
        format: 'district-health-backup',
        version: 3,
        observations: [],
        ...parts,
      }),
    ),
  );
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}

/** mulberry32: a small seeded generator, so a failure can be replayed from its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Values of every kind the app stores: huge, tiny, negative zero, many decimals, negative. */
function values(seed: number, n: number): (number | null)[] {
  const r = rng(seed);
  const fixed = [
    1e21,
    1.7976931348623157e308,
    5e-324,
    1e-300,
    -0,
    0,
    -1e21,
    0.1 + 0.2,
    123456.789012345,
    null,
  ];
  const out: (number | null)[] = [...fixed];
  while (out.length < n) {
    const kind = Math.floor(r() * 5);
    const sign = r() < 0.3 ? -1 : 1;
    if (kind === 0) out.push(sign * r() * 10 ** Math.floor(r() * 308));
    else if (kind === 1) out.push(sign * r() * 10 ** -Math.floor(r() * 323));
    else if (kind === 2) out.push(Number((sign * r() * 1000).toFixed(Math.floor(r() * 17))));
    else if (kind === 3) out.push(sign * Math.floor(r() * 2 ** 53));
    else out.push(r() < 0.5 ? -0 : sign * r());
  }
  return out;
}

describe('every value the app stores round-trips exactly (seeded property test)', () => {
  const SEED = 20261129;
  const vals = values(SEED, 400);
  const rows = vals.map((v, i) =>
    o(
      `v${i}`,
      v,
      i % 3 === 0
        ? { original: { value: vals[(i + 7) % vals.length] ?? null, qualifier: '' } }
        : {},
    ),
  );
  const sets: GoalSet[] = [
    {
      id: 'gv',
      name: 'values',
      targets: vals.map((v, i) => ({ indicator: `i${i}`, value: v, year: 2025, qualifier: '' })),
    },
  ];
  const same = (got: readonly Observation[]) => {
    const byKey = new Map(got.map((r) => [r.id, r]));
    for (const want of rows) {
      const g = byKey.get(want.id);
      expect(
        Object.is(g?.value, want.value),
        `${want.id}: ${g?.value} vs ${want.value} (seed ${SEED})`,
      ).toBe(true);
      expect(Object.is(g?.original?.value, want.original?.value), `${want.id} original`).toBe(true);
    }
  };

  it('through a backup file and the app’s own restore', async () => {
    const a = await workbook('pv-a', rows, { goalSets: sets });
    const read = readBackup(JSON.parse(backupJson(await gatherBackup(a.sv))));
    if (!read.ok) throw new Error(JSON.stringify(read.reason));
    same(read.value.observations);
    read.value.goalSets[0]?.targets.forEach((t, i) =>
      expect(Object.is(t.value, vals[i]), `target ${i}`).toBe(true),
    );
    // Restored over a workbook holding the same ids with other values (0 where -0 is due).
    const b = await workbook(
      'pv-b',
      rows.map((r) => ({ ...r, value: Object.is(r.value, -0) ? 0 : 1 })),
    );
    expect(
      (await applyBackup(b.sv, read.value, { code: 'restoreBackup', file: 'b.json' })).ok,
    ).toBe(true);
    same([...b.store.getState().table.chunks.values()].flat());
    await b.p.flush();
    same((await b.db.load())?.observations ?? []);
  });

  it('through a snapshot', async () => {
    const a = await workbook('pv-c', rows);
    const id = await a.db.saveSnapshot(
      { name: 'v', t: 1, auto: false, rows: rows.length },
      { observations: rows, goalSets: sets, catalog: [] },
      10,
    );
    const r = readSnapshotData(await a.db.loadSnapshot(id));
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    same(r.value.observations);
  });
});
