// Rows for tests: one plain observation with only the fields a test cares about set.
import type { Catalog, CatalogEntry, Observation } from './types';

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

/** The catalog entry 素养 (%, higher is better, 0–100) that test rows refer to. */
export const LITERACY: CatalogEntry = {
  indicator: '素养',
  nameEn: 'Literacy',
  unit: '%',
  direction: 'higher',
  min: 0,
  max: 100,
  category: '健康水平',
};

/** A catalog of 素养 and any further entries. */
export const testCatalog = (...more: CatalogEntry[]): Catalog =>
  new Map([LITERACY, ...more].map((e) => [e.indicator, e]));
