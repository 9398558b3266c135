// The load keeps rows read from IndexedDB as they are when they are in the stored form, and
// gives the table by chunk: the result must be exactly what restoring copies and regrouping give.
import { describe, expect, it } from 'vitest';
import { restoreObservations } from '../model/restore';
import { tableFrom } from '../model/table';
import { testObservation } from '../model/testRows';
import { restoreChunks } from './restoreRows';

const row = (id: string, district: string, more: Record<string, unknown> = {}) => ({
  ...testObservation({ id, district, indicator: '居民健康素养水平', value: 20 }),
  ...more,
});

const rows = (district: string) => [
  row(`${district}1`, district),
  row(`${district}2`, district, { original: { value: 18, qualifier: '' } }),
  row(`${district}3`, district, { preferred: true }),
  // Not the stored form: each is read field by field, as every other way in does.
  row(`${district}4`, district, { preferred: false }),
  row(`${district}5`, district, { extra: 'dropped' }),
  row(`${district}6`, district, { original: { value: 1, qualifier: '', more: 1 } }),
  row(`${district}7`, district, { original: undefined }),
  row(`${district}8`, district, { year: 'bad' }),
];

describe('the load (restoreChunks)', () => {
  const stored = [
    { district: '江津区', rows: rows('江津区') },
    { district: '荣昌区', rows: rows('荣昌区') },
  ];

  it('gives exactly the rows, refusals and table the copying restore step gives', () => {
    const loaded = restoreChunks(structuredClone(stored));
    const seen = new Set<string>();
    const copied = stored.map((c) => restoreObservations(structuredClone(c.rows), 'x', seen));
    const expected = copied.flatMap((r) => r.rows);
    expect(JSON.stringify(loaded.observations)).toBe(JSON.stringify(expected));
    expect(loaded.observations).toStrictEqual(expected);
    expect(loaded.refused.map((r) => r.problem.code)).toEqual(['badYear', 'badYear']);
    expect(loaded.table).toStrictEqual(tableFrom(expected));
    expect([...loaded.table.chunks.keys()]).toEqual(['江津区', '荣昌区']);
    expect(loaded.observations.some((o) => 'extra' in o || o.preferred === false)).toBe(false);
  });

  it("keeps a row already in the copy's form as read, and still refuses a bad one", () => {
    const canonical = restoreObservations(rows('江津区')).rows;
    const read = structuredClone(canonical);
    const loaded = restoreChunks([{ district: '江津区', rows: [...read, { ...read[0], id: '' }] }]);
    expect(loaded.observations).toHaveLength(read.length);
    loaded.observations.forEach((o, i) => expect(o).toBe(read[i]));
    expect(loaded.refused.map((r) => r.problem.code)).toEqual(['noId']);
  });

  it('regroups a chunk holding another district’s row, as the rows say', () => {
    const mixed = [
      { district: '江津区', rows: [row('a', '江津区'), row('b', '荣昌区')] },
      { district: '荣昌区', rows: [row('c', '荣昌区')] },
    ];
    const loaded = restoreChunks(structuredClone(mixed));
    expect(loaded.table).toStrictEqual(tableFrom(loaded.observations));
    expect(loaded.table.chunks.get('荣昌区')?.map((o) => o.id)).toEqual(['b', 'c']);
  });
});
