import { describe, expect, it } from 'vitest';
import { goalSetFromDistrict } from '../model/goalSets';
import { tableFrom } from '../model/table';
import type { Catalog, CatalogEntry, Observation } from '../model/types';
import { selectChartInput } from '../state/selectors';
import { DEFAULT_UI, initialState, type AppState, type UiState } from '../state/state';
import {
  districtProgress,
  indicatorAcrossDistricts,
  indicatorOverYears,
  PROGRESS_MIN,
  STATUS_COLORS,
} from './specs';

const GREEN = STATUS_COLORS.met;
const BLUE = STATUS_COLORS.on_track;
const RED = STATUS_COLORS.behind;
const GREY = STATUS_COLORS.no_data;

const entry = (
  indicator: string,
  unit: string,
  over: Partial<CatalogEntry> = {},
): CatalogEntry => ({
  indicator,
  nameEn: indicator,
  unit,
  direction: 'higher',
  min: 0,
  max: null,
  category: '健康水平',
  ...over,
});
const catalog: Catalog = new Map([
  ['素养', entry('素养', '%')],
  ['人口', entry('人口', '万人', { direction: 'neutral', category: '基本情况' })],
  ['就诊率', entry('就诊率', '%', { category: '医疗服务' })],
  ['床位', entry('床位', '张', { direction: 'neutral', category: '资源' })],
]);

let n = 0;
const obs = (
  district: string,
  indicator: string,
  year: number,
  value: number | null,
  source: string,
  over: Partial<Observation> = {},
): Observation => ({
  id: `t${++n}`,
  district,
  indicator,
  unit: catalog.get(indicator)?.unit ?? '',
  year,
  kind: 'actual',
  value,
  qualifier: '',
  scope: '',
  source,
  quote: '',
  note: '',
  ...over,
});
const target = { kind: 'target' } as const;

const table = tableFrom([
  obs('江津区', '素养', 2020, 25, 'j0.txt'),
  obs('江津区', '素养', 2023, 32.22, 'j1.txt'),
  obs('江津区', '素养', 2022, 30, 'j0.txt', target),
  obs('江津区', '素养', 2025, 35, 'j1.txt', target),
  obs('江津区', '就诊率', 2023, 97.2, 'j0.txt'),
  obs('江津区', '就诊率', 2023, 96.8, 'j1.txt'),
  obs('江津区', '人口', 2023, 150, 'j1.txt'),
  obs('荣昌区', '素养', 2020, 29.5, 'r.txt'),
  obs('荣昌区', '素养', 2022, 28.96, 'r.txt'),
  obs('荣昌区', '素养', 2025, 30, 'r.txt', target),
  obs('荣昌区', '就诊率', 2020, 88.6, 'r.txt'),
  obs('荣昌区', '就诊率', 2022, 93.4, 'r.txt'),
  obs('荣昌区', '就诊率', 2022, 95, 'r.txt', { qualifier: '≥' }),
  obs('荣昌区', '就诊率', 2025, 95, 'r.txt', { kind: 'target', qualifier: '≥' }),
  obs('荣昌区', '人口', 2022, 70, 'r.txt'),
  obs('大足区', '床位', 2015, 800, 'd.txt', { scope: '大足区人民医院' }),
  obs('大足区', '床位', 2020, 1200, 'd.txt', { scope: '大足区人民医院' }),
]);
const DISTRICTS = ['江津区', '荣昌区', '大足区'];
const goalSet = goalSetFromDistrict(table, '荣昌区', 2025, 'gs1');

function state(ui: Partial<UiState> = {}, over: Partial<AppState> = {}): AppState {
  return {
    ...initialState(catalog, DISTRICTS, 'x'),
    table,
    goalSets: [goalSet],
    ui: { ...DEFAULT_UI, ...ui },
    ...over,
  };
}

/** The charts' input for that state, as the side panel gets it. */
const input = (ui: Partial<UiState> = {}, over: Partial<AppState> = {}) =>
  selectChartInput(state(ui, over));

