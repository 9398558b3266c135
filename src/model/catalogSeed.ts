// One rule for every way a stored catalog enters the app (start-up, another tab, a journal,
// a restore): the seed's entries are built in, so they are always there and never replaced;
// the store adds the planner's and imports' own entries (a removed one is no longer stored).
import type { Catalog, CatalogEntry } from './types';

/** The seed's entries, then the given entries the seed lacks, in their order. */
export function catalogWithSeed(
  seed: Catalog,
  entries: Iterable<CatalogEntry> | undefined,
): Catalog {
  const extra = [...(entries ?? [])].filter(
    (e) => e && typeof e.indicator === 'string' && !seed.has(e.indicator),
  );
  return extra.length ? new Map([...seed, ...extra.map((e) => [e.indicator, e] as const)]) : seed;
}
