import { describe, expect, it } from 'vitest';
import { DIVISIONS } from './districtCodes';
import { PEER_GROUPS } from './peerGroups';
import { outlineSides, TILE_COLS, TILE_LAYOUT, TILE_ROWS } from './tileLayout';

describe('tile layout', () => {
  it('has 38 tiles, no two on one cell', () => {
    expect(TILE_LAYOUT).toHaveLength(38);
    expect(new Set(TILE_LAYOUT.map((x) => `${x.col},${x.row}`)).size).toBe(38);
  });

  it('places every district of DIVISIONS exactly once', () => {
    const codes = TILE_LAYOUT.map((x) => x.code).sort();
    expect(codes).toEqual(DIVISIONS.map((d) => d.code).sort());
  });

  it('keeps every tile within the grid', () => {
    for (const x of TILE_LAYOUT) {
      expect(Number.isInteger(x.col) && x.col >= 0 && x.col < TILE_COLS).toBe(true);
      expect(Number.isInteger(x.row) && x.row >= 0 && x.row < TILE_ROWS).toBe(true);
    }
  });

  // The three groups of 一区两群 (主城新区 rings 中心城区, so it cannot be one block).
  it.each(PEER_GROUPS.map((g) => [g.name, g] as const))(
    'draws %s as one 4-connected block',
    (_name, g) => {
      const cells = new Map(
        TILE_LAYOUT.filter((x) => g.members.includes(x.code)).map((x) => [`${x.col},${x.row}`, x]),
      );
      expect(cells.size).toBe(g.members.length);
      const [start] = cells.keys();
      const seen = new Set([start]);
      const queue = [start as string];
      while (queue.length) {
        const [c, r] = (queue.shift() as string).split(',').map(Number) as [number, number];
        for (const k of [`${c + 1},${r}`, `${c - 1},${r}`, `${c},${r + 1}`, `${c},${r - 1}`])
          if (cells.has(k) && !seen.has(k)) {
            seen.add(k);
            queue.push(k);
          }
      }
      expect(seen.size).toBe(cells.size);
    },
  );

  it('outlines a block by the sides with no member beyond', () => {
    // 城口 (7,0) and 巫溪 (8,0): a 2 × 1 block has 6 outer sides.
    const sides = outlineSides(new Set(['500229', '500238']));
    expect(sides).toHaveLength(6);
    expect(sides).toContainEqual({ col: 7, row: 0, side: 'w' });
    expect(sides).not.toContainEqual({ col: 7, row: 0, side: 'e' });
  });
});