describe('indicatorAcrossDistricts', () => {
  it('defaults to the first compare row and colours bars by own-goal status', () => {
    const s = indicatorAcrossDistricts(input({ district: '荣昌区' }));
    expect(s.indicator).toBe('素养');
    expect(s.title).toBe('素养：各区对比（%）');
    expect(s.unit).toBe('%');
    expect(s.labels).toEqual(DISTRICTS);
    expect(s.values).toEqual([32.22, 28.96, null]);
    // 江津 has targets for 2022 (met) and 2025 (on track): the later one decides.
    expect(s.statuses).toEqual(['on_track', 'behind', 'none']);
    expect(s.colors).toEqual([BLUE, RED, GREY]);
    expect(s.borderWidths).toEqual([0, 3, 0]);
    expect(s.targets).toEqual([35, 30, null]);
    expect(s.goalLine).toBeNull();
    expect(s.empty).toBeNull();
    expect(s.sourceLine).toBe('来源：江津区 2023、荣昌区 2022（2 份区县报告）');
    expect(s.legend.map((l) => l.text)).toEqual(['↗ 进度正常', '✗ 滞后', '– 无目标']);
  });

  it('fills the data table and an aria sentence with real values', () => {
    const s = indicatorAcrossDistricts(input());
    expect(s.table.headers).toEqual(['区县', '数值（%）', '本区目标', '状态']);
    expect(s.table.rows).toEqual([
      ['江津区', '32.22%（2023）', '35%（2025）', '↗ 进度正常'],
      ['荣昌区', '28.96%（2022）', '30%（2025）', '✗ 滞后'],
      ['大足区', '—', '—', '– 无目标'],
    ]);
    expect(s.ariaLabel).toBe(
      '柱状图：素养：各区对比（%）。3 个区县中 2 个有数据，最高为江津区 32.22%，最低为荣昌区 28.96%。',
    );
  });

  it('uses a goal set for status and draws its target as a labelled line', () => {
    const s = indicatorAcrossDistricts(input({ goalSource: 'gs1' }));
    expect(s.colors).toEqual([GREEN, RED, GREY]);
    expect(s.statuses).toEqual(['met', 'behind', 'no_data']);
    expect(s.goalLine).toEqual({ value: 30, label: '荣昌区 2025 目标：30%' });
    // Own targets stay as markers whatever the goal source.
    expect(s.targets).toEqual([35, 30, null]);
    expect(s.sourceLine).toBe(
      '来源：江津区 2023、荣昌区 2022（2 份区县报告）；目标线：荣昌区 2025 目标',
    );
    expect(s.ariaLabel).toContain('参考线：荣昌区 2025 目标：30%');
  });

  it('keeps a ≥ qualifier in the goal line and falls back to own goals for a stale set id', () => {
    const s = indicatorAcrossDistricts(input({ goalSource: 'gs1', indicator: '就诊率' }));
    expect(s.goalLine).toEqual({ value: 95, label: '荣昌区 2025 目标：≥95%' });
    const stale = indicatorAcrossDistricts(input({ goalSource: 'gone' }));
    expect(stale.goalLine).toBeNull();
    expect(stale.colors).toEqual([BLUE, RED, GREY]);
  });

  it('follows the compare view: year, kind and the grid’s conflict rule', () => {
    const y2020 = indicatorAcrossDistricts(input({ year: 2020 }));
    expect(y2020.values).toEqual([25, 29.5, null]);
    expect(y2020.title).toBe('素养：2020 年各区对比（%）');
    const targets = indicatorAcrossDistricts(input({ kind: 'target' }));
    expect(targets.values).toEqual([35, 30, null]);
    expect(targets.title).toBe('素养：各区目标对比（%）');
    // Two 2023 figures for 江津: the later report wins, as in the grid; 荣昌 prefers exact 93.4.
    const rate = indicatorAcrossDistricts(input({ indicator: '就诊率' }));
    expect(rate.values).toEqual([96.8, 93.4, null]);
    expect(rate.colors).toEqual([GREY, BLUE, GREY]);
  });

  it('uses the category filter for the default but charts a selection outside it', () => {
    expect(indicatorAcrossDistricts(input({ category: '医疗服务' })).indicator).toBe('就诊率');
    const outside = indicatorAcrossDistricts(input({ category: '资源', indicator: '素养' }));
    expect(outside.values).toEqual([32.22, 28.96, null]);
  });

  it('handles scoped rows, missing years and an empty table', () => {
    const beds = indicatorAcrossDistricts(input({ indicator: '床位', scope: '大足区人民医院' }));
    expect(beds.title).toBe('床位（大足区人民医院）：各区对比（张）');
    expect(beds.values).toEqual([null, null, 1200]);
    expect(beds.sourceLine).toBe('来源：大足区 2020（1 份区县报告）');
    const none = indicatorAcrossDistricts(input({ year: 2019 }));
    expect(none.empty).toBe('2019 年没有该指标的数据');
    expect(none.values).toEqual([null, null, null]);
    const blank = indicatorAcrossDistricts(input({}, { table: tableFrom([]) }));
    expect(blank.empty).toBe('暂无数据');
    expect(blank.labels).toEqual(DISTRICTS);
  });

  it('names at most three items and counts the files behind them', () => {
    const many = ['甲区', '乙区', '丙区', '丁区'];
    const t = tableFrom(many.map((d, i) => obs(d, '素养', 2020 + i, 30 + i, `${d}.txt`)));
    const s = indicatorAcrossDistricts(input({}, { table: t, districts: many }));
    expect(s.sourceLine).toBe('来源：甲区 2020、乙区 2021、丙区 2022 等 4 份区县报告');
  });
});

