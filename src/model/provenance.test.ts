import { describe, expect, it } from 'vitest';
import { buildCompare } from './compare';
import {
  chooseChanges,
  conflictGroup,
  numberSpan,
  origin,
  restoreSourceChange,
  sourcesDisagree,
  withEditedValue,
} from './provenance';
import { applyRowChanges, tableFrom } from './table';
import type { Catalog, Observation } from './types';

const o = (id: string, value: number, over: Partial<Observation> = {}): Observation => ({
  id,
  district: '江津区',
  indicator: '接种率',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source: 'a.txt',
  quote: '接种率达97.2%',
  note: '',
  ...over,
});
const catalog: Catalog = new Map([
  [
    '接种率',
    {
      indicator: '接种率',
      nameEn: '',
      unit: '%',
      direction: 'higher',
      min: 0,
      max: 100,
      category: 'x',
    },
  ],
]);

describe('provenance', () => {
  it('classifies report, edited and user values', () => {
    expect(origin(o('a', 1))).toBe('report');
    expect(origin(o('a', 1, { source: '', quote: '' }))).toBe('user');
    expect(origin(o('a', 2, { original: { value: 1, qualifier: '' } }))).toBe('edited');
    expect(origin(o('a', 1, { original: { value: 1, qualifier: '' } }))).toBe('report');
  });

  it('remembers the report value once, and restores it', () => {
    const first = withEditedValue(o('a', 97.2), o('a', 98));
    expect(first.original).toEqual({ value: 97.2, qualifier: '' });
    const second = withEditedValue(first, { ...first, value: 99 });
    expect(second.original).toEqual({ value: 97.2, qualifier: '' });
    expect(
      withEditedValue(o('u', 1, { source: '' }), o('u', 2, { source: '' })).original,
    ).toBeUndefined();
    const back = restoreSourceChange(second);
    expect(back?.after).toEqual(o('a', 97.2));
    expect(restoreSourceChange(o('a', 1))).toBeNull();
  });

  it('a chosen value wins the comparison, and only one row carries the choice', () => {
    const rows = [o('x', 97.2, { source: '000.txt' }), o('y', 96.8, { source: '001.txt' })];
    const t0 = tableFrom(rows);
    const opts = {
      year: 'latest' as const,
      kind: 'actual' as const,
      category: '',
      districts: ['江津区'],
    };
    expect(buildCompare(t0, catalog, opts).rows[0]?.cells[0]).toMatchObject({
      value: 96.8,
      conflict: true,
      chosen: false,
    });
    const t1 = applyRowChanges(t0, chooseChanges(conflictGroup(rows, rows[0] as Observation), 'x'));
    expect(buildCompare(t1, catalog, opts).rows[0]?.cells[0]).toMatchObject({
      value: 97.2,
      conflict: true,
      chosen: true,
    });
    const rows1 = t1.chunks.get('江津区') ?? [];
    const t2 = applyRowChanges(
      t1,
      chooseChanges(conflictGroup(rows1, rows1[0] as Observation), 'y'),
    );
    expect((t2.chunks.get('江津区') ?? []).filter((r) => r.preferred).map((r) => r.id)).toEqual([
      'y',
    ]);
  });

  describe('a planner’s edit is an edit, not a third source', () => {
    // 江津区 专科联盟数量: both 江津 reports say 3.
    const opts = {
      year: 'latest' as const,
      kind: 'actual' as const,
      category: '',
      districts: ['江津区'],
    };
    const cell = (rows: Observation[]) =>
      buildCompare(tableFrom(rows), catalog, opts).rows[0]?.cells[0];
    const edit = (r: Observation, value: number) => withEditedValue(r, { ...r, value });

    it('editing a value two reports agree on raises no conflict', () => {
      const a = o('a', 3, { source: '000.txt' });
      const b = o('b', 3, { source: '001.txt' });
      expect(cell([a, edit(b, 5)])).toMatchObject({ value: 5, conflict: false, origin: 'edited' });
      expect(cell([edit(a, 5), b])).toMatchObject({ value: 5, conflict: false, origin: 'edited' });
      expect(sourcesDisagree([edit(a, 5), b])).toBe(false);
    });

    it('a later report giving the old value shows the edit, marked edited, without a conflict', () => {
      const a = edit(o('a', 3, { source: '000.txt' }), 5);
      const later = o('z', 3, { source: '009.txt' });
      expect(cell([a, later])).toMatchObject({ value: 5, conflict: false, origin: 'edited' });
    });

    it('reports that disagree stay flagged, edited or not', () => {
      const a = o('a', 3, { source: '000.txt' });
      const b = o('b', 4, { source: '001.txt' });
      expect(cell([a, b])).toMatchObject({ conflict: true });
      expect(cell([a, edit(b, 3)])).toMatchObject({ value: 3, conflict: true });
      expect(sourcesDisagree([a, edit(b, 3)])).toBe(true);
    });
  });

  it('finds the number in its quote for highlighting', () => {
    expect(numberSpan('居民健康素养水平提升至32.22%。', 32.22)).toEqual([11, 16]);
    expect(numberSpan('新增托位 1258 个(总数 3748 个)', 3748)).toEqual([15, 19]);
    expect(numberSpan('达到130%', 13)).toBeNull();
  });
});
