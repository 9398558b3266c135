// Fails when the seed dataset drifts from its reports or its catalog.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../io/csv';
import { rangeProblem } from '../model/catalog';
import { references } from '../model/formula';
import { DISTRICTS, OBSERVATION_COLUMNS } from '../model/types';
import { loadReportIndex } from './reportIndexCsv';
import { reportHeading, seedReportInfo } from './reports';
import { SEED_SOURCES, loadSeedCatalog } from './seed';
import { loadSeedObservations } from './seedRows';

const seedsDir = new URL('../../seeds/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, seedsDir), 'utf-8');
const csvText = read('indicators.csv');
const parsed = parseCsv(csvText);
const rows = parsed.records;
const catalog = loadSeedCatalog(read('catalog.csv'));

const SHIPPED_196 = '9b67c252165be83c'; // seeds/indicators.csv at 9bdfc2b, rows 1–196

describe('seeds/indicators.csv', () => {
  it('parses with the project CSV code, with the exact header', () => {
    expect(parsed.errors).toEqual([]);
    expect(csvText.split('\n')[0]).toBe([...OBSERVATION_COLUMNS, 'note'].join(','));
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
        if (p) problems.push(`${r.indicator} ${r.value}: ${JSON.stringify(p)}`);
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

  // Seed ids are positional (s1, s2 …) and stored rows, history and a reset match rows by id,
  // so rows already shipped keep their place: new rows go at the end. Renaming a row is fine.
  it('keeps the 196 rows shipped first at their ids (new rows are appended)', () => {
    const shipped = rows
      .slice(0, 196)
      .map((r) => [r.district, r.value, r.source, r.quote].join('|'))
      .join('\n');
    expect(createHash('sha256').update(shipped).digest('hex').slice(0, 16)).toBe(SHIPPED_196);
  });

  it('loads into typed observations', () => {
    const obs = loadSeedObservations(csvText);
    expect(obs).toHaveLength(rows.length);
    const jj = obs.find((o) => o.district === '江津区' && o.indicator === '居民健康素养水平');
    expect(jj?.value).toBe(32.22);
  });
});

// Names a second reading of the reports found wrong or split across districts. A retired name
// must not come back: the measure now lives under the name on the right.
const RETIRED: Record<string, string> = {
  国考排名提升位次: '三级公立医院国考全国排名提升位次 / 中医医院国考全国排名提升位次',
  国考全国排名前百分比: '中医医院国考全国排名前百分比',
  国考全市排名: '中医医院国考全市排名',
  医共体成员基层机构数: '医联体成员基层机构数',
  农村区域性医疗卫生中心数量: '区域医疗卫生次中心数量',
};

describe('seeds/indicators.csv names', () => {
  const find = (district: string, indicator: string) =>
    rows.filter((r) => r.district === district && r.indicator === indicator);

  it('uses no retired indicator name, in the table or the catalog', () => {
    const names = new Set([...rows.map((r) => r.indicator), ...catalog.keys()]);
    expect(Object.keys(RETIRED).filter((n) => names.has(n))).toEqual([]);
  });

  it('keeps the two 国考 league tables apart, each rise with its own hospital and league', () => {
    const tcm = find('江津区', '中医医院国考全国排名提升位次');
    const grade3 = find('江津区', '三级公立医院国考全国排名提升位次');
    expect(tcm.map((r) => [r.value, r.scope])).toEqual([['103', '江津区中医院']]);
    expect(grade3.map((r) => [r.value, r.scope])).toEqual([['164', '重庆大学附属江津医院']]);
    expect(find('江津区', '中医医院国考全国排名前百分比').map((r) => r.value)).toEqual(['25']);
    expect(find('江津区', '中医医院国考全市排名').map((r) => r.value)).toEqual(['2']);
    // League sizes, so a rank can be read as a share of its league.
    expect(find('江津区', '三级公立医院国考全国参评医院数').map((r) => r.value)).toEqual(['2112']);
    expect(find('江津区', '中医医院国考全国参评医院数').map((r) => r.value)).toEqual(['568']);
    expect(find('江津区', '中医医院国考全市参评医院数').map((r) => r.value)).toEqual(['15']);
  });

  it('says on every 国考 row that 2023 is the year reported, not the year assessed', () => {
    const ranks = rows.filter((r) => (r.indicator ?? '').includes('国考'));
    expect(ranks.length).toBeGreaterThanOrEqual(8);
    for (const r of ranks) {
      expect(r.year).toBe('2023');
      expect(r.note).toContain('2023年报告');
      expect(r.note).toContain('考核年度原文未说明');
    }
  });

  it('files each merged measure under one name, comparable across its districts', () => {
    const districts = (indicator: string) =>
      [...new Set(rows.filter((r) => r.indicator === indicator).map((r) => r.district))].sort();
    expect(districts('医联体成员基层机构数')).toEqual(['九龙坡区', '荣昌区'].sort());
    expect(districts('区域医疗卫生次中心数量')).toEqual(['江津区', '荣昌区'].sort());
    expect(find('荣昌区', '医联体成员基层机构数').map((r) => r.value)).toEqual(['21']);
    expect(find('九龙坡区', '医联体成员基层机构数').map((r) => r.value)).toEqual(['13']);
    expect(find('荣昌区', '区域医疗卫生次中心数量').map((r) => [r.value, r.kind])).toEqual([
      ['6', 'target'],
    ]);
    // Where the definitions differ, the row says how.
    for (const r of [
      ...find('荣昌区', '医联体成员基层机构数'),
      ...find('九龙坡区', '医联体成员基层机构数'),
      ...find('荣昌区', '区域医疗卫生次中心数量'),
      ...find('江津区', '区域医疗卫生次中心数量'),
    ])
      expect(r.note ?? '').not.toBe('');
  });

  it('keeps the population of 金溪镇, the base of its poverty counts', () => {
    const pop = rows.filter((r) => r.indicator === '辖区人口' && r.scope === '金溪镇');
    expect(pop.map((r) => [r.district, r.value, r.unit])).toEqual([['黔江区', '14880', '人']]);
  });

  it('keeps the one city benchmark: 荣昌 基层就诊率 10 points above 全市', () => {
    const b = find('荣昌区', '基层医疗卫生机构诊疗量占比高于全市');
    expect(b.map((r) => [r.value, r.unit, r.year])).toEqual([['10', '个百分点', '2022']]);
    expect(b[0]?.quote).toContain('高于全市10个百分点');
  });
});

describe('seeds/reports.csv', () => {
  const index = loadReportIndex(read('reports.csv'));

  it('gives every report a title row per district it covers, with year and subject', () => {
    for (const name of SEED_SOURCES) {
      const covered = [...new Set(rows.filter((r) => r.source === name).map((r) => r.district))];
      const titled = index.filter((r) => r.file === name).map((r) => r.district);
      expect(titled.sort(), name).toEqual(covered.sort());
    }
    for (const r of index) {
      expect(DISTRICTS).toContain(r.district);
      expect(r.subject).not.toBe('');
      expect(r.year).toBeGreaterThanOrEqual(2010);
      // The title is the report's own headline, found verbatim in its text.
      expect(read(r.file).includes(r.title), r.title).toBe(true);
    }
  });

  it('does not take a photo caption for a title', () => {
    const titles = index.map((r) => r.title);
    expect(titles.filter((t) => /摄|提供|效果图|全景/.test(t))).toEqual([]);
    expect(seedReportInfo('001_2e9b9f177d47a479.txt', '江津区', index)?.title).toBe(
      '砥砺奋进 托起人民群众健康梦',
    );
    expect(seedReportInfo('002_7035c8007fe05eab.txt', '大足区', index)?.title).toContain(
      '大足区人民医院',
    );
    expect(seedReportInfo('002_7035c8007fe05eab.txt', '黔江区', index)?.title).toContain('黔江区');
    expect(seedReportInfo('someone-elses.txt', '江津区', index)).toBeNull();
    const jj = reportHeading(
      '001_2e9b9f177d47a479.txt',
      '江津区',
      read('001_2e9b9f177d47a479.txt'),
    );
    expect(jj).toContain('砥砺奋进 托起人民群众健康梦');
    expect(jj).toContain('2023');
    expect(jj).not.toContain('摄');
    // A planner's own report has no title row: its first line stands in.
    expect(reportHeading('mine.txt', '江津区', '\n  某区2024年工作总结\n正文')).toBe(
      '「某区2024年工作总结」',
    );
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

  it('gives volumes that follow need, and money paid out, no direction (their rates carry it)', () => {
    const volumes = [
      '慢病签约服务救治人数',
      '大病集中救治人数',
      '重病兜底救助人数',
      '白内障手术人次',
      '膝关节手术台次',
      '总诊疗人次',
      '手术台次',
    ];
    for (const name of volumes) expect(catalog.get(name)?.direction, name).toBe('neutral');
    const money = [...catalog.values()].filter((e) => ['万元', '亿元'].includes(e.unit));
    expect(money.length).toBeGreaterThan(5);
    for (const e of money) expect(e.direction, e.indicator).toBe('neutral');
    for (const rate of ['慢病签约服务救治率', '大病集中救治率', '重病兜底救助率'])
      expect(catalog.get(rate)?.direction).toBe('higher');
  });

  it('names in English what the Chinese name measures, no narrower', () => {
    expect(catalog.get('总诊疗人次')?.nameEn).not.toMatch(/outpatient|emergency/i);
    expect(catalog.get('中医医院国考全国排名提升位次')?.nameEn).toMatch(/TCM/);
    expect(catalog.get('三级公立医院国考全国排名提升位次')?.nameEn).toMatch(/grade 3/);
  });

  // Population as data and the built-in formulas (with the counts they read) are there for the
  // planner to fill in; every other indicator is one the reports give.
  it('has no indicator that the dataset never uses, beyond population and the built-ins', () => {
    const used = new Set(rows.map((r) => r.indicator));
    const builtIn = new Set(['户籍人口']);
    for (const e of catalog.values()) {
      if (!e.formula) continue;
      builtIn.add(e.indicator);
      for (const name of references(e.formula.ast)) builtIn.add(name);
    }
    const unused = [...catalog.keys()].filter((k) => !used.has(k) && !builtIn.has(k));
    expect(unused).toEqual([]);
  });
});
