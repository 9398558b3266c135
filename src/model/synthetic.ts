// A synthetic city-scale workbook for benchmarks: Chongqing's 38 districts and counties,
// a few hundred plausible indicators, ten years of actual values plus 2025/2030 targets, and
// the inputs of the catalog's built-in formulas (population, beds, staff, places, visits).
// Pure and deterministic: the same options always give the same rows (seeded PRNG, no clock).
import {
  BASES,
  CHONGQING_DISTRICTS,
  SYNTHETIC_CATEGORIES,
  URBAN,
  type Base,
} from './syntheticData';
import { BUILTIN_INPUTS, builtinInputRows, reportedActual } from './syntheticInputs';
import type { CatalogEntry, Observation } from './types';

export { CHONGQING_DISTRICTS, SYNTHETIC_CATEGORIES } from './syntheticData';
export { BUILTIN_INPUTS, BUILTIN_RATE_RANGES } from './syntheticInputs';

export interface SyntheticOptions {
  /** PRNG seed; the same seed gives the same data. Default 1. */
  seed?: number;
  /**
   * Number of synthetic category indicators (`catalog`). Default 300. The built-in formulas'
   * inputs (`inputs`) come on top, for every district and year.
   */
  indicators?: number;
  /** Years of actual values, ending in 2024. Default 10 (2015–2024). */
  years?: number;
  /**
   * Number of districts. Default 38: Chongqing's real ones. More (the bench's 2× and 4× cities)
   * adds made-up districts after them (syntheticDistricts).
   */
  districts?: number;
}

export interface SyntheticCity {
  /** The synthetic category indicators: new to the seed catalog (an import adds them). */
  catalog: CatalogEntry[];
  /** The built-in formulas' inputs: already in the seed catalog, as BUILTIN_INPUTS. */
  inputs: readonly CatalogEntry[];
  observations: Observation[];
}

export const LAST_ACTUAL_YEAR = 2024;
export const TARGET_YEARS = [2025, 2030] as const;

/** mulberry32: small, fast and good enough for test data. Returns floats in [0, 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Spec {
  entry: CatalogEntry;
  lo: number;
  hi: number;
  decimals: number;
  /** First year with data (newer indicators start later). */
  start: number;
  hasTargets: boolean;
}

const round = (v: number, d: number) => Number(v.toFixed(d));
const clamp = (v: number, lo: number | null, hi: number | null) =>
  Math.min(hi ?? Infinity, Math.max(lo ?? -Infinity, v));

/** Indicator names are unique: base name plus a 统计口径 in parentheses. */
function catalogSpecs(n: number, rand: () => number, firstYear: number): Spec[] {
  const cats = SYNTHETIC_CATEGORIES.length;
  const out: Spec[] = [];
  for (let c = 0; c < cats; c++) {
    const category = SYNTHETIC_CATEGORIES[c] as (typeof SYNTHETIC_CATEGORIES)[number];
    const { variants, bases } = BASES[category];
    const count = Math.floor(n / cats) + (c < n % cats ? 1 : 0);
    for (let k = 0; k < count; k++) {
      const base = bases[k % bases.length] as Base;
      const round_ = Math.floor(k / bases.length);
      const variant = variants[round_ % variants.length] as string;
      const extra = Math.floor(round_ / variants.length);
      const [name, unit, direction, min, max, lo, hi, decimals] = base;
      const indicator = `${name}（${variant}${extra ? `·口径${extra + 1}` : ''}）`;
      // Digital-health indicators were reported from later years on; others mostly from the start.
      const lag =
        category === '数字健康' ? 1 + Math.floor(rand() * 4) : Math.floor(rand() ** 2 * 5);
      out.push({
        entry: { indicator, nameEn: '', unit, direction, min, max, category },
        lo,
        hi,
        decimals,
        start: firstYear + lag,
        hasTargets: direction !== 'neutral' && rand() < 0.45,
      });
    }
  }
  return out;
}

/**
 * The first n districts of the synthetic city: the 38 real ones, then made-up ones (试点1区, …),
 * which no real, former or short district name, code or totals label can be read as, so an import
 * offers them as new districts and takes every row.
 */
export function syntheticDistricts(n: number): string[] {
  const real = CHONGQING_DISTRICTS.slice(0, Math.max(0, n));
  const extra = Array.from({ length: Math.max(0, n - real.length) }, (_, i) => `试点${i + 1}区`);
  return [...real, ...extra];
}