describe('districtProgress', () => {
  it('defaults to the first district, one bar per goal, clamped only when drawn', () => {
    const s = districtProgress(input());
    expect(s.district).toBe('江津区');
    expect(s.title).toBe('江津区：目标进度（%）');
    expect(s.labels).toEqual(['素养 2022', '素养 2025']);
    expect(s.progress).toEqual([144.4, 72.2]);
    expect(s.drawn).toEqual([144.4, 72.2]);
    expect(s.colors).toEqual([GREEN, BLUE]);
    expect(s.table.rows[0]).toEqual([
      '素养 2022',
      '25%（2020）',
      '32.22%（2023）',
      '30%（2022）',
      '144.4%',
      '✓ 已达成',
    ]);
  });

  it('clamps a large negative progress but keeps the real value in table and tooltip', () => {
    const s = districtProgress(input({ district: '荣昌区' }));
    expect(s.labels).toEqual(['素养', '就诊率']);
    expect(s.progress).toEqual([-108, 75]);
    expect(s.drawn).toEqual([PROGRESS_MIN, 75]);
    expect(s.colors).toEqual([RED, BLUE]);
    expect(s.table.rows[0]?.[4]).toBe('-108%');
    expect(s.tooltips[0]).toBe('进度 -108%（✗ 滞后）：28.96%（2022） → 目标 30%（2025）');
    expect(s.sourceLine).toBe('来源：荣昌区 2020–2025（1 份区县报告）');
    expect(s.ariaLabel).toBe(
      '条形图：荣昌区：目标进度（%）。共 2 项目标，进度正常 1 项，滞后 1 项。',
    );
  });

  it('shows goals without data as grey zero bars labelled 缺数据', () => {
    const s = districtProgress(input({ district: '大足区', goalSource: 'gs1' }));
    expect(s.title).toBe('大足区：对照「荣昌区 2025 目标」目标进度（%）');
    expect(s.labels).toEqual(['素养', '就诊率']);
    expect(s.progress).toEqual([null, null]);
    expect(s.drawn).toEqual([0, 0]);
    expect(s.colors).toEqual([GREY, GREY]);
    expect(s.table.rows.map((r) => r[4])).toEqual(['缺数据', '缺数据']);
    expect(s.sourceLine).toBe('来源：目标：荣昌区 2025 目标');
  });

  it('draws a met goal full, also with one data point (no baseline, so no progress figure)', () => {
    const s = districtProgress(input({ goalSource: 'gs1' }));
    expect(s.labels).toEqual(['素养', '就诊率']);
    expect(s.statuses).toEqual(['met', 'met']);
    expect(s.progress).toEqual([144.4, null]);
    expect(s.drawn).toEqual([144.4, 100]);
    expect(s.table.rows[1]).toEqual([
      '就诊率',
      '—',
      '96.8%（2023）',
      '≥95%（2025）',
      '—',
      '✓ 已达成',
    ]);
  });

  it('says so when a district has no goals', () => {
    const s = districtProgress(input({ district: '大足区' }));
    expect(s.empty).toBe('大足区暂无目标');
    expect(s.labels).toEqual([]);
    expect(districtProgress(input({}, { districts: [] })).empty).toBe('暂无区县');
  });
});

