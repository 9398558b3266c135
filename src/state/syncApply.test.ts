import { describe, expect, it } from 'vitest';
import {
  goalSetDocId,
  obsDocId,
  projectWorkbook,
  seedCellsOf,
  type SyncContent,
} from '../model/syncDocs';
import { findObservation, tableFrom } from '../model/table';
import { testCatalog, testObservation } from '../model/testRows';
import type { Observation } from '../model/types';
import { editObservations } from './actions';
import { initialState, undo, type AppState } from './state';
import { applySyncDocs, chooseSyncVersion, setSyncInfo } from './syncActions';

const catalog = testCatalog();
const seedRows: Observation[] = [
  testObservation({ id: 's1', value: 50, source: 'a.txt', quote: '50' }),
  testObservation({ id: 's2', year: 2024, value: 60, source: 'a.txt', quote: '60' }),
];
const seed = seedCellsOf(seedRows);
const start = (): AppState => ({
  ...initialState(catalog, ['江津区'], 't-'),
  table: tableFrom(seedRows),
  storage: 'memory',
});
const cellDoc = (rows: Observation[], by = 'alice') => ({
  id: obsDocId(rows[0]!),
  content: { type: 'cell', rows } as SyncContent,
  by,
  at: 1,
});

describe('applySyncDocs: another replica’s documents arrive like another tab’s write', () => {
  it('replaces the cell’s rows, logs it as sync with who, and leaves undo alone', () => {
    const s = start();
    const next = applySyncDocs(s, [cellDoc([{ ...seedRows[0]!, value: 55 }])], seed, catalog);
    expect(findObservation(next.table, 's1')?.value).toBe(55);
    expect(next.lastChange?.source).toBe('sync');
    expect(next.lastChange?.patch.label).toEqual({ code: 'syncReceived', by: 'alice', count: 1 });
    expect(next.past).toEqual(s.past);
    expect(undo(next).table).toBe(next.table);
  });

  it('is the same state when the documents change nothing here (no echo)', () => {
    const s = start();
    expect(applySyncDocs(s, [cellDoc([seedRows[0]!])], seed, catalog)).toBe(s);
  });

  it('adds rows of a new district and names the district', () => {
    const row = testObservation({ id: 'r1', district: '荣昌区', value: 3 });
    const next = applySyncDocs(start(), [cellDoc([row])], seed, catalog);
    expect(next.districts).toEqual(['江津区', '荣昌区']);
    expect(findObservation(next.table, 'r1')).toEqual(row);
  });

  it('a deleted cell document returns the cell to the seed’s rows', () => {
    const s = applySyncDocs(start(), [cellDoc([{ ...seedRows[0]!, value: 1 }])], seed, catalog);
    const back = applySyncDocs(
      s,
      [{ id: obsDocId(seedRows[0]!), content: null, by: 'bob', at: 2 }],
      seed,
      catalog,
    );
    expect(findObservation(back.table, 's1')?.value).toBe(50);
  });

  it('moves a row another replica moved to another cell', () => {
    const moved = { ...seedRows[0]!, year: 2022 };
    const next = applySyncDocs(
      start(),
      [
        cellDoc([moved]),
        { id: obsDocId(seedRows[0]!), content: { type: 'cell', rows: [] }, by: '', at: 0 },
      ],
      seed,
      catalog,
    );
    expect(findObservation(next.table, 's1')?.year).toBe(2022);
    expect(next.table.size).toBe(2);
  });

  it('upserts and removes goal sets, keeping their order', () => {
    const set = { id: 'g1', name: '荣昌区 2025 目标', targets: [] };
    const s = applySyncDocs(
      start(),
      [{ id: goalSetDocId('g1'), content: { type: 'goalSet', set, order: 0 }, by: 'a', at: 1 }],
      seed,
      catalog,
    );
    expect(s.goalSets).toEqual([set]);
    const gone = applySyncDocs(
      s,
      [{ id: goalSetDocId('g1'), content: null, by: 'a', at: 2 }],
      seed,
      catalog,
    );
    expect(gone.goalSets).toEqual([]);
  });

  it('round-trips: a workbook’s own projection applied to a fresh replica gives the same rows', () => {
    let a = start();
    a = editObservations(a, [{ id: 's1', field: 'value', raw: '77' }]);
    const docs = [...projectWorkbook(a, seed, catalog).docs].map(([id, d]) => ({
      id,
      content: d.content,
      by: 'a',
      at: 1,
    }));
    const b = applySyncDocs(start(), docs, seed, catalog);
    expect(findObservation(b.table, 's1')).toEqual(findObservation(a.table, 's1'));
  });
});

describe('chooseSyncVersion: a planner’s choice between kept versions', () => {
  const withConflict = (): AppState => {
    const s = applySyncDocs(
      start(),
      [cellDoc([{ ...seedRows[0]!, value: 55 }], 'bob')],
      seed,
      catalog,
    );
    const id = obsDocId(seedRows[0]!);
    return setSyncInfo(s, {
      conflicts: new Map([
        [
          id,
          {
            id,
            versions: [
              {
                rev: '2-b',
                by: 'bob',
                at: 2,
                winner: true,
                content: { type: 'cell', rows: [{ ...seedRows[0]!, value: 55 }] },
              },
              {
                rev: '2-a',
                by: 'alice',
                at: 1,
                winner: false,
                content: { type: 'cell', rows: [{ ...seedRows[0]!, value: 44 }] },
              },
            ],
          },
        ],
      ]),
    });
  };

  it('takes the chosen version’s rows as one undoable step that names the document settled', () => {
    const s = withConflict();
    const id = obsDocId(seedRows[0]!);
    const next = chooseSyncVersion(s, id, '2-a', seed, catalog);
    expect(findObservation(next.table, 's1')?.value).toBe(44);
    expect(next.lastChange?.patch.resolved).toEqual([id]);
    expect(next.past.length).toBe(s.past.length + 1);
    expect(findObservation(undo(next).table, 's1')?.value).toBe(55);
  });

  it('still records a choice of the version already shown, so it is settled everywhere', () => {
    const s = withConflict();
    const next = chooseSyncVersion(s, obsDocId(seedRows[0]!), '2-b', seed, catalog);
    expect(next).not.toBe(s);
    expect(next.lastChange?.patch.rows).toEqual([]);
    expect(next.lastChange?.patch.resolved).toEqual([obsDocId(seedRows[0]!)]);
  });

  it('does nothing for a version it does not know', () => {
    const s = withConflict();
    expect(chooseSyncVersion(s, obsDocId(seedRows[0]!), '9-z', seed, catalog)).toBe(s);
  });
});