/** Builds the whole synthetic workbook. */
export function syntheticCity(opts: SyntheticOptions = {}): SyntheticCity {
  const rand = prng(opts.seed ?? 1);
  const years = Math.max(1, Math.floor(opts.years ?? 10));
  const firstYear = LAST_ACTUAL_YEAR - years + 1;
  const specs = catalogSpecs(Math.max(0, Math.floor(opts.indicators ?? 300)), rand, firstYear);
  const districts = syntheticDistricts(opts.districts ?? CHONGQING_DISTRICTS.length);
  // Per district: development (service indicators) and size (counts and money).
  const profile = districts.map((d) => ({
    dev: clamp((URBAN.has(d) ? 0.55 : 0.2) + rand() * 0.45, 0, 1),
    size: (URBAN.has(d) ? 1 : 0.45) + rand() * 0.6,
  }));
  const observations: Observation[] = [];
  let next = 1;
  const push = (o: Omit<Observation, 'id'>) => observations.push({ id: `c${next++}`, ...o });

  districts.forEach((district, di) => {
    const { dev, size } = profile[di] as { dev: number; size: number };
    for (const s of specs) {
      const { indicator, unit, direction, min, max } = s.entry;
      const span = s.hi - s.lo;
      // Where this district sits in the typical range in the last year.
      const pos = clamp(0.6 * dev + 0.4 * rand(), 0, 1);
      const level =
        direction === 'neutral'
          ? s.lo + span * clamp(0.3 * size + 0.4 * rand(), 0, 1)
          : s.lo + span * (direction === 'higher' ? pos : 1 - pos);
      // Yearly improvement (or growth for neutral counts), as a share of the typical range.
      const step = span * (0.01 + 0.03 * rand()) * (direction === 'lower' ? -1 : 1);
      const at = (year: number) => level - step * (LAST_ACTUAL_YEAR - year);
      let last: number | null = null;
      for (let year = Math.max(s.start, firstYear); year <= LAST_ACTUAL_YEAR; year++) {
        if (rand() < 0.03) continue; // the odd missing report
        const noise = (rand() - 0.5) * span * 0.02;
        const value = round(clamp(at(year) + noise, min, max), s.decimals);
        last = value;
        push(
          reportedActual(
            { district, indicator, unit, year, value },
            `${district}${year}年卫生健康统计公报`,
            `${year}年，${indicator}为${value}${unit}。`,
          ),
        );
      }
      if (!s.hasTargets) continue;
      const from = last ?? level;
      for (const year of TARGET_YEARS) {
        const ahead = year - LAST_ACTUAL_YEAR;
        const value = round(clamp(from + step * ahead * 1.5, min, max), s.decimals);
        const plan = year === 2025 ? `${district}“十四五”卫生健康规划` : `健康${district}2030行动`;
        push({
          district,
          indicator,
          unit,
          year,
          kind: 'target',
          value,
          qualifier: direction === 'higher' && unit === '%' && rand() < 0.3 ? '≥' : '',
          scope: '',
          source: plan,
          quote: `到${year}年，${indicator}达到${value}${unit}。`,
          note: '',
        });
      }
    }
  });
  // Their own stream, after the rest: the category indicators' values and ids stay as they were.
  const inputs = builtinInputRows(
    prng(((opts.seed ?? 1) * 7919 + 14) >>> 0),
    firstYear,
    LAST_ACTUAL_YEAR,
    districts,
  );
  for (const o of inputs) push(o);
  return { catalog: specs.map((s) => s.entry), inputs: BUILTIN_INPUTS, observations };
}

export const SYNTHETIC_CSV_HEADER = [
  '区县',
  '指标',
  '单位',
  '年份',
  '类型',
  '数值',
  '限定',
  '范围',
  '来源文件',
  '原文',
  '备注',
] as const;

const csvCell = (v: string | number | null): string => {
  const s = v === null ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** The observations as long CSV text with Chinese headers (类型 实际/目标), LF line ends. */
export function syntheticCsv(input: SyntheticOptions | SyntheticCity = {}): string {
  const city = 'observations' in input ? input : syntheticCity(input);
  const lines = [SYNTHETIC_CSV_HEADER.join(',')];
  for (const o of city.observations) {
    lines.push(
      [
        o.district,
        o.indicator,
        o.unit,
        o.year,
        o.kind === 'actual' ? '实际' : '目标',
        o.value,
        o.qualifier,
        o.scope,
        o.source,
        o.quote,
        o.note,
      ]
        .map(csvCell)
        .join(','),
    );
  }
  return lines.join('\n') + '\n';
}
