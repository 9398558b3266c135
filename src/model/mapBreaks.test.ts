import { describe, expect, it } from 'vitest';
import { buildSetGoals } from './goalsView';
import {
  classIndex,
  goalBand,
  labelDigits,
  quantile,
  shade,
  tileGoal,
  valueClasses,
} from './mapBreaks';
import { buildScorecard } from './scorecard';
import { tableFrom } from './table';
import { testCatalog, testObservation, plainEntry } from './testRows';

describe('valueClasses', () => {
  it('cuts equal intervals of (max − min) / k, upper bounds included', () => {
    const c = valueClasses([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 'equal', 5);
    // width 9 / 5 = 1.8: 2.8, 4.6, 6.4, 8.2, 10
    expect(c.uppers).toEqual([2.8, 4.6, 6.4, 8.2, 10]);
    expect(c.classOf).toEqual([0, 0, 1, 1, 2, 2, 3, 3, 4, 4]);
    expect(c.counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('keeps empty equal intervals (a skewed spread)', () => {
    const c = valueClasses([1, 1, 1, 2, 3, 10], 'equal', 3);
    // width 9 / 3 = 3: 4, 7, 10
    expect(c.uppers).toEqual([4, 7, 10]);
    expect(c.counts).toEqual([5, 0, 1]);
  });

  it('cuts type-7 quantiles, ties in one class', () => {
    // p = 1/3: h = 5/3 → 1 + ⅔·(1 − 1) = 1; p = 2/3: h = 10/3 → 2 + ⅓·(3 − 2) = 2.333…
    const c = valueClasses([1, 1, 1, 2, 3, 10], 'quantile', 3);
    expect(c.uppers).toEqual([1, 2.33333333333, 10]);
    expect(c.classOf).toEqual([0, 0, 0, 1, 2, 2]);
    expect(c.counts).toEqual([3, 1, 2]);
  });

  it('merges bounds that coincide: fewer classes than asked', () => {
    const c = valueClasses([5, 5, 5, 5, 9], 'quantile', 4);
    expect(c.uppers).toEqual([5, 9]);
    expect(c.counts).toEqual([4, 1]);
    expect(valueClasses([2, 4], 'equal', 5).uppers).toEqual([3, 4]);
  });

  it('gives one class to a single value, and none without values', () => {
    const one = valueClasses([7, null, 7], 'equal', 5);
    expect(one).toMatchObject({ min: 7, uppers: [7], counts: [2], noData: 1 });
    expect(one.classOf).toEqual([0, null, 0]);
    const none = valueClasses([null, null], 'quantile', 5);
    expect(none).toMatchObject({ min: null, uppers: [], counts: [], noData: 2 });
    expect(none.classOf).toEqual([null, null]);
  });

  it('counts every value with a class and every gap as no data', () => {
    const vals = [3, null, 8.5, 1, null, 4, 4, 12];
    for (const m of ['equal', 'quantile'] as const) {
      const c = valueClasses(vals, m, 5);
      expect(c.counts.reduce((a, b) => a + b, 0) + c.noData).toBe(vals.length);
      expect(c.noData).toBe(2);
    }
  });

  it('reads type-7 quantiles as PERCENTILE.INC does', () => {
    expect(quantile([10, 20, 30, 40], 0.5)).toBe(25);
    expect(quantile([10, 20, 30, 40], 0.25)).toBe(17.5);
    expect(quantile([10], 0.9)).toBe(10);
  });
});

describe('shade', () => {
  it('draws better darker, or larger darker when neutral', () => {
    expect(shade(4, 5, 'higher')).toBe(1);
    expect(shade(0, 5, 'higher')).toBe(0);
    expect(shade(0, 5, 'lower')).toBe(1);
    expect(shade(2, 5, 'neutral')).toBe(0.5);
    expect(shade(0, 1, 'lower')).toBe(1);
  });
});

describe('goal bands', () => {
  const o = (district: string, year: number, value: number) =>
    testObservation({ id: `${district}${year}`, district, year, value });
  const catalog = testCatalog(plainEntry('床位', '张'));
  const table = tableFrom([
    o('A', 2020, 20),
    o('A', 2023, 31), // met (≥ 30)
    o('B', 2020, 20),
    o('B', 2023, 29), // within 5 % of 30: near
    o('C', 2020, 20),
    o('C', 2023, 27), // on track (expected 26)
    o('D', 2020, 20),
    o('D', 2023, 22), // behind
    o('E', 2023, 25), // one point: no trajectory
  ]);
  const set = {
    id: 'g',
    name: '目标',
    targets: [{ indicator: '素养', value: 30, year: 2025, qualifier: '' as const }],
  };
  const districts = ['A', 'B', 'C', 'D', 'E', 'F'];

  it('bands each district as the scorecard does', () => {
    const rows = buildSetGoals(table, catalog, districts, set);
    const card = buildScorecard(table, catalog, districts, set);
    const bands = districts.map((d) => goalBand(tileGoal(rows.filter((r) => r.district === d))));
    expect(bands).toEqual(['met', 'near', 'on_track', 'behind', 'no_data', 'no_data']);
    expect(bands).toEqual(card.rows.map((r) => r.cells[0]?.band));
  });

  it('shows the next target not yet past, else the last one', () => {
    const row = (year: number, latest: number) =>
      ({
        target: { value: 1, year, qualifier: '', id: null },
        latest: { value: 1, year: latest, id: 'x' },
      }) as unknown as Parameters<typeof tileGoal>[0][number];
    expect(tileGoal([row(2030, 2023), row(2025, 2023)])?.target?.year).toBe(2025);
    expect(tileGoal([row(2020, 2023), row(2030, 2023)])?.target?.year).toBe(2030);
    expect(tileGoal([row(2018, 2023), row(2020, 2023)])?.target?.year).toBe(2020);
    expect(tileGoal([])).toBeNull();
  });
});

describe('rounded bounds', () => {
  it('print 3 significant digits of the class width, at most the data’s decimals', () => {
    const values = [28.96, 29.5, 31.133333, 33.41, 40.123456, 47.561734];
    const d = labelDigits(values, 5);
    expect(d).toBe(2);
    const c = valueClasses(values, 'equal', 5, d);
    for (const u of c.uppers) expect(String(u)).toMatch(/^\d+(\.\d{1,2})?$/);
    expect(c.min).toBe(28.96);
    expect(c.uppers.at(-1)).toBe(47.57);
    expect(labelDigits([8758, 12102], 5)).toBe(0);
    expect(labelDigits([0.000012345, 47.561734], 5)).toBe(2);
  });

  it('class every value against the printed bounds: one class each, upper bound included', () => {
    const values = [0.000012, 1, 2.5, 9.99, 10, 47.561734];
    const c = valueClasses(values, 'quantile', 5, labelDigits(values, 5));
    const lows = [c.min as number, ...c.uppers.slice(0, -1)];
    values.forEach((v, k) => {
      const i = c.classOf[k] as number;
      expect(v).toBeLessThanOrEqual(c.uppers[i] as number);
      expect(i === 0 ? v >= (lows[0] as number) : v > (lows[i] as number)).toBe(true);
    });
    expect(c.counts.reduce((a, b) => a + b, 0)).toBe(values.length);
    expect(classIndex(c.uppers[0] as number, c.uppers)).toBe(0);
  });
});
