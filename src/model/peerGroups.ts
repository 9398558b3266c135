// Chongqing's peer groups (一区两群): every district belongs to exactly one of three.
// Source: 重庆市人民政府《重庆市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要》
// (渝府发〔2021〕6号, 2021-02-10), which organises the city as 主城都市区 (中心城区 9 + 主城新区 12),
// 渝东北三峡库区城镇群 (11) and 渝东南武陵山区城镇群 (6); the 21 members of 主城都市区 as listed in
// 《重庆都市圈发展规划》(重庆市人民政府、四川省人民政府, 2022). Members are GB/T 2260 codes
// (src/model/districtCodes.ts). The groups match the older 五大功能区 (2013), so they hold for
// every year a workbook may cover.

import { divisionNamed } from './districtCodes';

export interface PeerGroup {
  /** Stable id; built-in ids start with 'cq-'. */
  id: string;
  /** The official name, as data (the screens may show a translation). */
  name: string;
  /** The English name the interface shows (peersView.en.ts); a planner's group may not take it. */
  nameEn: string;
  /** GB/T 2260 codes of the member districts. */
  members: readonly string[];
  /** A finer grouping inside one of the three (中心城区, 主城新区); not part of the partition. */
  within?: string;
}

const CENTRAL = [
  '500103',
  '500104',
  '500105',
  '500106',
  '500107',
  '500108',
  '500109',
  '500112',
  '500113',
];
const NEW_MAIN = [
  '500102',
  '500110',
  '500111',
  '500115',
  '500116',
  '500117',
  '500118',
  '500119',
  '500120',
  '500151',
  '500152',
  '500153',
];

/** The three groups of 一区两群: a partition of the 38 districts (21 + 11 + 6). */
export const PEER_GROUPS: readonly PeerGroup[] = [
  {
    id: 'cq-main',
    name: '主城都市区',
    nameEn: 'Chongqing Metropolitan Area',
    members: [...CENTRAL, ...NEW_MAIN],
  },
  {
    id: 'cq-northeast',
    name: '渝东北三峡库区城镇群',
    nameEn: 'Northeast Chongqing (Three Gorges Reservoir) Towns',
    members: [
      '500101',
      '500154',
      '500155',
      '500229',
      '500230',
      '500231',
      '500233',
      '500235',
      '500236',
      '500237',
      '500238',
    ],
  },
  {
    id: 'cq-southeast',
    name: '渝东南武陵山区城镇群',
    nameEn: 'Southeast Chongqing (Wuling Mountains) Towns',
    members: ['500114', '500156', '500240', '500241', '500242', '500243'],
  },
];

/** The two parts of 主城都市区, for comparing within 中心城区 or 主城新区 only. */
export const SUB_GROUPS: readonly PeerGroup[] = [
  {
    id: 'cq-central',
    name: '中心城区',
    nameEn: 'Central Urban Districts',
    members: CENTRAL,
    within: 'cq-main',
  },
  {
    id: 'cq-new-main',
    name: '主城新区',
    nameEn: 'New Metropolitan Districts',
    members: NEW_MAIN,
    within: 'cq-main',
  },
];

/** A name compared without case or spaces (full-width spaces too). */
const folded = (s: string) => s.replace(/[\s\u3000]+/g, '').toLowerCase();
const BUILT_IN_NAMES = new Map(
  [...PEER_GROUPS, ...SUB_GROUPS].flatMap((g) => [
    [folded(g.name), g] as const,
    [folded(g.nameEn), g] as const,
  ]),
);

/** The built-in group a name means (in Chinese or English, case and spaces aside), if any. */
export const builtInNamed = (name: string): PeerGroup | null =>
  BUILT_IN_NAMES.get(folded(name)) ?? null;

/**
 * A group the planner made: members are the workbook's district names (a made-up 试点1区 or a
 * 功能区 may be one), so it needs no GB/T code. Stored as data; built-ins stay in code.
 */
export interface CustomPeerGroup {
  id: string;
  name: string;
  members: string[];
}

/** A group as the views use it: its members as the workbook names them. */
export interface ResolvedGroup {
  id: string;
  name: string;
  builtIn: boolean;
  members: readonly string[];
}

const BY_CODE = new Map(PEER_GROUPS.flatMap((g) => g.members.map((c) => [c, g] as const)));

/** The built-in group (one of the three) of a district by its workbook name; null: 未分组. */
export function builtInGroupOf(district: string): PeerGroup | null {
  const code = divisionNamed(district)?.code;
  return (code !== undefined && BY_CODE.get(code)) || null;
}

/** Every group to filter by: the three, the two parts of 主城都市区, then the planner's. */
export function resolveGroups(
  districts: readonly string[],
  custom: readonly CustomPeerGroup[],
): ResolvedGroup[] {
  const named = (g: PeerGroup): ResolvedGroup => {
    const codes = new Set(g.members);
    const members = districts.filter((d) => {
      const code = divisionNamed(d)?.code;
      return code !== undefined && codes.has(code);
    });
    return { id: g.id, name: g.name, builtIn: true, members };
  };
  return [
    ...PEER_GROUPS.map(named),
    ...SUB_GROUPS.map(named),
    ...custom.map((g) => ({ id: g.id, name: g.name, builtIn: false, members: g.members })),
  ];
}
