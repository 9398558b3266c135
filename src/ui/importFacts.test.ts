// The preview's words about a plan: counts that add up (rows and cells apart), the header
// choices, each shown row's role, and the sheet's no-data, hidden and totals facts.
import { describe, expect, it } from 'vitest';
import { buildPlan, type ImportPlan } from '../model/importPlan';
import {
  askedUnit,
  columnName,
  countsText,
  headerChoices,
  hiddenText,
  importable,
  noDataText,
  planCounts,
  refusedRoles,
  rowRoles,
  totalsTexts,
} from './importFacts';
import { fileSummaryText } from './importSummary';

const DISTRICTS = ['江津区', '黔江区', '大足区'];

/** A wide file of 2 rows × 3 districts: line 3 has no readable value, line 4 one bad value. */
function widePlan(): ImportPlan {
  const built = buildPlan(
    [
      ['指标', '单位', '江津区', '黔江区', '大足区'],
      ['居民健康素养水平', '%', '33.5', '25.1', '30'],
      ['人均预期寿命', '岁', '很高', '很低', '不知'],
      ['孕产妇死亡率', '1/10万', '5', '6', '高'],
    ],
    { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
    { catalog: new Map(), districts: DISTRICTS },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.reason));
  return built.plan;
}

describe('planCounts', () => {
  it('counts rows and cells apart, so skipped rows never exceed rows', () => {
    const plan = widePlan();
    // The plan's skip list says each line's problem once: 2 problems for 4 skipped cells.
    expect(plan.skipped).toHaveLength(2);
    expect(planCounts(plan)).toEqual({
      rows: 3,
      rowsTaken: 2,
      rowsSkipped: 1,
      cells: 9,
      cellsTaken: 5,
      cellsSkipped: 4,
      noData: 0,
      totals: 0,
    });
  });

  it("takes the reader's counts when the plan carries them", () => {
    const counts = {
      rows: 5,
      rowsTaken: 4,
      rowsSkipped: 1,
      cells: 23,
      cellsTaken: 20,
      cellsSkipped: 1,
      noData: 2,
      totals: 4,
    };
    expect(planCounts({ ...widePlan(), counts })).toBe(counts);
  });
});

describe('countsText', () => {
  it('says rows and cells apart, with no-data and totals when there are any', () => {
    expect(countsText(widePlan())).toBe(
      '共 3 行、9 个数值：可导入 5 个数值（2 行），跳过 4 个数值（整行跳过 1 行）；提醒 0 条。',
    );
    const counts = {
      rows: 5,
      rowsTaken: 5,
      rowsSkipped: 0,
      cells: 26,
      cellsTaken: 20,
      cellsSkipped: 0,
      noData: 2,
      totals: 4,
    };
    expect(countsText({ ...widePlan(), counts })).toBe(
      '共 5 行、26 个数值：可导入 20 个数值（5 行），跳过 0 个数值（整行跳过 0 行），无数据 2 格，合计 4 个数值另列；提醒 0 条。',
    );
  });
});

/** 年末常住人口 (not in the catalog) for 江津区, 黔江区 and 某新区 (not a district yet), 2 years. */
function unknownPlan(): ImportPlan {
  const built = buildPlan(
    [
      ['指标：年末常住人口(万人)'],
      ['地区', '2024年', '2023年'],
      ['江津区', '140.1', '139.8'],
      ['黔江区', '48.7', '—'],
      ['某新区', '30.2', '30.0'],
    ],
    { layout: 'auto', wideYear: 2024, wideKind: 'actual' },
    { catalog: new Map(), districts: DISTRICTS },
  );
  if (!built.ok) throw new Error(JSON.stringify(built.reason));
  return built.plan;
}

const none = { districts: new Set<string>(), indicators: new Set<string>() };

