// Goal sets: named collections of targets that can be applied to any district.
import { districtName, t } from '../i18n';
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
  return { id, name: t.goals.setName(districtName(district), year), targets };
}

export function copyName(name: string, existing: readonly string[]): string {
  let n = 1;
  let candidate = t.goals.copyName(name, n);
  while (existing.includes(candidate)) candidate = t.goals.copyName(name, ++n);
  return candidate;
}
