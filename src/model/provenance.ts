// Where a value comes from: a report (with its quote), a planner's edit of a sourced value,
// or a planner's own entry. Derived from the row, never stored separately.
import type { RowChange } from './table';
import type { Observation } from './types';

export type Origin = 'report' | 'edited' | 'user';

export function origin(o: Observation): Origin {
  if (o.original && (o.original.value !== o.value || o.original.qualifier !== o.qualifier))
    return 'edited';
  return o.source && o.quote ? 'report' : 'user';
}

/** The row after a value edit: a sourced row remembers what its report said, once. */
export function withEditedValue(before: Observation, after: Observation): Observation {
  if (before.value === after.value && before.qualifier === after.qualifier) return after;
  if (before.original || !before.source || !before.quote) return after;
  return { ...after, original: { value: before.value, qualifier: before.qualifier } };
}

/** Puts the report's value back. */
export function restoreSourceChange(o: Observation): RowChange | null {
  if (!o.original) return null;
  const { original, ...rest } = o;
  return { before: o, after: { ...rest, value: original.value, qualifier: original.qualifier } };
}

export const conflictKey = (
  o: Pick<Observation, 'district' | 'indicator' | 'year' | 'kind' | 'scope'>,
) => [o.district, o.indicator, o.year, o.kind, o.scope].join('|');

/**
 * Whether the sources of one place, year and kind disagree. Each row speaks with what its source
 * said: an edited row with its report's value, so a planner's edit is never a third source.
 */
export function sourcesDisagree(group: readonly Observation[]): boolean {
  if (group.length < 2) return false;
  const said = new Set<string>();
  for (const o of group) {
    const { value, qualifier } = o.original ?? o;
    if (value !== null) said.add(`${value}${qualifier}`);
  }
  return said.size > 1;
}

/** Rows that disagree with `o` (same place, year and kind, another value), `o` included. */
export function conflictGroup(rows: readonly Observation[], o: Observation): Observation[] {
  const k = conflictKey(o);
  return rows.filter((r) => conflictKey(r) === k && r.value !== null);
}

/** Makes `chosen` the value the comparison uses for its group. */
export function chooseChanges(group: readonly Observation[], chosenId: string): RowChange[] {
  const changes: RowChange[] = [];
  for (const o of group) {
    const want = o.id === chosenId;
    if (Boolean(o.preferred) === want) continue;
    const { preferred: _p, ...rest } = o;
    changes.push({ before: o, after: want ? { ...rest, preferred: true } : rest });
  }
  return changes;
}

/** Where the number sits in its quote, for highlighting: the first standalone match. */
export function numberSpan(quote: string, value: number | null): [number, number] | null {
  if (value === null) return null;
  const text = String(value);
  const re = new RegExp(`(?<![\\d.])${text.replace('.', '\\.')}(?![\\d.])`);
  const m = re.exec(quote);
  return m ? [m.index, m.index + text.length] : null;
}
