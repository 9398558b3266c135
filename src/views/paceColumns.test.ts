// The words the 目标 grid's pace columns show, from goal rows built as the app builds them.
import { describe, expect, it } from 'vitest';
import { buildOwnGoals } from '../model/goalsView';
import { tableFrom } from '../model/table';
import { testCatalog, testObservation } from '../model/testRows';
import type { Observation } from '../model/types';
import { paceCells, paceSummary } from './paceColumns';

let n = 0;
const obs = (district: string, year: number, value: number, over: Partial<Observation> = {}) =>
  testObservation({ id: `p${++n}`, district, year, value, ...over });
const target = { kind: 'target' } as const;

const rows = [
  // A: 88.6 → 93.4, ≥95 by 2025 (荣昌's 区域内就诊率): 2.4 a year, 2023, 100.6 → 100（上限）
  obs('A', 2020, 88.6),
  obs('A', 2022, 93.4),
  obs('A', 2025, 95, { ...target, qualifier: '≥' }),
  // B: 10 → 11, 30 by 2030: 0.5 a year reaches 30 only in 2060
  obs('B', 2020, 10),
  obs('B', 2022, 11),
  obs('B', 2030, 30, target),
  // C: 33 → 31 against 30: met now, falling
  obs('C', 2020, 33),
  obs('C', 2022, 31),
  obs('C', 2025, 30, target),
  // D: one year only
  obs('D', 2022, 20),
  obs('D', 2025, 30, target),
];
const goals = buildOwnGoals(tableFrom(rows), testCatalog(), ['A', 'B', 'C', 'D']);
const goal = (d: string) => {
  const g = goals.find((x) => x.district === d);
  if (!g) throw new Error(`no goal for ${d}`);
  return g;
};

describe('pace cells', () => {
  it('reachable: the year, the clamped projection marked, the years used', () => {
    const c = paceCells(goal('A'));
    expect(c.values).toEqual({
      paceStatus: '↗ 可达成',
      paceSlope: 2.4,
      paceProjected: '100（上限）',
      paceYear: 2023,
    });
    expect(c.meta.paceStatus?.className).toBe('status status-on_track');
    expect(c.meta.paceSlope?.badge).toBe('2020–2022，2点');
    expect(c.meta.paceProjected?.title).toBe(
      '按当前速度推算为 100.6，超出指标有效范围，按 100 显示',
    );
    expect(paceSummary(goal('A'))).toBe(
      '按当前速度（每年 +2.4），2023年达到目标 ≥95（目标年 2025）',
    );
  });

  it('too slow: not by 2035, coloured as 滞后', () => {
    const c = paceCells(goal('B'));
    expect(c.values.paceYear).toBe('2035年前无法达成');
    expect(c.values.paceStatus).toBe('✗ 无法达成');
    expect(c.meta.paceStatus?.className).toBe('status status-behind');
    expect(paceSummary(goal('B'))).toBe('按当前速度（每年 +0.5），2035年前达不到目标 30');
  });

  it('met: 已达成 in both columns, whatever the pace', () => {
    const c = paceCells(goal('C'));
    expect(c.values.paceStatus).toBe('✓ 已达成');
    expect(c.values.paceYear).toBe('已达成');
    expect(c.values.paceProjected).toBe(28);
  });

  it('one year: 数据不足, nothing projected', () => {
    const c = paceCells(goal('D'));
    expect(c.values).toEqual({
      paceStatus: '? 数据不足',
      paceSlope: null,
      paceProjected: null,
      paceYear: null,
    });
    expect(paceSummary(goal('D'))).toBe('实际值不足两个年份，无法推算速度');
  });
});
