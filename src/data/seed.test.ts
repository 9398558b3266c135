// Fails when the seed dataset drifts from its reports or its catalog.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../io/csv';
import { rangeProblem } from '../model/catalog';
import { DISTRICTS, OBSERVATION_COLUMNS } from '../model/types';
import { SEED_SOURCES, loadSeedCatalog } from './seed';
import { loadSeedObservations } from './seedRows';

const seedsDir = new URL('../../seeds/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, seedsDir), 'utf-8');
const csvText = read('indicators.csv');
const parsed = parseCsv(csvText);
const rows = parsed.records;
const catalog = loadSeedCatalog(read('catalog.csv'));

describe('seeds/indicators.csv', () => {
  it('parses with the project CSV code, with the exact header', () => {
    expect(parsed.errors).toEqual([]);
    expect(csvText.split('\n')[0]).toBe(OBSERVATION_COLUMNS.join(','));
    expect(rows.length).toBeGreaterThan(100);
  });

  it('cites only the five bundled reports, each byte-identical to the shared copy', () => {
    for (const name of SEED_SOURCES) {
      const shared = new URL(`../../../shared/seeds/${name}`, import.meta.url);
      let original: string | null = null;
      try {
        original = readFileSync(shared, 'utf-8');
      } catch {
        original = null; // a clone outside this workspace has no shared copy to compare
      }
      if (original !== null) expect(read(name)).toBe(original);
    }
    for (const r of rows) expect(SEED_SOURCES).toContain(r.source);
  });

  it('has every quote verbatim in its source file', () => {
    const texts = new Map(SEED_SOURCES.map((s) => [s, read(s)]));
    const missing = rows.filter(
      (r) => !texts.get(r.source as never)?.includes(r.quote ?? '\u0000'),
    );
    expect(missing.map((r) => r.quote)).toEqual([]);
    expect(rows.every((r) => (r.quote ?? '').length >= 4)).toBe(true);
  });

  it('has every value, as written, standing alone in its quote', () => {
    const bad = rows.filter((r) => {
      const v = (r.value ?? '').replace(/\./g, '\\.');
      return !new RegExp(`(?<![\\d.])${v}(?![\\d.])`).test(r.quote ?? '');
    });
    expect(bad.map((r) => `${r.value} ∉ ${r.quote}`)).toEqual([]);
  });

  it('uses catalog indicators with their units, within range', () => {
    const problems: string[] = [];
    for (const r of rows) {
      const entry = catalog.get(r.indicator ?? '');
      if (!entry) problems.push(`未知指标 ${r.indicator}`);
      else if (entry.unit !== r.unit) problems.push(`${r.indicator}: ${r.unit} ≠ ${entry.unit}`);
      else {
        const p = rangeProblem(entry, Number(r.value));
        if (p) problems.push(`${r.indicator} ${r.value}: ${p}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('names only the five districts, valid kinds, qualifiers and years', () => {
    for (const r of rows) {
      expect(DISTRICTS).toContain(r.district);
      expect(['actual', 'target']).toContain(r.kind);
      expect(['', '≥', '≈']).toContain(r.qualifier);
      expect(Number(r.year)).toBeGreaterThanOrEqual(2010);
      expect(Number(r.year)).toBeLessThanOrEqual(2030);
      expect(Number.isFinite(Number(r.value))).toBe(true);
    }
  });

  it('has no duplicated row', () => {
    const keys = rows.map((r) =>
      [r.district, r.indicator, r.year, r.kind, r.scope, r.value, r.source].join('|'),
    );
    const dups = keys.filter((k, i) => keys.indexOf(k) !== i);
    expect(dups).toEqual([]);
  });

  it('keeps both sides of the known disagreements', () => {
    const values = (district: string, indicator: string) =>
      rows.filter((r) => r.district === district && r.indicator === indicator).map((r) => r.value);
    expect(values('江津区', '适龄儿童免疫规划疫苗接种率').sort()).toEqual(['96.8', '97.2']);
    expect(values('九龙坡区', '新建卫生健康服务站数量')).toContain('29');
    expect(values('九龙坡区', '卫生健康服务站数量')).toContain('44');
  });

  it('loads into typed observations', () => {
    const obs = loadSeedObservations(csvText);
    expect(obs).toHaveLength(rows.length);
    const jj = obs.find((o) => o.district === '江津区' && o.indicator === '居民健康素养水平');
    expect(jj?.value).toBe(32.22);
  });
});

describe('seeds/catalog.csv', () => {
  it('gives every indicator both names, a unit, a direction and a category', () => {
    for (const e of catalog.values()) {
      expect(e.nameEn).not.toBe('');
      expect(e.unit).not.toBe('');
      expect(e.category).not.toBe('');
      if (e.unit === '%') expect([e.min, e.max]).toEqual([0, 100]);
    }
  });

  it('has no indicator that the dataset never uses', () => {
    const used = new Set(rows.map((r) => r.indicator));
    expect([...catalog.keys()].filter((k) => !used.has(k))).toEqual([]);
  });
});