describe('indicatorOverYears', () => {
  it('draws actuals and a dashed path from the latest actual to the target', () => {
    const s = indicatorOverYears(input({ indicator: '就诊率' }));
    expect(s.title).toBe('就诊率：历年变化（%）');
    expect(s.labels).toEqual(['2020', '2021', '2022', '2023', '2024', '2025']);
    expect(s.lines.map((l) => [l.label, l.dashed, l.data])).toEqual([
      ['荣昌区', false, [88.6, null, 93.4, null, null, null]],
      ['荣昌区 目标', true, [null, null, 93.4, null, null, 95]],
    ]);
    expect(s.lines[1]?.texts[5]).toBe('荣昌区 2025 年目标 ≥95%');
    expect(s.sourceLine).toBe('来源：荣昌区 2020–2025（1 份区县报告）');
    expect(s.ariaLabel).toContain('荣昌区：2020 年 88.6%，2022 年 93.4%，2025 年目标 ≥95%');
    // 江津 has a single 2023 point: it is in the table but not drawn.
    expect(s.table.rows).toContainEqual(['江津区', '2023', '实际', '96.8']);
  });

  it('shows overtaken targets as loose points and keeps district colours stable', () => {
    const s = indicatorOverYears(input({ district: '江津区' }));
    const jj = s.lines.filter((l) => l.district === '江津区' && !l.dotted && !l.filled);
    expect(jj.map((l) => [l.label, l.showLine, l.data])).toEqual([
      ['江津区', true, [25, null, null, 32.22, null, null]],
      ['江津区 目标', true, [null, null, null, 32.22, null, 35]],
      ['江津区 往年目标', false, [null, null, 30, null, null, null]],
    ]);
    expect(jj.every((l) => l.width === 3)).toBe(true);
    expect(s.lines.find((l) => l.district === '荣昌区')?.color).not.toBe(jj[0]?.color);
    expect(s.legend.at(-2)).toEqual({ text: '虚线：目标', color: '#616161', dashed: true });
  });

  it('projects the selected district’s goal at its pace to the target year, target marked', () => {
    const pct = new Map(catalog);
    pct.set('就诊率', entry('就诊率', '%', { max: 100, category: '医疗服务' }));
    const s = indicatorOverYears(
      input({ indicator: '就诊率', district: '荣昌区' }, { catalog: pct }),
    );
    // slope (93.4 − 88.6) / 2 = 2.4 from 2022's 93.4: 95.8, 98.2, then 100.6 shown as 100 (max)
    expect(s.lines.map((l) => [l.label, l.dotted ?? false, l.data])).toEqual([
      ['荣昌区', false, [88.6, null, 93.4, null, null, null]],
      ['荣昌区 目标', false, [null, null, 93.4, null, null, 95]],
      ['荣昌区 按当前速度推算', true, [null, null, 93.4, 95.8, 98.2, 100]],
      ['荣昌区 目标', false, [null, null, null, null, null, 95]],
    ]);
    expect(s.lines[2]?.texts).toEqual([
      '',
      '',
      '',
      '荣昌区 2023 年推算 95.8%',
      '荣昌区 2024 年推算 98.2%',
      '荣昌区 2025 年推算 100%（上限）',
    ]);
    expect(s.lines[3]).toMatchObject({ pointStyle: 'rectRot', filled: true, showLine: false });
    expect(s.lines[3]?.texts[5]).toBe('荣昌区 2025 年目标 ≥95%');
    expect(s.legend.at(-1)).toEqual({
      text: '点线：按当前速度推算（◆ 目标）',
      color: '#616161',
      dashed: true,
    });
    expect(s.table.rows).toContainEqual(['荣昌区', '2024', '推算', '98.2']);
    expect(s.ariaLabel).toContain('荣昌区：按当前速度可达成，2023');
    // Without a selected district, no projection.
    const none = indicatorOverYears(input({ indicator: '就诊率' }, { catalog: pct }));
    expect(none.lines.some((l) => l.dotted)).toBe(false);
  });

  it('marks a target whose year is already past, with no path drawn back in time', () => {
    const past = { ...goalSet, targets: goalSet.targets.map((g) => ({ ...g, year: 2021 })) };
    const s = indicatorOverYears(
      input({ indicator: '就诊率', district: '荣昌区', goalSource: past.id }, { goalSets: [past] }),
    );
    expect(s.lines.some((l) => l.dotted)).toBe(false);
    const marker = s.lines.find((l) => l.filled);
    expect(marker).toMatchObject({ pointStyle: 'rectRot', showLine: false });
    expect(marker?.data[s.labels.indexOf('2021')]).toBe(95);
    expect(s.ariaLabel).toContain('荣昌区：按当前速度无法达成');
  });

  it('projects a goal set’s target, widening the years to its target year', () => {
    const later = { ...goalSet, targets: goalSet.targets.map((g) => ({ ...g, year: 2027 })) };
    const s = indicatorOverYears(
      input(
        { indicator: '就诊率', district: '荣昌区', goalSource: later.id },
        { goalSets: [later] },
      ),
    );
    expect(s.labels.at(-1)).toBe('2027');
    const star = s.lines.find((l) => l.filled);
    expect(star?.data.at(-1)).toBe(95);
  });

  it('says so when every district has a single year', () => {
    const s = indicatorOverYears(input({ indicator: '人口' }));
    expect(s.empty).toBe('该指标只有单一年份的数据');
    expect(s.lines).toEqual([]);
    expect(s.table.rows).toEqual([
      ['江津区', '2023', '实际', '150'],
      ['荣昌区', '2022', '实际', '70'],
    ]);
  });

  it('spans the full year range for scoped rows', () => {
    const s = indicatorOverYears(input({ indicator: '床位', scope: '大足区人民医院' }));
    expect(s.labels).toHaveLength(6);
    expect(s.lines[0]?.data).toEqual([800, null, null, null, null, 1200]);
    expect(indicatorOverYears(input({}, { table: tableFrom([]) })).empty).toBe('暂无数据');
  });
});
