import { describe, expect, it } from 'vitest';
import { matchDistrict } from './districtMatch';
import { buildPlan } from './importPlan';
import { checkRow, type Fields, type RowContext } from './importRow';
import type { CatalogEntry } from './types';

const entry: CatalogEntry = {
  indicator: '居民健康素养水平',
  nameEn: 'Health literacy',
  unit: '%',
  direction: 'higher',
  min: 0,
  max: 100,
  category: '健康',
};
const DISTRICTS = ['江津区', '黔江区', '大足区', '荣昌区', '九龙坡区'];
const ctx: RowContext = { catalog: new Map([[entry.indicator, entry]]), districts: DISTRICTS };
const known = new Set(DISTRICTS);
const row = (district: string, value = '33.5'): Fields => ({
  district,
  indicator: '居民健康素养水平',
  year: '2024',
  value,
});
const check = (f: Fields, emptyIsNoData = false) =>
  checkRow(f, 7, ctx, known, 'actual', null, emptyIsNoData);
const district = (f: Fields) => check(f).row?.obs.district;
const warnings = (f: Fields) => check(f).row?.warnings ?? [];

describe('checkRow: no-data marks', () => {
  it.each(['—', '–', '-', '--', '…', '...', '／', '/', 'x', 'X', '×', '*', '－'])(
    'a value of %s is no data: not an error, not a zero',
    (mark) => {
      expect(check(row('江津区', mark))).toEqual({ noData: mark });
    },
  );

  it('an empty value: a row with no value in a long file, no data in a grid of values', () => {
    expect(check(row('江津区', '')).row?.obs.value).toBeNull();
    expect(check(row('江津区', ''), true)).toEqual({ noData: '' });
    expect(check(row('江津区', '  '), true)).toEqual({ noData: '' });
  });

  it('text that is not a mark is still an error', () => {
    expect(check(row('江津区', '很高')).problem).toMatchObject({ code: 'notANumber', line: 7 });
  });
});

describe('checkRow: totals', () => {
  it.each([
    '合计',
    '总计',
    '全市',
    '全区',
    '全县',
    '小计',
    '总体',
    '重庆市',
    '重庆',
    '全市合计',
    'Total',
    '合　计',
  ])('a %s line is a total, not a district and not a problem', (label) => {
    expect(check(row(label))).toEqual({ total: label });
    expect(check(row(label, '—'))).toEqual({ total: label });
  });

  it('a totals label the workbook keeps as a district is that district', () => {
    const withCity = new Set([...DISTRICTS, '全市']);
    expect(checkRow(row('全市'), 7, ctx, withCity, 'actual', null).row?.obs.district).toBe('全市');
  });
});

describe('checkRow: district names and codes', () => {
  it('short names, codes and code with name map to the known district, with a warning', () => {
    expect(district(row('江津'))).toBe('江津区');
    expect(district(row('500116'))).toBe('江津区');
    expect(district(row('５００１１６'))).toBe('江津区');
    expect(district(row('500116000000'))).toBe('江津区');
    expect(district(row('500116 江津区'))).toBe('江津区');
    expect(district(row('500116江津'))).toBe('江津区');
    expect(district(row('江津区（500116）'))).toBe('江津区');
    expect(district(row('江 津 区'))).toBe('江津区');
    expect(warnings(row('江津'))).toEqual([
      { code: 'districtNamed', text: '江津', district: '江津区', line: 7 },
    ]);
    expect(warnings(row('500116'))).toEqual([
      {
        code: 'districtNamed',
        text: '500116',
        district: '江津区',
        via: 'code',
        divisionCode: '500116',
        line: 7,
      },
    ]);
    expect(warnings(row('江津区'))).toEqual([]);
  });

  it('renamed counties map to today’s district, saying the change and its year', () => {
    expect(warnings(row('荣昌县'))).toEqual([
      {
        code: 'districtNamed',
        text: '荣昌县',
        district: '荣昌区',
        via: 'former',
        former: '荣昌县',
        year: 2015,
        line: 7,
      },
    ]);
    expect(warnings(row('双桥区'))[0]).toMatchObject({ district: '大足区', merged: true });
    expect(warnings(row('500226'))[0]).toMatchObject({
      district: '荣昌区',
      via: 'former',
      divisionCode: '500226',
      former: '荣昌县',
    });
  });

  it('a district the workbook does not know is offered under its full name', () => {
    expect(district(row('璧山'))).toBe('璧山区');
    expect(district(row('500120'))).toBe('璧山区');
    expect(district(row('璧山县'))).toBe('璧山区');
    expect(district(row('石柱'))).toBe('石柱土家族自治县');
    expect(district(row('Bishan'))).toBe('璧山区');
    expect(district(row('新区县'))).toBe('新区县');
  });

  it('a code and a name of different districts is refused with both', () => {
    expect(check(row('500116 荣昌区'))).toEqual({
      problem: {
        code: 'districtCodeConflict',
        text: '500116 荣昌区',
        divisionCode: '500116',
        district: '江津区',
        field: 'district',
        line: 7,
      },
    });
  });

  it('an English name, and the caller’s own names, map to the district', () => {
    expect(district(row('Jiangjin'))).toBe('江津区');
    expect(district(row('Jiangjin District'))).toBe('江津区');
    const aliases = new Map([['JJ', '江津区']]);
    const r = checkRow(row('JJ'), 7, { ...ctx, districtAliases: aliases }, known, 'actual', null);
    expect(r.row?.obs.district).toBe('江津区');
  });
});