describe('importable', () => {
  it('counts only values whose new district and new indicator are ticked', () => {
    const plan = unknownPlan();
    expect(planCounts(plan).cellsTaken).toBe(5);
    expect(importable(plan, none)).toEqual({
      cells: 0,
      rows: 0,
      pending: 5,
      districts: ['某新区'],
      indicators: ['年末常住人口'],
    });
    const ind = { districts: new Set<string>(), indicators: new Set(['年末常住人口']) };
    expect(importable(plan, ind)).toEqual({
      cells: 3,
      rows: 2,
      pending: 2,
      districts: ['某新区'],
      indicators: [],
    });
    const all = { districts: new Set(['某新区']), indicators: new Set(['年末常住人口']) };
    expect(importable(plan, all)).toEqual({
      cells: 5,
      rows: 3,
      pending: 0,
      districts: [],
      indicators: [],
    });
  });

  it('a plan of known names imports all it takes, whatever is ticked', () => {
    const known = { ...widePlan(), unknownIndicators: [] };
    expect(importable(known, none)).toMatchObject({ cells: 5, rows: 2, pending: 0 });
  });
});

describe('countsText with boxes to tick', () => {
  it('says what really imports, and what waits for a box', () => {
    const plan = unknownPlan();
    expect(countsText(plan, none)).toBe(
      '共 3 行、6 个数值：可导入 0 个数值（0 行）；5 个数值属于未添加的新区县“某新区”和新指标“年末常住人口”：勾选“添加”后才导入；跳过 0 个数值（整行跳过 0 行），无数据 1 格；提醒 0 条。',
    );
    const ind = { districts: new Set<string>(), indicators: new Set(['年末常住人口']) };
    expect(countsText(plan, ind)).toContain(
      '可导入 3 个数值（2 行）；2 个数值属于未添加的新区县“某新区”：勾选“添加”后才导入；',
    );
    const all = { districts: new Set(['某新区']), indicators: new Set(['年末常住人口']) };
    expect(countsText(plan, all)).toBe(
      '共 3 行、6 个数值：可导入 5 个数值（3 行），跳过 0 个数值（整行跳过 0 行），无数据 1 格；提醒 0 条。',
    );
  });

  it('names a few of many, then how many', () => {
    const plan: ImportPlan = {
      ...unknownPlan(),
      unknownDistricts: ['甲区', '乙区', '丙区', '丁区'].map((name) => ({ name, count: 1 })),
      unknownIndicators: [],
      rows: ['甲区', '乙区', '丙区', '丁区'].map((district, i) => ({
        line: i + 3,
        obs: { ...unknownPlan().rows[0]!.obs, district, indicator: '居民健康素养水平' },
      })),
    };
    expect(countsText(plan, none)).toContain(
      '4 个数值属于未添加的新区县“甲区”、“乙区”、“丙区”等 4 个：勾选“添加”后才导入',
    );
  });
});

describe('fileSummaryText', () => {
  it('adds the values left out at import (district or indicator not added) to the skipped', () => {
    const plan = widePlan();
    const skipped = [...plan.skipped, { code: 'unknownDistrict' as const, name: '某区', line: 2 }];
    const text = fileSummaryText({
      added: 4,
      updated: 0,
      unchanged: 0,
      removed: 0,
      skipped,
      warnings: [],
      plan,
    });
    expect(text).toBe(
      '文件：共 3 行、9 个数值，导入 4 个数值，跳过 5 个数值（整行跳过 1 行；其中 1 个因区县或指标未添加）。',
    );
  });
});

