import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHONGQING_DISTRICTS, SYNTHETIC_CATEGORIES, syntheticCity } from './synthetic';

const city = syntheticCity();

describe('syntheticCity', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    expect(syntheticCity({ seed: 1 })).toEqual(city);
    const other = syntheticCity({ seed: 2 });
    expect(other.observations.map((o) => o.value)).not.toEqual(
      city.observations.map((o) => o.value),
    );
  });

  it("covers Chongqing's 38 districts and counties by their real names", () => {
    expect(CHONGQING_DISTRICTS).toHaveLength(38);
    expect(CHONGQING_DISTRICTS.filter((d) => d.endsWith('区'))).toHaveLength(26);
    expect(CHONGQING_DISTRICTS.filter((d) => d.endsWith('自治县'))).toHaveLength(4);
    expect(CHONGQING_DISTRICTS.filter((d) => /[^治]县$/.test(d))).toHaveLength(8);
    expect(new Set(city.observations.map((o) => o.district))).toEqual(new Set(CHONGQING_DISTRICTS));
  });

  it('has 300 distinct indicators in the known categories, none clashing with the seed catalog', () => {
    const names = city.catalog.map((e) => e.indicator);
    expect(names).toHaveLength(300);
    expect(new Set(names).size).toBe(300);
    // …plus the inputs of the built-in formulas (population, beds, staff, places, visits).
    expect(new Set(city.observations.map((o) => o.indicator)).size).toBe(300 + city.inputs.length);
    for (const e of city.catalog) {
      expect(SYNTHETIC_CATEGORIES).toContain(e.category);
      expect(e.unit).not.toBe('');
      expect(['higher', 'lower', 'neutral']).toContain(e.direction);
    }
    const seed = readFileSync(new URL('../../seeds/catalog.csv', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.split(',')[0]);
    expect(names.filter((n) => seed.includes(n))).toEqual([]);
  });

  it('has 95k–110k rows: ten years of actuals (2015–2024) plus 2025/2030 targets', () => {
    const n = city.observations.length;
    expect(n).toBeGreaterThanOrEqual(95_000);
    expect(n).toBeLessThanOrEqual(110_000);
    const actualYears = new Set(
      city.observations.filter((o) => o.kind === 'actual').map((o) => o.year),
    );
    expect([...actualYears].sort()).toEqual([
      2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    const targets = city.observations.filter((o) => o.kind === 'target');
    expect(targets.length).toBeGreaterThan(1000);
    expect(new Set(targets.map((o) => o.year))).toEqual(new Set([2025, 2030]));
  });

  it('keeps every value inside its catalog range', () => {
    const byName = new Map([...city.catalog, ...city.inputs].map((e) => [e.indicator, e]));
    const bad = city.observations.filter((o) => {
      const e = byName.get(o.indicator);
      const v = o.value;
      return (
        !e ||
        v === null ||
        !Number.isFinite(v) ||
        (e.min !== null && v < e.min) ||
        (e.max !== null && v > e.max) ||
        o.unit !== e.unit
      );
    });
    expect(bad).toEqual([]);
  });

  it('has unique ids c1… and one row per district, indicator, year and kind', () => {
    const ids = city.observations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('c1');
    expect(ids.every((id) => /^c\d+$/.test(id))).toBe(true);
    const keys = city.observations.map((o) => `${o.district}|${o.indicator}|${o.year}|${o.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('scales with the options', () => {
    const small = syntheticCity({ indicators: 30, years: 3, seed: 7 });
    expect(small.catalog).toHaveLength(30);
    const years = new Set(small.observations.filter((o) => o.kind === 'actual').map((o) => o.year));
    expect(Math.min(...years)).toBeGreaterThanOrEqual(2022);
  });
});
