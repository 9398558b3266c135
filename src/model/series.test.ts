import { describe, expect, it } from 'vitest';
import { changedSeries, indexChunk, onePerYear } from './series';
import { applyRowChanges, findObservation, tableFrom, type RowChange } from './table';
import type { Observation } from './types';

const row = (i: number, over: Partial<Observation> = {}): Observation => ({
  id: `r${i}`,
  district: 'A',
  indicator: `i${i % 7}`,
  unit: '人',
  year: 2015 + (i % 5),
  kind: i % 3 === 0 ? 'target' : 'actual',
  value: i,
  qualifier: '',
  scope: i % 4 === 0 ? '医院' : '',
  source: '',
  quote: '',
  note: '',
  ...over,
});

/** The index as a fresh pass over the chunk would build it, by row ids. */
const fresh = (chunk: readonly Observation[]) =>
  [...indexChunk([...chunk]).entries()].map(([k, list]) => [k, list.map((o) => o.id)]);
const ids = (chunk: readonly Observation[]) =>
  [...indexChunk(chunk).entries()].map(([k, list]) => [k, list.map((o) => o.id)]);

describe('indexes carried through an edit', () => {
  it('equal a fresh index after random in-place value edits, and name the changed series', () => {
    let seed = 7;
    const rand = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    let table = tableFrom(Array.from({ length: 200 }, (_, i) => row(i)));
    indexChunk(table.chunks.get('A')!);
    findObservation(table, 'r0', 'A');
    for (let step = 0; step < 50; step++) {
      const chunk = table.chunks.get('A')!;
      const picks = Array.from({ length: 1 + rand(3) }, () => chunk[rand(chunk.length)]!);
      const changes: RowChange[] = picks.map((b) => ({ before: b, after: { ...b, value: step } }));
      table = applyRowChanges(table, changes);
      const next = table.chunks.get('A')!;
      expect(ids(next)).toEqual(fresh(next));
      expect(changedSeries(next)?.from).toBe(chunk);
      for (const p of picks) expect(findObservation(table, p.id, 'A')?.value).toBe(step);
    }
  });

  it('are rebuilt when a row moves year, and for added or removed rows', () => {
    const table = tableFrom(Array.from({ length: 30 }, (_, i) => row(i)));
    const chunk = table.chunks.get('A')!;
    indexChunk(chunk);
    const b = chunk[3]!;
    const moved = applyRowChanges(table, [{ before: b, after: { ...b, year: 2030 } }]);
    expect(ids(moved.chunks.get('A')!)).toEqual(fresh(moved.chunks.get('A')!));
    const added = applyRowChanges(table, [{ before: null, after: row(99) }]);
    expect(changedSeries(added.chunks.get('A')!)).toBeNull();
    expect(ids(added.chunks.get('A')!)).toEqual(fresh(added.chunks.get('A')!));
  });
});

describe('onePerYear', () => {
  it('one value a year, ascending, the grid’s choice where a year repeats (sorted or not)', () => {
    const list = [
      row(1, { year: 2022, value: 95, qualifier: '≥' }),
      row(2, { year: 2020, value: 88.6 }),
      row(3, { year: 2022, value: 93.4 }),
      row(4, { year: 2021, value: null }),
    ];
    const pick = (l: readonly Observation[]) => onePerYear(l).map((o) => [o.year, o.value]);
    const expected = [
      [2020, 88.6],
      [2022, 93.4],
    ];
    expect(pick(list)).toEqual(expected);
    expect(pick([...list].sort((a, b) => a.year - b.year))).toEqual(expected);
    expect(pick(list.map((o) => (o.id === 'r1' ? { ...o, preferred: true } : o)))).toEqual([
      [2020, 88.6],
      [2022, 95],
    ]);
  });
});