describe('matchDistrict', () => {
  it('maps only to a known district or a canonical full name', () => {
    const withShort = new Set(['石柱县']);
    expect(matchDistrict('石柱土家族自治县', withShort)).toMatchObject({ district: '石柱县' });
    expect(matchDistrict('500240', withShort)).toMatchObject({ district: '石柱县', via: 'code' });
    expect(matchDistrict('500240', new Set())).toMatchObject({ district: '石柱土家族自治县' });
    expect(matchDistrict('开县', new Set())).toMatchObject({ district: '开州区', via: 'former' });
    expect(matchDistrict('江津', known)).toEqual({ district: '江津区', via: 'short' });
    expect(matchDistrict('全市', known)).toEqual({ total: '全市' });
    expect(matchDistrict('万盛经开区', known)).toBeNull();
    expect(matchDistrict('500199', known)).toBeNull();
    expect(matchDistrict('', known)).toBeNull();
    expect(matchDistrict('constructor', known)).toBeNull();
  });
});

describe('a plan with marks and totals', () => {
  it('a long file: — and 合计 rows are kept apart, not skipped as problems', () => {
    const rows = [
      ['区县', '指标', '年份', '数值'],
      ['江津区', '居民健康素养水平', '2024', '33.5'],
      ['黔江区', '居民健康素养水平', '2024', '—'],
      ['合计', '居民健康素养水平', '2024', '30.1'],
      ['500111', '居民健康素养水平', '2024', '31'],
    ];
    const r = buildPlan(rows, { layout: 'auto', wideYear: 2024, wideKind: 'actual' }, ctx);
    if (!r.ok) throw new Error(r.reason.code);
    expect(r.plan.skipped).toEqual([]);
    expect(r.plan.rows.map((x) => [x.obs.district, x.obs.value])).toEqual([
      ['江津区', 33.5],
      ['大足区', 31],
    ]);
    expect(r.plan.noDataMarks).toEqual([{ mark: '—', count: 1 }]);
    expect(r.plan.totals).toEqual([{ label: '合计', line: 4, count: 1 }]);
    expect(r.plan.unknownDistricts).toEqual([]);
  });
});

describe('checkRow: a percent value of a new indicator', () => {
  const fields: Fields = {
    district: '黔江区',
    indicator: '新指标百分比',
    year: '2024',
    kind: '实际',
    value: '45%',
  };

  it('takes % as its unit when the file and the catalog give none', () => {
    expect(check(fields).row?.obs).toMatchObject({ unit: '%', value: 45 });
    expect(check({ ...fields, value: '45' }).row?.obs.unit).toBe('');
    expect(check({ ...fields, value: '4.5', unit: '‰' }).row?.obs.unit).toBe('‰');
  });

  it('a long file row', () => {
    const r = buildPlan(
      [
        ['地区', '指标', '单位', '年份', '类型', '数值'],
        ['黔江区', '新指标百分比', '', '2024', '实际', '45%'],
      ],
      { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
      ctx,
    );
    expect(r.ok && r.plan.unknownIndicators).toEqual([
      { name: '新指标百分比', unit: '%', count: 1 },
    ]);
  });
});

describe('checkRow: values of a formula indicator', () => {
  const rate: CatalogEntry = {
    indicator: '每千人口托位数（算）',
    nameEn: '',
    unit: '个',
    direction: 'higher',
    min: 0,
    max: null,
    category: '妇幼与托育',
    formula: {
      ast: { k: 'ref', name: '居民健康素养水平' },
      earlierDenominator: false,
      definition: '',
      standard: '',
    },
  };
  const withRate: RowContext = {
    ...ctx,
    catalog: new Map([...ctx.catalog, [rate.indicator, rate]]),
  };
  const fields = (kind: string): Fields => ({
    district: '江津区',
    indicator: rate.indicator,
    year: '2023',
    kind,
    value: '2.5',
  });

  // A wide export writes computed values; read back, they would be stored (and never shown).
  it('refuses an actual value: computed by its formula, never stored', () => {
    const out = checkRow(fields('actual'), 7, withRate, known, 'actual', null);
    expect(out.problem).toEqual({ code: 'formulaComputed', indicator: rate.indicator, line: 7 });
  });

  it('takes a target: a target on a formula indicator is stored like any other', () => {
    const out = checkRow(fields('target'), 7, withRate, known, 'actual', null);
    expect(out.row?.obs).toMatchObject({ kind: 'target', value: 2.5 });
  });
});
