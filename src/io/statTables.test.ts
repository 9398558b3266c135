import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { DISTRICTS } from '../model/types';
import { prepareImport } from './prepare';
import { STAT_POPULATION, statBureauExport } from './testing/statTables';

describe('a statistics-bureau export (GB18030, titles, notes, a totals row)', () => {
  it('reads as regions × years for the indicator its 指标： line names', async () => {
    const r = await prepareImport(
      statBureauExport(),
      { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
      { catalog: loadSeedCatalog(), districts: DISTRICTS },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const { plan, encoding } = r.value;
    expect(encoding).toBe('gb18030');
    expect(plan.layout).toBe('regionsByYears');
    expect(plan.fileIndicator).toEqual({ name: '年末常住人口', unit: '万人' });
    expect(plan.titles?.map((t) => t.line)).toEqual([1, 2, 3]);
    expect(plan.notes?.map((t) => t.line)).toEqual([11, 12]);
    expect(plan.totals).toEqual([{ label: '重庆市', line: 5, count: 3 }]);
    expect(plan.noDataMarks).toEqual([{ mark: '—', count: 1 }]);
    expect(plan.skipped).toEqual([]);
    const got = plan.rows.map((r) => [r.obs.district, r.obs.year, r.obs.value, r.obs.unit]);
    const want = Object.entries(STAT_POPULATION).flatMap(([d, v]) =>
      Object.entries(v)
        .filter(([, x]) => x !== null)
        .map(([y, x]) => [d, Number(y), x, '万人']),
    );
    expect(got.sort()).toEqual(want.sort());
    expect(plan.counts).toMatchObject({ rows: 6, rowsTaken: 5, rowsSkipped: 0, cells: 18 });
    expect(plan.counts).toMatchObject({ cellsTaken: 14, noData: 1, totals: 3 });
  });
});
