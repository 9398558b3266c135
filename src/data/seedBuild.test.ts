import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import reportRecords from '../../seeds/reports.csv?records';
import { loadReportIndex } from './reportIndexCsv';
import { reportIndex } from './reports';
import { loadSeedCatalog } from './seed';
import { bundledSeedCatalog } from './seedCatalog';

const read = (name: string) =>
  readFileSync(new URL(`../../seeds/${name}`, import.meta.url), 'utf-8');
const catalogText = read('catalog.csv');

describe('the seed files read at build time', () => {
  it('equals the catalog read from seeds/catalog.csv at run time, entry for entry', () => {
    const bundled = bundledSeedCatalog();
    const fromText = loadSeedCatalog(catalogText);
    expect([...bundled.keys()]).toEqual([...fromText.keys()]);
    expect(bundled).toEqual(fromText);
    expect([...bundled.values()].some((e) => e.formula)).toBe(true);
  });

  it('gives the same report index as reports.csv read at run time', () => {
    const index = reportIndex(reportRecords);
    expect(index.length).toBeGreaterThan(4);
    expect(index).toEqual(loadReportIndex(read('reports.csv')));
  });
});
