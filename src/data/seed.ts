// The bundled seed: catalog + observations from seeds/, parsed with the project's CSV code.
import catalogCsv from '../../seeds/catalog.csv?raw';
import { catalogFromCsvRecords } from '../io/catalogCsv';
import { parseCsv } from '../io/csv';
import type { Catalog } from '../model/types';

export const SEED_SOURCES = [
  '000_9b8b094afcaa7fde.txt',
  '001_2e9b9f177d47a479.txt',
  '002_7035c8007fe05eab.txt',
  '003_e4d2c26514aca587.txt',
  '004_e0d55610654c9f31.txt',
] as const;

export function loadSeedCatalog(text: string = catalogCsv): Catalog {
  const parsed = parseCsv(text);
  const res = catalogFromCsvRecords(parsed.records);
  if (!res.ok) throw new Error(`seeds/catalog.csv: ${JSON.stringify(res.reason)}`);
  return res.value;
}
