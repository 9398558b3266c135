import { describe, expect, it } from 'vitest';
import { buildCompare, compareColumns } from './compare';
import { buildOwnGoals, buildSetGoals } from './goalsView';
import { goalSetFromDistrict } from './goalSets';
import { applyRowChanges, changedDistricts, invertChanges, tableFrom } from './table';
import type { Catalog, CatalogEntry, Observation } from './types';

const entry = (
  indicator: string,
  unit: string,
  over: Partial<CatalogEntry> = {},
): CatalogEntry => ({
  indicator,
  nameEn: indicator,
  unit,
  direction: 'higher',
  min: 0,
  max: 100,
  category: '健康水平',
  ...over,
});
const catalog: Catalog = new Map([
  ['素养', entry('素养', '%')],
  ['就诊率', entry('就诊率', '%', { category: '医疗服务' })],
  ['床位', entry('床位', '张', { max: null, category: '资源' })],
]);
let n = 0;
const obs = (
  district: string,
  indicator: string,
  year: number,
  value: number | null,
  over: Partial<Observation> = {},
): Observation => ({
  id: `t${++n}`,
  district,
  indicator,
  unit: catalog.get(indicator)?.unit ?? '',
  year,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source: 'a.txt',
  quote: '',
  note: '',
  ...over,
});

const rows = [
  obs('A', '素养', 2023, 32.22),
  obs('B', '素养', 2022, 28.96),
  obs('B', '素养', 2025, 30, { kind: 'target' }),
  obs('B', '就诊率', 2020, 88.6),
  obs('B', '就诊率', 2022, 93.4),
  obs('B', '就诊率', 2022, 95, { qualifier: '≥' }),
  obs('B', '就诊率', 2025, 95, { kind: 'target', qualifier: '≥' }),
  obs('A', '就诊率', 2023, 97.2, { source: 'a.txt' }),
  obs('A', '就诊率', 2023, 96.8, { source: 'b.txt' }),
  obs('A', '床位', 2020, 800, { scope: '医院' }),
  obs('A', '素养', 2023, 120, { scope: '坏数据' }),
];
const table = tableFrom(rows);
const opts = {
  year: 'latest' as const,
  kind: 'actual' as const,
  category: '',
  districts: ['A', 'B'],
};

describe('buildCompare', () => {
  const view = buildCompare(table, catalog, opts);
  const cell = (key: string, d: number) => view.rows.find((r) => r.key === key)?.cells[d];

  it('shows each district’s latest actual, rows in catalog order', () => {
    expect(view.rows.map((r) => r.key)).toEqual([
      '素养',
      '素养\u0001坏数据',
      '就诊率',
      '床位\u0001医院',
    ]);
    expect(cell('素养', 0)).toMatchObject({ value: 32.22, year: 2023 });
    expect(cell('素养', 1)).toMatchObject({ value: 28.96, year: 2022 });
  });

  it('flags mixed years', () => {
    expect(view.rows[0]?.mixedYears).toBe(true);
    expect(view.mixedYears).toBe(true);
  });

  it('prefers an exact figure, then the later report, and flags the conflict', () => {
    expect(cell('就诊率', 1)).toMatchObject({ value: 93.4, conflict: true });
    expect(cell('就诊率', 0)).toMatchObject({ value: 96.8, conflict: true });
  });

  it('flags out-of-range values', () => {
    expect(cell('素养\u0001坏数据', 0)?.outOfRange).toMatchObject({ code: 'aboveMax' });
  });

  it('filters by year, kind and category', () => {
    const y = buildCompare(table, catalog, { ...opts, year: 2020 });
    expect(y.rows.find((r) => r.key === '就诊率')?.cells[1]?.value).toBe(88.6);
    expect(y.rows.find((r) => r.key === '就诊率')?.cells[0]?.value).toBeNull();
    const t = buildCompare(table, catalog, { ...opts, kind: 'target' });
    expect(t.rows.map((r) => r.key)).toEqual(['素养', '就诊率']);
    const c = buildCompare(table, catalog, { ...opts, category: '医疗服务' });
    expect(c.rows.map((r) => r.key)).toEqual(['就诊率']);
  });
});

describe('buildCompare after an edit', () => {
  it('keeps every unchanged cell object, so views repaint only the edited cell', () => {
    const cache = compareColumns();
    const before = buildCompare(table, catalog, opts, cache);
    const edited = rows[0] as Observation;
    const next = applyRowChanges(table, [{ before: edited, after: { ...edited, value: 33 } }]);
    const after = buildCompare(next, catalog, opts, cache);
    const changed = after.rows.flatMap((r, i) =>
      r.cells.flatMap((c, d) => (c === before.rows[i]?.cells[d] ? [] : [`${r.key}@${d}`])),
    );
    expect(changed).toEqual(['素养@0']);
    expect(after.rows[0]?.cells[0]?.value).toBe(33);
  });
});

