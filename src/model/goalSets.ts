// Goal sets: named collections of targets that can be applied to any district.
import type { ObsTable } from './table';
import type { Qualifier } from './types';

export interface GoalTarget {
  indicator: string;
  value: number | null;
  year: number;
  qualifier: Qualifier;
}

export interface GoalSet {
  id: string;
  name: string;
  targets: GoalTarget[];
}

/** A goal set made from one district's own targets due in one year (e.g. 荣昌区 2025 目标). */
export function goalSetFromDistrict(
  table: ObsTable,
  district: string,
  year: number,
  id: string,
): GoalSet {
  const seen = new Set<string>();
  const targets: GoalTarget[] = [];
  for (const o of table.chunks.get(district) ?? []) {
    if (o.kind !== 'target' || o.year !== year || o.scope !== '' || seen.has(o.indicator)) continue;
    seen.add(o.indicator);
    targets.push({ indicator: o.indicator, value: o.value, year: o.year, qualifier: o.qualifier });
  }
  return { id, name: districtSetName(district, year), targets };
}

/** The goal set a first run makes from the bundled seed: 荣昌区's targets for 2025. */
export const SEED_GOAL_SET = { id: 'g-rongchang-2025', district: '荣昌区', year: 2025 } as const;

/** The built-in goal sets, made from the seed's rows (every replica makes the same). */
export const seedGoalSets = (seed: ObsTable): GoalSet[] => [
  goalSetFromDistrict(seed, SEED_GOAL_SET.district, SEED_GOAL_SET.year, SEED_GOAL_SET.id),
];

// Names the app gives goal sets are stored in one canonical form whatever the interface
// language (like district names); the screens read them back (setNameParts) and translate.
export const districtSetName = (district: string, year: number) => `${district} ${year} 目标`;

/** The name 新建目标集 offers; the planner's own text once changed. */
export const NEW_SET_NAME = '新目标集';

const copyOf = (name: string, n: number) => (n === 1 ? `${name}（副本）` : `${name}（副本 ${n}）`);

export function copyName(name: string, existing: readonly string[]): string {
  let n = 1;
  let candidate = copyOf(name, n);
  while (existing.includes(candidate)) candidate = copyOf(name, ++n);
  return candidate;
}

/** What an app-made name says, for the screens to word it; null: the planner's own text. */
export type SetNameParts =
  | { kind: 'district'; district: string; year: number }
  | { kind: 'copy'; of: string; n: number }
  | { kind: 'new' };

export function setNameParts(name: string): SetNameParts | null {
  if (name === NEW_SET_NAME) return { kind: 'new' };
  const copy = /^(.+)（副本(?: (\d+))?）$/u.exec(name);
  if (copy) return { kind: 'copy', of: copy[1] ?? '', n: copy[2] ? Number(copy[2]) : 1 };
  const own = /^(\S+) (\d{4}) 目标$/u.exec(name);
  if (own) return { kind: 'district', district: own[1] ?? '', year: Number(own[2]) };
  return null;
}
