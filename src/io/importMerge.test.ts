// What a merge does to the workbook's trace: a report's value changed by a file, and the file
// recorded as the source of the values it adds.
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { loadSeedObservations } from '../data/seedRows';
import { longRows } from '../model/csvFormat';
import type { ImportContext } from '../model/importPlan';
import { origin } from '../model/provenance';
import { tableFrom, tableRows } from '../model/table';
import { DISTRICTS, type Observation } from '../model/types';
import { applyImport } from '../state/importActions';
import { initialState, type AppState } from '../state/state';
import { toCsv } from './csv';
import { prepareImport, type PrepareOptions } from './prepare';

const catalog = loadSeedCatalog();
const seed = loadSeedObservations();
const ctx: ImportContext = { catalog, districts: DISTRICTS };
const state = (rows: Observation[] = seed): AppState => ({
  ...initialState(catalog, DISTRICTS, 't'),
  table: tableFrom(rows),
  storage: 'memory',
});
const utf8 = (s: string) => new TextEncoder().encode(s);

async function prepared(bytes: Uint8Array, o: Partial<PrepareOptions> = {}) {
  const r = await prepareImport(
    bytes,
    { layout: 'auto', wideYear: 2024, wideKind: 'actual', ...o },
    ctx,
  );
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}

describe('a merge over a value cited from a report', () => {
  it('keeps the report’s value as the original, so the row shows as edited, not as the report', async () => {
    const before = seed.filter(
      (o) => o.district === '江津区' && o.indicator === '居民健康素养水平' && o.year === 2023,
    );
    expect(before.map((o) => o.value)).toContain(32.22);
    const p = await prepared(utf8('地区,2023年\n江津区,33.5\n'), {
      layout: 'regionsByYears',
      indicator: '居民健康素养水平',
      unit: '%',
    });
    const r = applyImport(state(), p.plan, {
      mode: 'merge',
      addDistricts: new Set(),
      addIndicators: new Set(),
    });
    expect(r.summary.updated).toBe(1);
    const after = tableRows(r.state.table).filter(
      (o) => o.district === '江津区' && o.indicator === '居民健康素养水平' && o.year === 2023,
    );
    const changed = after.find((o) => o.value === 33.5);
    expect(changed?.quote).toContain('32.22');
    expect(changed?.original).toEqual({ value: 32.22, qualifier: '' });
    expect(origin(changed as Observation)).toBe('edited');
  });

  it('a file with the 报告原值 column (the long export) keeps what the file says', async () => {
    const rows = seed.slice(0, 5);
    const csv = toCsv(longRows(tableFrom(rows), 'zh'));
    const p = await prepared(new TextEncoder().encode(csv));
    const r = applyImport(state(rows), p.plan, {
      mode: 'merge',
      addDistricts: new Set(),
      addIndicators: new Set(),
    });
    expect(tableRows(r.state.table).filter((o) => o.original)).toEqual([]);
  });
});

describe('where an imported value came from', () => {
  it('a new value from a file without 来源文件 keeps the file as its source', async () => {
    const p = await prepared(utf8('地区,2024年\n江津区,35.2\n'), {
      layout: 'regionsByYears',
      indicator: '居民健康素养水平',
      unit: '%',
    });
    const choice = {
      mode: 'merge',
      addDistricts: new Set<string>(),
      addIndicators: new Set<string>(),
    } as const;
    const r = applyImport(state(), p.plan, { ...choice, fileName: '健康素养.xlsx · 表1' });
    const added = tableRows(r.state.table).filter((o) => o.value === 35.2 && o.year === 2024);
    expect(added.map((o) => o.source)).toEqual(['健康素养.xlsx · 表1']);
    // Importing the same file again changes nothing.
    const again = applyImport(r.state, p.plan, { ...choice, fileName: '健康素养.xlsx · 表1' });
    expect([again.summary.added, again.summary.updated, again.summary.unchanged]).toEqual([
      0, 0, 1,
    ]);
  });

  it('a file with a 来源文件 column keeps what the column says, even when empty', async () => {
    const p = await prepared(
      utf8('区县,指标,单位,年份,类型,数值,来源文件\n江津区,居民健康素养水平,%,2024,实际,35.2,\n'),
    );
    const r = applyImport(state(), p.plan, {
      mode: 'merge',
      addDistricts: new Set(),
      addIndicators: new Set(),
      fileName: 'x.csv',
    });
    expect(tableRows(r.state.table).find((o) => o.year === 2024 && o.value === 35.2)?.source).toBe(
      '',
    );
  });
});
