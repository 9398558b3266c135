// Rows for tests: one plain observation with only the fields a test cares about set.
import type { Observation } from './types';

/** 素养 (%) in 江津区, 2023, actual, blank, no source or note; `fields` override any of it. */
export const testObservation = (fields: Partial<Observation> & { id: string }): Observation => ({
  district: '江津区',
  indicator: '素养',
  unit: '%',
  year: 2023,
  kind: 'actual',
  value: null,
  qualifier: '',
  scope: '',
  source: '',
  quote: '',
  note: '',
  ...fields,
});
