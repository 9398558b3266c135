// Converts header-keyed text records (the seed CSV) to observations, through the restore step.
import { restoreObservation } from './restore';
import type { Observation, Result } from './types';

export function observationKey(
  o: Pick<Observation, 'district' | 'indicator' | 'year' | 'kind' | 'scope'>,
): string {
  return [o.district, o.indicator, o.year, o.kind, o.scope].join('|');
}

/** Parses one record; `id` must be unique in the table it goes to. */
export function recordToObservation(r: Record<string, string>, id: string): Result<Observation> {
  return restoreObservation(r, { id });
}
