// A file in the English the interface shows (Life expectancy, years) lands on the catalog's own
// indicators and units, never as a new indicator.
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { prepareImport, type PrepareOptions } from '../io/prepare';
import { contextFromMessage, contextMessage } from '../io/workerContext';
import type { ImportContext } from '../model/importPlan';
import { DISTRICTS } from '../model/types';
import { importAliases } from '../i18n/importAliases';

const catalog = loadSeedCatalog();
const ctx: ImportContext = { catalog, districts: DISTRICTS, ...importAliases(catalog) };
const opt: PrepareOptions = { layout: 'auto', wideYear: 2024, wideKind: 'actual' };
const bytes = (csv: string) => new TextEncoder().encode(csv);

async function plan(csv: string, context = ctx) {
  const r = await prepareImport(bytes(csv), opt, context);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value.plan;
}

describe('importAliases', () => {
  it('reads every English catalog name and the English unit words, case and spaces aside', () => {
    const { indicatorAliases, unitAliases } = importAliases(catalog);
    expect(indicatorAliases.get('lifeexpectancy')).toBe('人均预期寿命');
    expect(indicatorAliases.get('residenthealthliteracy')).toBe('居民健康素养水平');
    expect(unitAliases.get('years')).toBe('岁');
    expect(unitAliases.get('beds')).toBe('张');
    expect(unitAliases.get('people')).toBe('人');
  });

  it('a regions × years table named in English lands on the catalog indicator', async () => {
    const p = await plan(
      'Indicator: Life expectancy\nUnit: years\nRegion,2024,2023,2022\nJiangjin,80.6,80.14,79.9\n',
    );
    expect(p.unknownIndicators).toEqual([]);
    expect(p.skipped).toEqual([]);
    expect(p.rows.map((r) => [r.obs.district, r.obs.indicator, r.obs.unit, r.obs.value])).toEqual([
      ['江津区', '人均预期寿命', '岁', 80.6],
      ['江津区', '人均预期寿命', '岁', 80.14],
      ['江津区', '人均预期寿命', '岁', 79.9],
    ]);
  });

  it('a long file with English names and units, in any case, lands on the catalog', async () => {
    const p = await plan(
      'district,indicator,unit,year,kind,value\n' +
        'Jiangjin,Resident Health  Literacy,%,2024,actual,35.2\n' +
        'Jiangjin,life expectancy,Years,2024,actual,80.6\n',
    );
    expect(p.unknownIndicators).toEqual([]);
    expect(p.skipped).toEqual([]);
    expect(p.rows.map((r) => [r.obs.indicator, r.obs.unit, r.obs.value])).toEqual([
      ['居民健康素养水平', '%', 35.2],
      ['人均预期寿命', '岁', 80.6],
    ]);
  });

  it('reaches the worker: the context sent as entries comes back with its aliases', async () => {
    const back = contextFromMessage(structuredClone(contextMessage(ctx)));
    const p = await plan(
      'Indicator: Life expectancy\nUnit: years\nRegion,2024\nJiangjin,80.6\n',
      back,
    );
    expect(p.unknownIndicators).toEqual([]);
    expect(p.rows[0]?.obs.indicator).toBe('人均预期寿命');
  });
});
