// The plan's counting of no-data marks and totals, with checkRow's judgement stubbed: which
// marks and labels are no data or totals is checkRow's to say; counting them is the plan's.
import { describe, expect, it, vi } from 'vitest';
import type { RowOutcome } from '../importRow';
import { plan } from './testPlan';

vi.mock('../importRow', async (original) => {
  const real = await original<typeof import('../importRow')>();
  return {
    ...real,
    checkRow: (...args: Parameters<typeof real.checkRow>): RowOutcome => {
      const [f] = args;
      if (['—', '…', 'x'].includes(f.value ?? '')) return { noData: f.value ?? '' };
      if (['合计', '全市'].includes(f.district ?? '')) return { total: f.district ?? '' };
      return real.checkRow(...args);
    },
  };
});

describe('no-data marks and totals in the counts', () => {
  it('a wide file with a totals column and marks', () => {
    const text = [
      '指标,江津区,荣昌区,合计',
      '人口,137.5,—,205',
      '居民健康素养水平,…,x,33',
      '人均预期寿命,很高,—,78',
    ].join('\n');
    const p = plan(text, { wideYear: 2024 });
    expect(p.rows.map((r) => r.obs.district)).toEqual(['江津区']);
    expect(p.counts).toEqual({
      rows: 3,
      rowsTaken: 1,
      rowsSkipped: 1,
      cells: 9,
      cellsTaken: 1,
      cellsSkipped: 1,
      noData: 4,
      totals: 3,
    });
    expect(p.totals).toEqual([{ label: '合计', line: 1, count: 3, column: 4 }]);
    expect(p.noDataMarks).toEqual([
      { mark: '—', count: 2 },
      { mark: '…', count: 1 },
      { mark: 'x', count: 1 },
    ]);
    expect(p.unknownDistricts).toEqual([]);
  });

  it('a regions × years file with a totals row', () => {
    const p = plan('地区,2024年,2023年\n全市,3191,3190\n江津区,137.5,—', { indicator: '人口' });
    expect(p.totals).toEqual([{ label: '全市', line: 2, count: 2 }]);
    expect(p.counts).toMatchObject({ rows: 2, rowsTaken: 1, rowsSkipped: 0, totals: 2, noData: 1 });
    expect(p.dataRows).toBe(2);
  });
});
