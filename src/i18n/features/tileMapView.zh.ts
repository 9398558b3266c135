// Strings of the 地图 tab (issue 16 §3), Simplified Chinese: loaded with the tab's code (see
// provideStrings in src/i18n/index.ts); tileMap.zh.ts keeps what the deck and the menus use.
export const tileMapViewZh = {
  heading: '全市一览',
  indicator: '指标',
  colouring: '着色',
  byEqual: '按数值·等距分级',
  byQuantile: '按数值·分位数分级',
  byStatus: '按目标状态',
  exportPng: '导出 PNG',
  exportFailed: (why: string) => `地图 PNG 导出失败：${why}`,
  mapLabel: (indicator: string) => `${indicator}：区县方块地图`,
  legendEqual: (n: number) => `等距分级（${n} 级）`,
  legendQuantile: (n: number) => `分位数分级（${n} 级，每级约同样多的区县）`,
  legendStatus: (set: string) => `目标状态（${set}）`,
  legendStatusOwn: '目标状态（各区自身目标）',
  /** No value of the indicator for this year and kind: no classes at all. */
  legendNone: '无数据：所选年份和类型下没有数值',
  /** The class rule: the printed bounds decide, each class includes its upper bound. */
  upperIncluded: '各级含上限值',
  /** Breaks and counts are over the tiles; districts without one are listed apart. */
  tilesOnly: (n: number) => `分级和计数只含地图上的 ${n} 个区县`,
  /** How the shades read: darker is better, or darker is larger for a neutral indicator. */
  darker: { better: '颜色越深越好', larger: '颜色越深数值越大（无好坏方向）' },
  range: (from: string, to: string) => (from === to ? from : `${from}–${to}`),
  count: (n: number) => `${n}个`,
  noData: '无数据',
  bands: {
    met: '已达成',
    near: '接近目标',
    on_track: '进度正常',
    behind: '滞后',
    no_target: '无目标',
    no_data: '缺数据',
  },
  groups: '粗线：一区两群分界',
  /** On a tile: rank among all districts with a value. */
  rankShort: (rank: number, of: number) => `第${rank}/${of}`,
  tileTitle: (district: string, value: string, year: string, rank: string, status: string) =>
    [district, value, year, rank, status].filter(Boolean).join(' · '),
  yearOf: (y: number) => `${y}年`,
  rankOf: (rank: number, of: number) => `第 ${rank} 名（共 ${of} 个）`,
  noValue: '无数据',
  tableCaption: (indicator: string) => `${indicator}：各区县数值与排名`,
  col: { rank: '排名', district: '区县', value: '数值', year: '年份', cls: '分级' },
  offMap: '不在地图上',
  offMapNote: '这些区县不在 38 个区县的方块地图上，不计入图例；数值、排名和所属分级照常列出：',
  noIndicator: '还没有指标数据。',
  keysHint: '点击方块或用方向键移动、回车选择区县',
};
