import { describe, expect, it } from 'vitest';
import {
  catalogDocId,
  contentJson,
  contentWhenAbsent,
  DECK_DOC_ID,
  goalSetDocId,
  obsDocId,
  projectWorkbook,
  seedCellsOf,
  seedSetsOf,
  type Replicated,
} from './syncDocs';
import { SEED_GOAL_SET, type GoalSet } from './goalSets';
import { tableFrom } from './table';
import { LITERACY, plainEntry, testCatalog, testObservation } from './testRows';
import type { Observation } from './types';

const seedRows: Observation[] = [
  testObservation({ id: 's1', value: 50, source: 'a.txt', quote: '50' }),
  testObservation({ id: 's2', value: 52, source: 'b.txt', quote: '52' }),
  testObservation({ id: 's3', year: 2024, value: 60, source: 'a.txt', quote: '60' }),
];
const seed = seedCellsOf(seedRows);
const seedCatalog = testCatalog();
const workbook = (rows: Observation[], more: Partial<Replicated> = {}): Replicated => ({
  table: tableFrom(rows),
  // The built-in goal set, as every replica's first run makes it.
  goalSets: seedSetsOf(seed),
  catalog: seedCatalog,
  deck: [],
  peerGroups: [],
  ...more,
});

describe('projectWorkbook: only what planners own is a document', () => {
  it('has no documents for the bundled seed as it is', () => {
    expect(projectWorkbook(workbook(seedRows), seed, seedCatalog).docs.size).toBe(0);
  });

  it('makes one document per changed cell, holding every row of that cell', () => {
    const edited = { ...seedRows[0]!, value: 51, original: { value: 50, qualifier: '' as const } };
    const docs = projectWorkbook(
      workbook([edited, seedRows[1]!, seedRows[2]!]),
      seed,
      seedCatalog,
    ).docs;
    expect([...docs.keys()]).toEqual([obsDocId(edited)]);
    const c = docs.get(obsDocId(edited))!.content;
    expect(c.type === 'cell' && c.rows.map((o) => [o.id, o.value])).toEqual([
      ['s1', 51],
      ['s2', 52],
    ]);
  });

  it('makes a removed seed cell a document with no rows, and a new cell a document', () => {
    const added = testObservation({ id: 'p1', district: '荣昌区', value: 7 });
    const docs = projectWorkbook(
      workbook([seedRows[0]!, seedRows[1]!, added]),
      seed,
      seedCatalog,
    ).docs;
    const gone = docs.get(obsDocId(seedRows[2]!))!.content;
    expect(gone).toEqual({ type: 'cell', rows: [] });
    expect(docs.has(obsDocId(added))).toBe(true);
    expect(docs.size).toBe(2);
  });

  it('never replicates a derived mark', () => {
    const d = testObservation({ id: 'p2', value: 1, derived: { reason: null, inputs: [] } });
    const c = projectWorkbook(workbook([...seedRows, d]), seed, seedCatalog).docs.get(obsDocId(d))!;
    expect(c.json).not.toContain('derived');
  });

  it('lists goal sets, catalog additions (not built-ins) and the deck', () => {
    const extra = plainEntry('床位', '张');
    const docs = projectWorkbook(
      workbook(seedRows, {
        goalSets: [...seedSetsOf(seed), { id: 'g1', name: '荣昌区 2025 目标', targets: [] }],
        catalog: testCatalog(extra),
        deck: [
          {
            id: 'd1',
            kind: 'across',
            title: '',
            indicator: null,
            scope: '',
            district: null,
            year: 'latest',
            dataKind: 'actual',
            goalSource: 'own',
          },
        ],
      }),
      seed,
      seedCatalog,
    ).docs;
    expect([...docs.keys()].sort()).toEqual(
      [goalSetDocId('g1'), catalogDocId('床位'), DECK_DOC_ID].sort(),
    );
    expect(docs.has(catalogDocId(LITERACY.indicator))).toBe(false);
  });

  it('reuses a district whose chunk is the same array, and sees a changed one', () => {
    const w = workbook(seedRows);
    const first = projectWorkbook(w, seed, seedCatalog);
    const again = projectWorkbook(w, seed, seedCatalog, first);
    expect(again.byDistrict.get('江津区')).toBe(first.byDistrict.get('江津区'));
    const edited = { ...seedRows[2]!, value: 61 };
    const next = projectWorkbook(
      workbook([seedRows[0]!, seedRows[1]!, edited]),
      seed,
      seedCatalog,
      first,
    );
    expect(next.docs.has(obsDocId(edited))).toBe(true);
  });

  it('prints equal content equally, whatever the row or key order', () => {
    const [a, b] = [seedRows[0]!, seedRows[1]!];
    const flipped = Object.fromEntries(Object.entries(a).reverse()) as Observation;
    expect(contentJson({ type: 'cell', rows: [a, b] })).toBe(
      contentJson({ type: 'cell', rows: [b, flipped] }),
    );
  });

  it('says what a document means once the workbook no longer has it', () => {
    expect(contentWhenAbsent(obsDocId(seedRows[0]!), seed)).toEqual({
      type: 'cell',
      rows: [seedRows[0], seedRows[1]],
    });
    expect(contentWhenAbsent(DECK_DOC_ID, seed)).toEqual({ type: 'deck', slides: [] });
    expect(contentWhenAbsent(goalSetDocId('g1'), seed)).toBeNull();
  });

  it('has no document for the built-in goal set while it is as the seed makes it', () => {
    const rows = [
      ...seedRows,
      testObservation({ id: 's9', district: '荣昌区', kind: 'target', year: 2025, value: 90 }),
    ];
    const seeded = seedCellsOf(rows);
    const [builtIn] = seedSetsOf(seeded);
    expect(builtIn?.id).toBe(SEED_GOAL_SET.id);
    expect(builtIn?.targets).toHaveLength(1);
    const as = (goalSets: GoalSet[]) =>
      projectWorkbook(workbook(rows, { goalSets }), seeded, seedCatalog).docs;
    expect(as([builtIn!]).size).toBe(0);
    // Edited: a document. Deleted: a document saying so (nothing else would tell the others).
    const edited = { ...builtIn!, name: '荣昌区 2025 目标（修订）' };
    expect(as([edited]).get(goalSetDocId(builtIn!.id))?.content).toEqual({
      type: 'goalSet',
      set: edited,
      order: 0,
    });
    expect(as([]).get(goalSetDocId(builtIn!.id))?.content).toEqual({
      type: 'goalSet',
      set: builtIn,
      order: 0,
      removed: true,
    });
    // A built-in set's document deleted means the built-in set as the seed makes it.
    expect(contentWhenAbsent(goalSetDocId(builtIn!.id), seeded)).toEqual({
      type: 'goalSet',
      set: builtIn,
      order: 0,
    });
  });
});
