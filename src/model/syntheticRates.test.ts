// The synthetic city against the seed catalog's built-in formulas: its inputs are the seed's
// indicators, the rates they give are in real districts' ranges, and withDerived gives what a
// hand computation gives.
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../data/seed';
import { roundDerived, withDerived } from './derived';
import { BUILTIN_RATE_RANGES, CHONGQING_DISTRICTS, prng, syntheticCity } from './synthetic';
import { URBAN } from './syntheticData';
import { tableFrom, tableRows } from './table';
import type { Observation } from './types';

const catalog = loadSeedCatalog();
const city = syntheticCity();

/** The built-in rates: name → [numerator, denominator, factor, range]. */
const RATES: [string, string, string, number, readonly [number, number]][] = [
  ['每千人口医疗卫生机构床位数', '床位数', '常住人口', 1000, BUILTIN_RATE_RANGES.beds],
  [
    '每千人口执业（助理）医师数（按公式）',
    '执业（助理）医师数',
    '常住人口',
    1000,
    BUILTIN_RATE_RANGES.doctors,
  ],
  ['每千人口注册护士数（按公式）', '注册护士数', '常住人口', 1000, BUILTIN_RATE_RANGES.nurses],
  ['每千人口托位数（按常住人口）', '婴幼儿托位总数', '常住人口', 1000, BUILTIN_RATE_RANGES.places],
  [
    '基层诊疗量占比（按公式）',
    '基层医疗卫生机构诊疗人次',
    '总诊疗人次',
    100,
    BUILTIN_RATE_RANGES.primaryShare,
  ],
];

/** A value's plain amount: 万人 and 万人次 as whole people and visits (two decimals in 万). */
const plain = (o: Observation) =>
  o.unit.startsWith('万') ? Math.round((o.value ?? NaN) * 10000) : (o.value ?? NaN);

function byKey(rows: readonly Observation[]) {
  const map = new Map<string, Observation>();
  for (const o of rows) map.set(`${o.district}|${o.indicator}|${o.year}|${o.kind}|${o.scope}`, o);
  return (district: string, indicator: string, year: number) =>
    map.get(`${district}|${indicator}|${year}|actual|`);
}

describe('synthetic city inputs of the built-in formulas', () => {
  it('are the seed catalog’s own indicators, with its units', () => {
    for (const e of city.inputs) expect(catalog.get(e.indicator), e.indicator).toEqual(e);
  });

  it('give every district and year a population of 20–330 万, larger in the urban area', () => {
    const years = [...new Set(city.observations.map((o) => o.year))].filter((y) => y <= 2024);
    const pop = city.observations.filter((o) => o.indicator === '常住人口');
    expect(pop).toHaveLength(CHONGQING_DISTRICTS.length * years.length);
    const [lo, hi] = BUILTIN_RATE_RANGES.population;
    for (const o of pop) {
      expect(o.value ?? NaN, `${o.district} ${o.year}`).toBeGreaterThanOrEqual(lo);
      expect(o.value ?? NaN, `${o.district} ${o.year}`).toBeLessThanOrEqual(hi);
    }
    const mean = (urban: boolean) => {
      const v = pop.filter((o) => o.year === 2024 && URBAN.has(o.district) === urban);
      return v.reduce((a, o) => a + (o.value ?? 0), 0) / v.length;
    };
    expect(mean(true)).toBeGreaterThan(mean(false));
  });

  it('give every district and year each built-in rate, inside its range', () => {
    const derived = byKey(tableRows(withDerived(tableFrom(city.observations), catalog)));
    for (const district of CHONGQING_DISTRICTS)
      for (let year = 2015; year <= 2024; year++)
        for (const [name, , , , [lo, hi]] of RATES) {
          const v = derived(district, name, year);
          const where = `${name} ${district} ${year}`;
          expect(v?.derived?.reason, where).toBeNull();
          expect(v?.value ?? NaN, where).toBeGreaterThanOrEqual(lo);
          expect(v?.value ?? NaN, where).toBeLessThanOrEqual(hi);
        }
  });

  it('computes what the hand computation gives, over random synthetic cities', () => {
    const rand = prng(1414);
    let checked = 0;
    for (let i = 0; i < 12; i++) {
      const seed = 1 + Math.floor(rand() * 1e6);
      const small = syntheticCity({ seed, indicators: 0, years: 1 + Math.floor(rand() * 4) });
      const stored = byKey(small.observations);
      const derived = byKey(tableRows(withDerived(tableFrom(small.observations), catalog)));
      for (const o of small.observations.filter((x) => x.indicator === '常住人口'))
        for (const [name, top, bottom, factor] of RATES) {
          const a = stored(o.district, top, o.year);
          const b = stored(o.district, bottom, o.year);
          if (!a || !b) throw new Error(`no inputs for ${name} ${o.district} ${o.year}`);
          const hand = roundDerived((plain(a) / plain(b)) * factor);
          expect(derived(o.district, name, o.year)?.value, `${name} ${seed}`).toBe(hand);
          checked++;
        }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
