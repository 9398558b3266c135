// The bundled seed catalog as the app loads it. seeds/catalog.csv is read at build time
// (vite.config.ts, plugin seed-csv: records with formulas as trees), so the first load carries no
// CSV or formula parser; every entry still passes the model's restore step and the whole-catalog
// checks here, like a catalog from a backup. src/data/seed.ts reads the same file from its text.
import reads from '../../seeds/catalog.csv?catalog';
import { catalogFromReads } from '../model/catalogCheck';
import type { Catalog } from '../model/types';

export function bundledSeedCatalog(): Catalog {
  const res = catalogFromReads(reads);
  if (!res.ok) throw new Error(`seeds/catalog.csv: ${JSON.stringify(res.reason)}`);
  return res.value;
}
