// The synthetic city's inputs of the built-in formula indicators (seeds/catalog.csv): resident
// population and the counts the per-1,000 rates and the primary-care share read, for every
// district and year. Counts are made from a rate in the national range times the population,
// so the computed rates land where real districts' do (beds 4–9, doctors 2–4, nurses 2.2–5,
// childcare places 1.5–4.5 per 1,000; primary-care share 45–70 %).
import { CHONGQING_DISTRICTS, URBAN } from './syntheticData';
import type { CatalogEntry, Observation } from './types';

const entry = (
  indicator: string,
  nameEn: string,
  unit: string,
  category: string,
  direction: CatalogEntry['direction'] = 'neutral',
): CatalogEntry => ({ indicator, nameEn, unit, direction, min: 0, max: null, category });

/** The input indicators, exactly as seeds/catalog.csv has them (a test holds them equal). */
/** A whole-district actual value as a statistical bulletin states it (no qualifier, scope or note). */
export function reportedActual(
  at: Pick<Observation, 'district' | 'indicator' | 'unit' | 'year'> & { value: number },
  source: string,
  quote: string,
): Omit<Observation, 'id'> {
  return { ...at, kind: 'actual', qualifier: '', scope: '', source, quote, note: '' };
}

export const BUILTIN_INPUTS: readonly CatalogEntry[] = [
  entry('常住人口', 'Resident population', '万人', '基本情况'),
  entry('床位数', 'Beds', '张', '资源与投入'),
  entry('执业（助理）医师数', 'Licensed doctors and assistant doctors', '人', '人才与学科'),
  entry('注册护士数', 'Registered nurses', '人', '人才与学科'),
  entry('婴幼儿托位总数', 'Childcare places for under-3s', '个', '妇幼与托育', 'higher'),
  entry('总诊疗人次', 'Total patient visits', '万人次', '医疗服务'),
  entry(
    '基层医疗卫生机构诊疗人次',
    'Patient visits at primary-care institutions',
    '万人次',
    '基层卫生',
  ),
];

/** Typical ranges the synthetic inputs are made to give (per 1,000 residents; share in %). */
export const BUILTIN_RATE_RANGES = {
  population: [20, 330],
  beds: [4, 9],
  doctors: [2, 4],
  nurses: [2.2, 5],
  places: [1.5, 4.5],
  primaryShare: [45, 70],
} as const;

const round = (v: number, d: number) => Number(v.toFixed(d));
const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * A rate that grows towards `lastYear`, kept inside [lo, hi] with a margin of 3 % of the span
 * (so rounding the count to whole beds or people never takes it out of range).
 */
function rateOf(rand: () => number, [lo, hi]: readonly [number, number], head: number) {
  const pos = 0.2 + 0.6 * rand() + head;
  const drift = 0.01 + 0.03 * rand();
  return (yearsBack: number) => lo + (hi - lo) * clamp(pos - drift * yearsBack, 0.03, 0.97);
}

/** Every district's input rows for [firstYear, lastYear], from `rand` (its own stream). */
export function builtinInputRows(
  rand: () => number,
  firstYear: number,
  lastYear: number,
  districts: readonly string[] = CHONGQING_DISTRICTS,
): Omit<Observation, 'id'>[] {
  const R = BUILTIN_RATE_RANGES;
  const out: Omit<Observation, 'id'>[] = [];
  for (const district of districts) {
    const urban = URBAN.has(district);
    // 万人 in the last year; the main urban area is larger and growing, the rest shrinking.
    const pop = urban ? 120 + 210 * rand() : 20 + 150 * rand() ** 1.4;
    const growth = urban ? 0.004 + 0.012 * rand() : -0.008 + 0.01 * rand();
    const head = urban ? 0.1 : 0;
    const beds = rateOf(rand, R.beds, head);
    const doctors = rateOf(rand, R.doctors, head);
    const nurses = rateOf(rand, R.nurses, head);
    const places = rateOf(rand, R.places, 0);
    const visits = 4.5 + 3.5 * rand(); // visits per resident per year
    const share = 0.48 + 0.2 * rand() - (urban ? 0.03 : 0);
    const shareDrift = (rand() - 0.5) * 0.004;
    const row = (indicator: string, unit: string, year: number, value: number) => {
      const stats = indicator === '常住人口' ? '国民经济和社会发展' : '卫生健康';
      const source = `${district}${year}年${stats}统计公报`;
      const quote = `${year}年末，${indicator}为${value}${unit}。`;
      out.push(reportedActual({ district, indicator, unit, year, value }, source, quote));
    };
    for (let year = firstYear; year <= lastYear; year++) {
      const back = lastYear - year;
      const resident = round(clamp(pop * (1 + growth) ** -back, 20.5, 329.5), 2);
      const thousands = resident * 10; // 万人 → thousands of people
      row('常住人口', '万人', year, resident);
      row('床位数', '张', year, Math.round(beds(back) * thousands));
      row('执业（助理）医师数', '人', year, Math.round(doctors(back) * thousands));
      row('注册护士数', '人', year, Math.round(nurses(back) * thousands));
      row('婴幼儿托位总数', '个', year, Math.round(places(back) * thousands));
      // 2020: fewer visits in the first year of COVID-19.
      const total = round(resident * visits * (year === 2020 ? 0.85 : 1), 2);
      const primary = round(total * clamp(share - shareDrift * back, 0.46, 0.69), 2);
      row('总诊疗人次', '万人次', year, total);
      row('基层医疗卫生机构诊疗人次', '万人次', year, primary);
    }
  }
  return out;
}
