// The built-in formula indicators of seeds/catalog.csv: each loads, can be computed, says what it
// measures, and gives on the seed the values worked out by hand in its definition.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogRecord } from '../io/catalogCsv';
import { parseCsv } from '../io/csv';
import { withDerived } from '../model/derived';
import { formulaProblems } from '../model/formulaCheck';
import { tableFrom, tableRows } from '../model/table';
import { loadSeedCatalog } from './seed';
import { loadSeedObservations } from './seedRows';

const catalog = loadSeedCatalog();
const seed = loadSeedObservations();
const derived = tableRows(withDerived(tableFrom(seed), catalog));
const csv = parseCsv(readFileSync(new URL('../../seeds/catalog.csv', import.meta.url), 'utf-8'));

/** name → [formula as written in the file, earlier denominator allowed, national standard] */
const BUILT_IN: Record<string, [string, boolean, boolean]> = {
  每千人口医疗卫生机构床位数: ['床位数 ÷ 常住人口 × 1000', true, true],
  '每千人口执业（助理）医师数（按公式）': ['执业（助理）医师数 ÷ 常住人口 × 1000', true, true],
  '每千人口注册护士数（按公式）': ['注册护士数 ÷ 常住人口 × 1000', true, true],
  '每千人口托位数（按常住人口）': ['婴幼儿托位总数 ÷ 常住人口 × 1000', true, true],
  '每千人口托位数（按报告人口）': ['婴幼儿托位总数 ÷ 人口 × 1000', true, false],
  每千服务人口床位数: ['床位数 ÷ 服务人口 × 1000', true, false],
  '基层诊疗量占比（按公式）': ['基层医疗卫生机构诊疗人次 ÷ 总诊疗人次 × 100', false, true],
};

const value = (district: string, indicator: string, year: number, scope = '') =>
  derived.find(
    (o) =>
      o.district === district && o.indicator === indicator && o.year === year && o.scope === scope,
  );

describe('built-in formula indicators', () => {
  it('load with the seed catalog, each computable (no unknown name, unit misfit or circle)', () => {
    const formulas = [...catalog.values()].filter((e) => e.formula);
    expect(formulas.map((e) => e.indicator).sort()).toEqual(Object.keys(BUILT_IN).sort());
    expect(formulaProblems(catalog)).toEqual(new Map());
    // The dialog's acceptance test defines this name itself.
    expect(catalog.has('每千人口床位数')).toBe(false);
  });

  it('write back the formula text of the file, with their flags, definition and standard', () => {
    for (const [name, [text, earlier, standard]] of Object.entries(BUILT_IN)) {
      const entry = catalog.get(name);
      const rec = entry && catalogRecord(entry);
      expect(rec?.formula, name).toBe(text);
      expect(csv.records.find((r) => r.indicator === name)?.formula, name).toBe(text);
      expect(entry?.formula?.earlierDenominator, name).toBe(earlier);
      expect(entry?.formula?.definition.length, name).toBeGreaterThan(30);
      expect(entry?.formula?.standard !== '', name).toBe(standard);
      expect(entry?.nameEn, name).not.toBe('');
    }
  });

  it('keep population as ordinary data: 常住人口 and 户籍人口 in 万人, and 江津 人口 still 150 万', () => {
    for (const name of ['常住人口', '户籍人口']) {
      const e = catalog.get(name);
      expect([e?.unit, e?.direction, e?.min, e?.category, e?.formula]).toEqual([
        '万人',
        'neutral',
        0,
        '基本情况',
        undefined,
      ]);
    }
    const pop = seed.filter((o) => o.indicator === '人口');
    expect(pop.map((o) => [o.district, o.year, o.value, o.unit])).toEqual([
      ['江津区', 2023, 150, '万人'],
    ]);
  });

  it('give 江津区 2023 2.5 places per 1,000 of the report’s 150 万, beside its own 2.82', () => {
    const places = value('江津区', '每千人口托位数（按报告人口）', 2023);
    expect(places?.value).toBe(2.5);
    expect(places?.derived?.reason).toBeNull();
    expect(places?.derived?.inputs.map((i) => [i.indicator, i.value, i.unit])).toEqual([
      ['婴幼儿托位总数', 3748, '个'],
      ['人口', 150, '万人'],
    ]);
    const own = seed.find((o) => o.district === '江津区' && o.indicator === '每千人口托位数');
    expect(own?.value).toBe(2.82);
    // Without a 常住人口 the national definition is said to lack its denominator, never 0.
    const resident = value('江津区', '每千人口托位数（按常住人口）', 2023);
    expect([resident?.value, resident?.derived?.reason?.code]).toEqual([
      null,
      'missingDenominator',
    ]);
  });

  it('give 黔江区 金溪镇卫生院 2020 3.36 beds per 1,000 people served (50 ÷ 14880)', () => {
    const beds = value('黔江区', '每千服务人口床位数', 2020, '金溪镇卫生院');
    expect(beds?.value).toBe(3.36);
    expect(beds?.derived?.inputs.map((i) => [i.indicator, i.value])).toEqual([
      ['床位数', 50],
      ['服务人口', 14880],
    ]);
  });
});
