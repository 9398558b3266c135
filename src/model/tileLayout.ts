// Chongqing's 38 districts as a tile map: one equal square per district on a 10 × 8 grid
// (col 0 = west, row 0 = north). Placed by hand from each district seat's longitude and
// latitude, then nudged so that neighbours stay neighbours and each group of 一区两群
// (src/model/peerGroups.ts) is one 4-connected block. The 9 central districts, tiny on the
// real map, get an inflated 3 × 3 block so their labels stay readable. Known distortions of
// any grid: 长寿 sits south-east of 渝北 (really east), 南川 does not touch 武隆.
// The layout is original (no boundary data was used), so it needs no map review and no licence.

export interface Tile {
  /** GB/T 2260 code (src/model/districtCodes.ts). */
  code: string;
  col: number;
  row: number;
}

export const TILE_COLS = 10;
export const TILE_ROWS = 8;

const t = (code: string, col: number, row: number): Tile => ({ code, col, row });

export const TILE_LAYOUT: readonly Tile[] = [
  t('500229', 7, 0), // 城口
  t('500238', 8, 0), // 巫溪
  t('500154', 6, 1), // 开州
  t('500235', 7, 1), // 云阳
  t('500236', 8, 1), // 奉节
  t('500237', 9, 1), // 巫山
  t('500152', 1, 2), // 潼南
  t('500117', 2, 2), // 合川
  t('500155', 5, 2), // 梁平
  t('500101', 6, 2), // 万州
  t('500151', 1, 3), // 铜梁
  t('500109', 2, 3), // 北碚
  t('500105', 3, 3), // 江北
  t('500112', 4, 3), // 渝北
  t('500231', 5, 3), // 垫江
  t('500233', 6, 3), // 忠县
  t('500111', 0, 4), // 大足
  t('500120', 1, 4), // 璧山
  t('500106', 2, 4), // 沙坪坝
  t('500103', 3, 4), // 渝中
  t('500108', 4, 4), // 南岸
  t('500115', 5, 4), // 长寿
  t('500230', 6, 4), // 丰都
  t('500240', 7, 4), // 石柱
  t('500153', 0, 5), // 荣昌
  t('500118', 1, 5), // 永川
  t('500107', 2, 5), // 九龙坡
  t('500104', 3, 5), // 大渡口
  t('500113', 4, 5), // 巴南
  t('500102', 5, 5), // 涪陵
  t('500156', 6, 5), // 武隆
  t('500243', 7, 5), // 彭水
  t('500114', 8, 5), // 黔江
  t('500116', 2, 6), // 江津
  t('500110', 3, 6), // 綦江
  t('500119', 4, 6), // 南川
  t('500242', 8, 6), // 酉阳
  t('500241', 8, 7), // 秀山
];

/** The tiles whose cells form the edge of a set of tiles: side segments with no member beyond. */
export function outlineSides(
  members: ReadonlySet<string>,
  layout: readonly Tile[] = TILE_LAYOUT,
): { col: number; row: number; side: 'n' | 'e' | 's' | 'w' }[] {
  const at = new Set(layout.filter((x) => members.has(x.code)).map((x) => `${x.col},${x.row}`));
  const out: { col: number; row: number; side: 'n' | 'e' | 's' | 'w' }[] = [];
  const steps = [
    ['n', 0, -1],
    ['e', 1, 0],
    ['s', 0, 1],
    ['w', -1, 0],
  ] as const;
  for (const x of layout) {
    if (!members.has(x.code)) continue;
    for (const [side, dc, dr] of steps)
      if (!at.has(`${x.col + dc},${x.row + dr}`)) out.push({ col: x.col, row: x.row, side });
  }
  return out;
}