describe('goals views', () => {
  it('lists each own target with baseline, latest and status', () => {
    const goals = buildOwnGoals(table, catalog, ['A', 'B']);
    expect(goals).toHaveLength(2);
    const rate = goals.find((g) => g.indicator === '就诊率');
    expect(rate?.baseline).toMatchObject({ value: 88.6, year: 2020 });
    expect(rate?.latest).toMatchObject({ value: 93.4, year: 2022 });
    expect(rate?.result.status).toBe('on_track');
  });

  it('projects the pace from one value a year, the grid’s choice where two reports disagree', () => {
    const rate = buildOwnGoals(table, catalog, ['A', 'B']).find((g) => g.indicator === '就诊率');
    // 2022 has 93.4 and ≥95: the exact figure is used (as for 最新值), so the slope is
    // (93.4 − 88.6) / 2 = 2.4; 2025: 93.4 + 3 × 2.4 = 100.6, above the 100 % range;
    // 95 is reached at 2022 + 1.6 / 2.4 = 2022.67 → 2023.
    expect(rate?.pace).toMatchObject({
      status: 'reachable',
      slope: 2.4,
      years: [2020, 2022],
      projected: 100.6,
      beyond: 'max',
      reachYear: 2023,
    });
    // One actual year: 数据不足.
    const lit = buildOwnGoals(table, catalog, ['B']).find((g) => g.indicator === '素养');
    expect(lit?.pace.status).toBe('insufficient');
  });

  it('applies a goal set to every district', () => {
    const set = goalSetFromDistrict(table, 'B', 2025, 'g1');
    expect(set.name).toBe('B 2025 目标');
    expect(set.targets.map((t) => t.indicator)).toEqual(['素养', '就诊率']);
    const goals = buildSetGoals(table, catalog, ['A', 'B'], set);
    const aLit = goals.find((g) => g.district === 'A' && g.indicator === '素养');
    expect(aLit?.result.status).toBe('met');
    expect(aLit?.result.gap).toBeCloseTo(-2.22, 9);
    const aRate = goals.find((g) => g.district === 'A' && g.indicator === '就诊率');
    expect(aRate?.result.status).toBe('met');
  });
});

describe('goals with one data point', () => {
  // 江津 每千人口托位数 2.82 (one year) against 荣昌's 4.5: no trajectory, so no progress.
  const one = tableFrom([
    obs('A', '床位', 2023, 2.82),
    obs('B', '床位', 2020, 2),
    obs('B', '床位', 2023, 3),
    obs('B', '床位', 2025, 4.5, { kind: 'target' }),
    obs('A', '床位', 2025, 4.5, { kind: 'target' }),
  ]);
  it('has no baseline, no progress and status no_data, own targets or a goal set alike', () => {
    const set = goalSetFromDistrict(one, 'B', 2025, 'g1');
    for (const goals of [
      buildOwnGoals(one, catalog, ['A', 'B']),
      buildSetGoals(one, catalog, ['A', 'B'], set),
    ]) {
      const a = goals.find((g) => g.district === 'A');
      expect(a?.baseline).toBeNull();
      expect(a?.latest).toMatchObject({ value: 2.82, year: 2023 });
      expect(a?.result).toMatchObject({ progress: null, status: 'no_data', gap: 1.68 });
      expect(goals.find((g) => g.district === 'B')?.result.progress).toBe(40);
    }
  });
});

describe('table changes', () => {
  it('copies only the edited chunk and inverts cleanly', () => {
    const before = rows[0] as Observation;
    const after = { ...before, value: 40 };
    const t2 = applyRowChanges(table, [{ before, after }]);
    expect(changedDistricts(table, t2)).toEqual(['A']);
    expect(t2.chunks.get('B')).toBe(table.chunks.get('B'));
    const t3 = applyRowChanges(t2, invertChanges([{ before, after }]));
    expect(t3.chunks.get('A')).toEqual(table.chunks.get('A'));
    const added = applyRowChanges(table, [{ before: null, after: obs('C', '素养', 2024, 1) }]);
    expect(added.size).toBe(table.size + 1);
    const removed = applyRowChanges(added, [
      { before: added.chunks.get('C')?.[0] ?? null, after: null },
    ]);
    expect(removed.chunks.has('C')).toBe(false);
    expect(removed.size).toBe(table.size);
  });
});
