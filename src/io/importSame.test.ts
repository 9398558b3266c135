// An import of the synthetic city gives exactly the table it gave before the import path was
// made faster: the whole result (rows, districts, catalog additions, summary, the plan's facts)
// is compared with a copy written by the earlier code (fixtures/importSame.json; regenerate
// only on purpose, with IMPORT_SAME_WRITE=1, when the import's meaning is meant to change).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { loadSeedObservations } from '../data/seedRows';
import type { ImportContext } from '../model/importPlan';
import { syntheticCity, syntheticCsv } from '../model/synthetic';
import { tableFrom, tableRows } from '../model/table';
import { DISTRICTS, type Observation } from '../model/types';
import { applyImport, type ImportChoices } from '../state/importActions';
import { initialState, undo, type AppState } from '../state/state';
import { packPlan, transferables, unpackPlan } from './packPlan';
import { prepareInWorker } from './runImport';
import { encodeGb18030 } from './testing/gb18030';

const FIXTURE = new URL('./fixtures/importSame.json', import.meta.url);
// Each stored row as its fields in this order (a row per line of the fixture stays small).
const FIELDS = [
  'id',
  'district',
  'indicator',
  'unit',
  'year',
  'kind',
  'value',
  'qualifier',
  'scope',
  'source',
  'quote',
  'note',
  'original',
  'preferred',
] as const satisfies readonly (keyof Observation)[];

const catalog = loadSeedCatalog();
const start: AppState = {
  ...initialState(catalog, DISTRICTS, 't'),
  table: tableFrom(loadSeedObservations()),
  storage: 'memory',
};
const ctxOf = (s: AppState): ImportContext => ({ catalog: s.catalog, districts: s.districts });

const city = syntheticCity({ indicators: 2, seed: 11, years: 2 });
// Rows the importer warns about or refuses, among the city's own.
const extra = [
  '江津,人均预期寿命,岁,2023,实际,81.2,,,,,',
  '江津区,人均预期寿命,岁,2023,实际,81.9,,,,,',
  '江津区,人均预期寿命,岁,2023,实际,81.9,,,,,',
  '梁平县,人均预期寿命,岁,2015,实际,77,,,,,',
  '500116,孕产妇死亡率,1/10万,2022,实际,—,,,,,',
  '合计,人均预期寿命,岁,2023,实际,80,,,,,',
  '火星区,人均预期寿命,岁,2023,实际,80,,,,,',
  '江津区,人均预期寿命,岁,二〇二三,实际,80,,,,,',
  '江津区,人均预期寿命,岁,2023,实际,abc,,,,,',
  '江津区,居民健康素养水平,%,2023,实际,3522%,,,,,',
  '江津区,每千人口医疗卫生机构床位数,张,2023,实际,7.1,,,,,',
  '江津区,常住人口,人,2023,实际,1350000,,,,,',
  '江津区,人均预期寿命,岁,2021,实际,≥80.1,,江津区中心医院,江津区2021年公报,"原文，含逗号, and a comma",备注一',
  '黔江区,孕产妇死亡率,1/10万,2022,目标,约10,,,,,目标备注',
  '黔江区,孕产妇死亡率,1/10万,2022,目标,,,,,,空值',
  '大足区,居民健康素养水平,%,2020,实际,28.5%,≈,,,,限定与数值',
];
const csv = `${syntheticCsv(city).trimEnd()}\n${extra.join('\n')}\n`;
// A second file: some of the city's values changed, for a merge over the first import.
const changed = syntheticCsv(city)
  .trimEnd()
  .split('\n')
  .map((l, i) => (i > 0 && i % 7 === 0 ? l.replace(/,(实际|目标),([\d.]+),/, ',$1,$2.5,') : l))
  .join('\r\n');

async function run(s: AppState, bytes: Uint8Array, choice: Omit<ImportChoices, 'fileName'>) {
  const r = await prepareInWorker(
    bytes,
    { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
    ctxOf(s),
    () => undefined,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  const { plan: direct, preview, previewLines, ...read } = r.value;
  // As the page gets it from the worker: the rows as columns, transferred, and rebuilt.
  const packed = packPlan(direct);
  const plan = unpackPlan(structuredClone(packed, { transfer: transferables(packed) }));
  const applied = applyImport(s, plan, { ...choice, fileName: 'city.csv' });
  const { rows, ...facts } = plan;
  return {
    state: applied.state,
    record: {
      read,
      preview,
      previewLines,
      facts,
      planRows: rows.length,
      summary: applied.summary,
      table: tableRows(applied.state.table)
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((o) => FIELDS.map((k) => o[k])),
      districts: applied.state.districts,
      catalog: [...applied.state.catalog.values()].filter((e) => !catalog.has(e.indicator)),
      nextId: applied.state.nextId,
    },
  };
}

describe('an import of the synthetic city', () => {
  it('gives the same table, summary and plan facts as the earlier import code', async () => {
    const everything = (names: string[]) => new Set(names);
    const all = { districts: everything([]), indicators: everything([]) };
    for (const o of city.observations) {
      all.districts.add(o.district);
      all.indicators.add(o.indicator);
    }
    const replaced = await run(start, new TextEncoder().encode(csv), {
      mode: 'replace',
      addDistricts: all.districts,
      addIndicators: all.indicators,
    });
    const merged = await run(replaced.state, encodeGb18030(changed), {
      mode: 'merge',
      addDistricts: new Set(),
      addIndicators: new Set(),
    });
    const partial = await run(start, new TextEncoder().encode(csv), {
      mode: 'merge',
      addDistricts: new Set(['万州区']),
      addIndicators: new Set(),
    });
    // The import is one undo step: undone, the seed's table is back.
    const undone = undo(merged.state);
    expect(tableRows(undone.table)).toEqual(tableRows(replaced.state.table));
    const got = JSON.parse(
      JSON.stringify({
        replace: replaced.record,
        merge: merged.record,
        partial: partial.record,
      }),
    ) as unknown;
    if (process.env.IMPORT_SAME_WRITE === '1' || !existsSync(FIXTURE))
      writeFileSync(FIXTURE, JSON.stringify(got) + '\n');
    expect(got).toEqual(JSON.parse(readFileSync(FIXTURE, 'utf8')));
    expect(merged.record.summary.updated).toBeGreaterThan(0);
    expect(replaced.record.summary.skipped.length).toBeGreaterThan(3);
  });
});