describe('columnName', () => {
  it('letters columns as a spreadsheet does', () => {
    expect([1, 3, 26, 27, 52, 703].map(columnName)).toEqual(['A', 'C', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('headerChoices', () => {
  it('offers the first non-empty rows with their line and a short text, by row index', () => {
    const preview = [
      ['数据库：分省年度数据', '', ''],
      ['', '', ''],
      ['地区', '2024年', '2023年'],
      ['重庆市', '3191.43', '3213.34'],
      ...Array.from({ length: 30 }, (_, i) => [`区${i}`, '1', '2']),
    ];
    const choices = headerChoices({ preview, previewLines: preview.map((_, i) => i + 1) });
    expect(choices).toHaveLength(20);
    expect(choices[0]).toEqual({ index: 0, line: 1, text: '数据库：分省年度数据' });
    expect(choices[1]).toEqual({ index: 2, line: 3, text: '地区 | 2024年 | 2023年' });
    const long = headerChoices({ preview: [['一'.repeat(50)]], previewLines: [7] });
    expect(long[0]?.text).toBe(`${'一'.repeat(36)}…`);
    expect(long[0]?.line).toBe(7);
  });
});

describe('rowRoles', () => {
  it('marks the header taken, titles, notes and totals rows by line', () => {
    const plan: ImportPlan = {
      ...widePlan(),
      headerRow: 2,
      titles: [{ line: 1, text: '指标：年末常住人口(万人)' }],
      notes: [{ line: 9, text: '注：…' }],
      totals: [{ label: '全市', line: 5, count: 2 }],
    };
    const roles = rowRoles({
      plan,
      preview: [['a'], [''], ['h'], ['x']],
      previewLines: [1, 2, 4, 5],
    });
    expect([...roles].sort((a, b) => a[0] - b[0])).toEqual([
      [1, 'title'],
      [4, 'header'],
      [5, 'total'],
      [9, 'note'],
    ]);
  });

  it('marks a totals row, not the header line of a totals column', () => {
    const plan: ImportPlan = {
      ...widePlan(),
      // A two-row header: the totals column's label sits on its upper row (line 1).
      headerRow: 1,
      totals: [
        { label: '合计', line: 1, count: 3, column: 4 },
        { label: '合计', line: 5, count: 2 },
      ],
    };
    const roles = rowRoles({ plan, preview: [['g'], ['h'], ['x']], previewLines: [1, 2, 5] });
    expect(roles.get(1)).toBeUndefined();
    expect(roles.get(2)).toBe('header');
    expect(roles.get(5)).toBe('total');
  });

  it('takes the first non-empty row as the header when the plan names none', () => {
    const roles = rowRoles({
      plan: { ...widePlan(), headerRow: undefined },
      preview: [[''], ['h']],
      previewLines: [1, 2],
    });
    expect(roles.get(2)).toBe('header');
  });
});

describe('a refusal that asks', () => {
  it('gives the unit the file names for the indicator it asks for, to prefill', () => {
    expect(askedUnit({ code: 'needIndicator', unit: '岁', line: 3 })).toBe('岁');
    expect(askedUnit({ code: 'needIndicator', line: 3 })).toBeUndefined();
    expect(askedUnit({ code: 'needDistrict', line: 3 })).toBeUndefined();
  });

  it('marks the header it found and the title lines above it', () => {
    const read = {
      preview: [['表1 人均预期寿命'], [''], ['单位：岁'], ['地区', '2024年'], ['江津区', '80.6']],
      previewLines: [1, 2, 3, 4, 5],
    };
    expect([...refusedRoles(read, 3)]).toEqual([
      [1, 'title'],
      [3, 'title'],
      [4, 'header'],
    ]);
  });
});

describe('totalsTexts', () => {
  it('names a totals column by its letter and a totals row by its line', () => {
    const plan: ImportPlan = {
      ...widePlan(),
      totals: [
        { label: '合计', line: 3, count: 3, column: 4 },
        { label: '合计', line: 5, count: 2 },
      ],
    };
    expect(totalsTexts(plan)).toEqual(['D 列 合计（3 个数值）另列', '第 5 行 合计（2 个数值）']);
  });
});

describe('sheet facts', () => {
  it('counts no-data cells by mark, blanks named as such', () => {
    const plan = {
      ...widePlan(),
      noDataMarks: [
        { mark: '—', count: 8 },
        { mark: '', count: 4 },
      ],
    };
    expect(noDataText(plan)).toBe('无数据 12 格（— 8，空白 4）：不算错误，也不记为 0');
    expect(noDataText(widePlan())).toBeNull();
  });

  it('names hidden rows and columns, which are still read', () => {
    expect(hiddenText({ hiddenRows: [5, 7], hiddenColumns: [3] })).toBe(
      '第 5、7 行，C 列在表格中已隐藏，仍被读取导入',
    );
    expect(hiddenText({})).toBeNull();
  });
});
