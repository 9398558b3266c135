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
  t: ObsTable,
  district: string,
  year: number,
  id: string,
): GoalSet {
  const seen = new Set<string>();
  const targets: GoalTarget[] = [];
  for (const o of t.chunks.get(district) ?? []) {
    if (o.kind !== 'target' || o.year !== year || o.scope !== '' || seen.has(o.indicator)) continue;
    seen.add(o.indicator);
    targets.push({ indicator: o.indicator, value: o.value, year: o.year, qualifier: o.qualifier });
  }
  return { id, name: `${district} ${year} 目标`, targets };
}

export function copyName(name: string, existing: readonly string[]): string {
  let n = 1;
  let candidate = `${name}（副本）`;
  while (existing.includes(candidate)) candidate = `${name}（副本 ${++n}）`;
  return candidate;
}
