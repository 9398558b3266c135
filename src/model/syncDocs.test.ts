import { describe, expect, it } from 'vitest';
import { cellOfDocId, obsDocId, type CellParts } from './syncDocs';

const cell: CellParts = {
  district: '江津区',
  indicator: '每千人口执业(助理)医师数',
  year: 2024,
  kind: 'actual',
  scope: '白沙镇/中心卫生院?#&|',
};

describe('observation document ids', () => {
  it('round-trip any name, and never start with CouchDB’s reserved _', () => {
    const id = obsDocId(cell);
    expect(id.startsWith('obs:')).toBe(true);
    expect(cellOfDocId(id)).toEqual(cell);
    expect(obsDocId({ ...cell, district: '_design' }).startsWith('_')).toBe(false);
  });

  it('differ for every part, so two cells never share a document', () => {
    const ids = new Set(
      [
        cell,
        { ...cell, year: 2023 },
        { ...cell, kind: 'target' as const },
        { ...cell, scope: '' },
        { ...cell, district: '黔江区' },
      ].map(obsDocId),
    );
    expect(ids.size).toBe(5);
  });

  it.each([
    '_design/x',
    'obs:a|b',
    'obs:a|b|20x4|actual|',
    'obs:a|b|2024|other|',
    'obs:%E0|b|2024|actual|',
  ])('reads %s as no cell of ours', (id) => expect(cellOfDocId(id)).toBeNull());
});
