import { describe, expect, it } from 'vitest';
import { evaluateGoal, type GoalInput } from './goals';
import { PLANNING_HORIZON, projectedPath, projectPace, slopePerYear, type YearValue } from './pace';
import type { Direction, Qualifier } from './types';

/** A goal row's input as goalsView builds it: baseline = first year, latest = last year. */
function run(
  direction: Direction,
  pts: [number, number][],
  target: { value: number; year: number; qualifier?: Qualifier },
  range: { min: number | null; max: number | null } = { min: null, max: null },
) {
  const points: YearValue[] = pts.map(([year, value]) => ({ year, value }));
  const first = points[0] ?? null;
  const latest = points[points.length - 1] ?? null;
  const goal: GoalInput = {
    direction,
    baseline: first && latest && first.year < latest.year ? first : null,
    latest,
    target,
  };
  const progress = evaluateGoal(goal);
  return { progress, pace: projectPace({ goal, status: progress.status, points, ...range }) };
}

const pct = { min: 0, max: 100 };

describe('slopePerYear (least squares)', () => {
  it('two points: the line through them', () => {
    // (93.4 − 88.6) / (2022 − 2020) = 4.8 / 2 = 2.4
    expect(
      slopePerYear([
        { year: 2020, value: 88.6 },
        { year: 2022, value: 93.4 },
      ]),
    ).toBe(2.4);
  });
  it('one point or one year: no slope', () => {
    expect(slopePerYear([{ year: 2022, value: 1 }])).toBeNull();
    expect(slopePerYear([])).toBeNull();
  });
});

