import { describe, expect, it } from 'vitest';
import { evaluateGoal, type GoalInput } from './goals';

const g = (over: Partial<GoalInput>): GoalInput => ({
  direction: 'higher',
  baseline: { value: 88.6, year: 2020 },
  latest: { value: 93.4, year: 2022 },
  target: { value: 95, year: 2025, qualifier: '≥' },
  ...over,
});

describe('evaluateGoal, higher is better', () => {
  it('荣昌 区域内就诊率 88.6 → 93.4 toward ≥95 is on track', () => {
    const r = evaluateGoal(g({}));
    expect(r.progress).toBe(75);
    expect(r.gap).toBe(1.6);
    expect(r.perYear).toBeCloseTo(0.533333, 5);
    expect(r.expected).toBeCloseTo(91.16, 5);
    expect(r.status).toBe('on_track');
  });

  it('is behind when below the straight line', () => {
    const r = evaluateGoal(g({ latest: { value: 89, year: 2022 } }));
    expect(r.status).toBe('behind');
    expect(r.progress).toBeCloseTo(6.25, 5);
  });

  it('is met, with a negative gap, once the target is exceeded', () => {
    const r = evaluateGoal(g({ latest: { value: 96, year: 2022 } }));
    expect(r.status).toBe('met');
    expect(r.gap).toBe(-1);
    expect(r.perYear).toBe(0);
    expect(r.progress).toBeCloseTo(115.625, 5);
  });

  it('江津 32.22% already exceeds a 30% literacy target with no baseline', () => {
    const r = evaluateGoal(
      g({
        baseline: null,
        latest: { value: 32.22, year: 2023 },
        target: { value: 30, year: 2025 },
      }),
    );
    expect(r.status).toBe('met');
    expect(r.gap).toBe(-2.22);
    expect(r.progress).toBeNull();
  });

  it('without a baseline and not met, the trajectory is unknown', () => {
    const r = evaluateGoal(
      g({ baseline: null, latest: { value: 20, year: 2023 }, target: { value: 30, year: 2025 } }),
    );
    expect(r.status).toBe('no_data');
    expect(r.gap).toBe(10);
    expect(r.perYear).toBe(5);
  });

  it('with one data point (baseline = latest) the trajectory is unknown, as without a baseline', () => {
    const one = { value: 2.82, year: 2023 };
    const r = evaluateGoal(g({ baseline: one, latest: one, target: { value: 4.5, year: 2025 } }));
    expect(r.progress).toBeNull();
    expect(r.expected).toBeNull();
    expect(r.status).toBe('no_data');
    expect(r.gap).toBe(1.68);
    const met = evaluateGoal(g({ baseline: one, latest: one, target: { value: 2, year: 2025 } }));
    expect(met.status).toBe('met');
    expect(met.progress).toBeNull();
  });

  it('is behind once the target year has passed unmet', () => {
    const r = evaluateGoal(g({ latest: { value: 94, year: 2025 } }));
    expect(r.status).toBe('behind');
    expect(r.perYear).toBeNull();
    const late = evaluateGoal(g({ latest: { value: 94, year: 2027 } }));
    expect(late.status).toBe('behind');
  });

  it('handles baseline = target', () => {
    const flatMet = evaluateGoal(
      g({ baseline: { value: 95, year: 2020 }, latest: { value: 95, year: 2022 } }),
    );
    expect(flatMet).toMatchObject({ progress: 100, status: 'met', gap: 0 });
    const flatMiss = evaluateGoal(
      g({ baseline: { value: 95, year: 2020 }, latest: { value: 94, year: 2022 } }),
    );
    expect(flatMiss.progress).toBe(0);
    expect(flatMiss.status).toBe('behind');
  });

  it('has no data without a latest value or a target', () => {
    expect(evaluateGoal(g({ latest: null })).status).toBe('no_data');
    expect(evaluateGoal(g({ target: null })).status).toBe('no_data');
  });
});

describe('evaluateGoal, lower is better', () => {
  const low = (over: Partial<GoalInput>) =>
    g({
      direction: 'lower',
      baseline: { value: 26.28, year: 2017 },
      target: { value: 10, year: 2020 },
      ...over,
    });

  it('金溪 自付比例 26.28 → 9.77 against 10 is met', () => {
    const r = evaluateGoal(low({ latest: { value: 9.77, year: 2020 } }));
    expect(r.status).toBe('met');
    expect(r.gap).toBe(-0.23);
    expect(r.progress).toBeCloseTo(101.41277, 4);
  });

  it('is on track when falling faster than the line', () => {
    const r = evaluateGoal(low({ latest: { value: 15, year: 2018 } }));
    expect(r.expected).toBeCloseTo(20.8533, 3);
    expect(r.status).toBe('on_track');
    expect(r.gap).toBe(5);
    expect(r.perYear).toBe(2.5);
  });

  it('is behind when falling slower than the line', () => {
    expect(evaluateGoal(low({ latest: { value: 25, year: 2019 } })).status).toBe('behind');
  });

  it('a ≥ target means higher is better even for a lower-is-better indicator', () => {
    const r = evaluateGoal(
      low({ latest: { value: 12, year: 2019 }, target: { value: 10, year: 2020, qualifier: '≥' } }),
    );
    expect(r.status).toBe('met');
  });
});

describe('evaluateGoal, neutral direction', () => {
  it('follows the slope from baseline to target', () => {
    const r = evaluateGoal(
      g({
        direction: 'neutral',
        baseline: { value: 10, year: 2020 },
        latest: { value: 7, year: 2022 },
        target: { value: 5, year: 2024 },
      }),
    );
    expect(r.status).toBe('on_track');
    expect(r.gap).toBe(2);
  });
});

describe('progress once met', () => {
  it('is met, with no progress figure, when the only actual already meets the target', () => {
    const p = { value: 32.22, year: 2023 };
    const r = evaluateGoal({
      direction: 'higher',
      baseline: p,
      latest: p,
      target: { value: 30, year: 2025 },
    });
    expect(r).toMatchObject({ status: 'met', progress: null, gap: -2.22 });
  });
});