describe('projectPace', () => {
  it('rising (荣昌 区域内就诊率): reached in 2023, the 2025 projection clamped at 100', () => {
    // slope = (93.4 − 88.6) / 2 = 2.4 a year
    // 2025: 93.4 + 3 × 2.4 = 100.6 > 100 (the % range) → shown as 100, marked 'max'
    // reached: 2022 + (95 − 93.4) / 2.4 = 2022 + 0.667 = 2022.67 → first whole year 2023 ≤ 2025
    const { pace, progress } = run(
      'higher',
      [
        [2020, 88.6],
        [2022, 93.4],
      ],
      { value: 95, year: 2025, qualifier: '≥' },
      pct,
    );
    expect(progress.status).toBe('on_track');
    expect(pace).toEqual({
      status: 'reachable',
      slope: 2.4,
      years: [2020, 2022],
      projected: 100.6,
      clamped: 100,
      beyond: 'max',
      reachYear: 2023,
      horizon: PLANNING_HORIZON,
    });
  });

  it('falling while higher is better: never reached', () => {
    // years 2020, 2021, 2022 → mean 2021; values 50, 49, 47 → mean 48.667
    // Sxy = (−1)(1.333) + 0 + (1)(−1.667) = −3; Sxx = 1 + 0 + 1 = 2; slope = −1.5
    // 2025: 47 + 3 × (−1.5) = 42.5; moving away from 55 → no year
    const { pace, progress } = run(
      'higher',
      [
        [2020, 50],
        [2021, 49],
        [2022, 47],
      ],
      { value: 55, year: 2025 },
    );
    expect(progress.status).toBe('behind');
    expect(pace).toMatchObject({
      status: 'unreachable',
      slope: -1.5,
      projected: 42.5,
      reachYear: null,
    });
  });

  it('lower is better and falling: reached in 2024', () => {
    // years 2019…2022 (mean 2020.5, dx −1.5 −0.5 0.5 1.5); values 12, 11, 9, 8 (mean 10, dy 2 1 −1 −2)
    // Sxy = −3 − 0.5 − 0.5 − 3 = −7; Sxx = 2.25 + 0.25 + 0.25 + 2.25 = 5; slope = −1.4
    // 2025: 8 + 3 × (−1.4) = 3.8
    // reached: 2022 + (6 − 8) / (−1.4) = 2022 + 1.43 = 2023.43 → 2024 ≤ 2025
    const { pace } = run(
      'lower',
      [
        [2019, 12],
        [2020, 11],
        [2021, 9],
        [2022, 8],
      ],
      { value: 6, year: 2025 },
    );
    expect(pace).toMatchObject({
      status: 'reachable',
      slope: -1.4,
      projected: 3.8,
      reachYear: 2024,
    });
  });

  it('lower is better but rising: never reached', () => {
    // slope = (10 − 8) / 2 = 1 a year, away from 6 → no year; 2025: 10 + 3 = 13
    const { pace } = run(
      'lower',
      [
        [2020, 8],
        [2022, 10],
      ],
      { value: 6, year: 2025 },
    );
    expect(pace).toMatchObject({ status: 'unreachable', slope: 1, projected: 13, reachYear: null });
  });

  it('flat: never reached, the projection stays where it is', () => {
    // slope = 0; 2025: 30 + 3 × 0 = 30
    const { pace } = run(
      'higher',
      [
        [2020, 30],
        [2021, 30],
        [2022, 30],
      ],
      { value: 35, year: 2025 },
    );
    expect(pace).toMatchObject({ status: 'unreachable', slope: 0, projected: 30, reachYear: null });
  });

  it('target already met: 已达成, as the progress status says, even when the pace falls', () => {
    // 32.22 ≥ 30 → met. slope = (32.22 − 28) / 2 = 2.11; 2025: 32.22 + 3 × 2.11 = 38.55
    const rising = run(
      'higher',
      [
        [2020, 28],
        [2022, 32.22],
      ],
      { value: 30, year: 2025 },
    );
    expect(rising.progress.status).toBe('met');
    expect(rising.pace).toMatchObject({ status: 'met', slope: 2.11, projected: 38.55 });
    // 31 ≥ 30 is met now; the pace (−1 a year) would take it to 28 by 2025: still 已达成
    const falling = run(
      'higher',
      [
        [2020, 33],
        [2022, 31],
      ],
      { value: 30, year: 2025 },
    );
    expect(falling.progress.status).toBe('met');
    expect(falling.pace).toMatchObject({ status: 'met', slope: -1, projected: 28 });
  });

  it('one point: 数据不足, unless the target is already met', () => {
    const one = run('higher', [[2022, 93.4]], { value: 95, year: 2025 });
    expect(one.pace).toMatchObject({ status: 'insufficient', slope: null, projected: null });
    expect(one.pace.years).toEqual([2022]);
    const met = run('higher', [[2022, 96]], { value: 95, year: 2025 });
    expect(met.pace).toMatchObject({ status: 'met', slope: null });
  });

  it('irregular years (2018, 2019, 2022): least squares, not the end points', () => {
    // years 2018, 2019, 2022: mean 2019.667, dx −5/3 −2/3 7/3; Sxx = (25 + 4 + 49) / 9 = 26/3
    // values 80, 75, 86: Sxy = (−5·80 − 2·75 + 7·86) / 3 = (−400 − 150 + 602) / 3 = 52/3
    // slope = (52/3) / (26/3) = 2 (the end points alone give (86 − 80) / 4 = 1.5)
    // 2025: 86 + 3 × 2 = 92 < 95; reached: 2022 + (95 − 86) / 2 = 2026.5 → 2027 > 2025
    const { pace } = run(
      'higher',
      [
        [2018, 80],
        [2019, 75],
        [2022, 86],
      ],
      { value: 95, year: 2025 },
    );
    expect(pace).toEqual({
      status: 'unreachable',
      slope: 2,
      years: [2018, 2019, 2022],
      projected: 92,
      clamped: 92,
      beyond: null,
      reachYear: 2027,
      horizon: 2035,
    });
  });

  it('a target year already past: not met by then, so 无法达成; the year it would be reached still shown', () => {
    // slope = 2 (84, 86, 90 in 2018, 2019, 2021 lie on one line); the 2020 target of 92 is
    // past and 90 < 92: the progress status says 滞后, the pace says not reachable by 2020;
    // at this pace: 2021 + (92 − 90) / 2 = 2022. No projection into a past year.
    const late = run(
      'higher',
      [
        [2018, 84],
        [2019, 86],
        [2021, 90],
      ],
      { value: 92, year: 2020 },
    );
    expect(late.progress.status).toBe('behind');
    expect(late.pace).toMatchObject({
      status: 'unreachable',
      slope: 2,
      projected: null,
      reachYear: 2022,
    });
    // Met now (90 ≥ 85): 已达成, as the progress status says.
    const met = run(
      'higher',
      [
        [2018, 84],
        [2021, 90],
      ],
      { value: 85, year: 2020 },
    );
    expect(met.pace.status).toBe('met');
  });

  it('a neutral indicator heads for its target from the baseline side', () => {
    // baseline 50 above the target 40 → lower is better for this goal (as evaluateGoal reads it)
    // slope = (46 − 50) / 2 = −2; 2025: 46 − 6 = 40; reached: 2022 + (40 − 46) / (−2) = 2025
    const { pace, progress } = run(
      'neutral',
      [
        [2020, 50],
        [2022, 46],
      ],
      { value: 40, year: 2025 },
    );
    expect(progress.status).toBe('on_track');
    expect(pace).toMatchObject({ status: 'reachable', projected: 40, reachYear: 2025 });
  });

  it('not by 2035, unless the target year is later', () => {
    // slope = 0.5; reached: 2022 + (30 − 11) / 0.5 = 2060 > 2035 → no year
    const slow = run(
      'higher',
      [
        [2020, 10],
        [2022, 11],
      ],
      { value: 30, year: 2030 },
    );
    expect(slow.pace).toMatchObject({ status: 'unreachable', reachYear: null, horizon: 2035 });
    // slope = 1; reached: 2022 + (28 − 12) / 1 = 2038 ≤ 2040, the target year
    const late = run(
      'higher',
      [
        [2020, 10],
        [2022, 12],
      ],
      { value: 28, year: 2040 },
    );
    expect(late.pace).toMatchObject({ status: 'reachable', reachYear: 2038, horizon: 2040 });
  });

  it('a target outside the valid range is never reached, though the line crosses it', () => {
    // 荣昌 就诊率 at 2.4 a year meets 120 in 2022 + 26.6 / 2.4 = 2033.08 → 2034 ≤ 2035, but a %
    // never exceeds 100: 无法达成, no year reached.
    const { pace } = run(
      'higher',
      [
        [2020, 88.6],
        [2022, 93.4],
      ],
      { value: 120, year: 2035 },
      pct,
    );
    expect(pace).toMatchObject({ status: 'unreachable', reachYear: null, clamped: 100 });
  });

  it('a projection below the valid range is marked min', () => {
    // slope = −1; 2025: 1 − 3 = −2 < 0 → 'min'; reached: 2022 + (0.5 − 1) / (−1) = 2022.5 → 2023
    const { pace } = run(
      'lower',
      [
        [2020, 3],
        [2022, 1],
      ],
      { value: 0.5, year: 2025 },
      pct,
    );
    expect(pace).toMatchObject({ projected: -2, clamped: 0, beyond: 'min', reachYear: 2023 });
  });

  it('no target or no actual: 数据不足', () => {
    const goal: GoalInput = { direction: 'higher', baseline: null, latest: null, target: null };
    expect(projectPace({ goal, status: 'no_data', points: [], min: null, max: null }).status).toBe(
      'insufficient',
    );
  });

  it('agrees with the progress status on 已达成 for any goal', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 100;
    for (let i = 0; i < 500; i++) {
      const dir = (['higher', 'lower', 'neutral'] as const)[i % 3] ?? 'higher';
      const n = 1 + (i % 4);
      const pts = Array.from({ length: n }, (_, k): [number, number] => [2016 + 2 * k, rnd()]);
      const { progress, pace } = run(dir, pts, { value: rnd(), year: 2018 + (i % 12) });
      expect(pace.status === 'met').toBe(progress.status === 'met');
    }
  });
});

describe('projectedPath', () => {
  it('one point a year from the latest to the target year, clamped to the range', () => {
    // 93.4 + 2.4 k: 93.4, 95.8, 98.2, 100.6 → the last shown as 100
    const { pace } = run(
      'higher',
      [
        [2020, 88.6],
        [2022, 93.4],
      ],
      { value: 95, year: 2025 },
      pct,
    );
    const path = projectedPath({ year: 2022, value: 93.4 }, pace, 2025, 0, 100);
    expect(path.map((p) => [p.year, p.value, p.beyond])).toEqual([
      [2022, 93.4, null],
      [2023, 95.8, null],
      [2024, 98.2, null],
      [2025, 100, 'max'],
    ]);
    expect(path[3]?.raw).toBe(100.6);
    expect(projectedPath({ year: 2022, value: 93.4 }, pace, 2021, 0, 100)).toEqual([]);
  });
});
