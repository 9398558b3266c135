// CSV layouts (long, wide, goals): headers in both languages, export rows, and the
// formula-injection guard. Pure: no parsing library here, only rows of cells.
import { OBSERVATION_COLUMNS } from './types';
import type { CompareView } from './compare';
import type { GoalRow } from './goalsView';
import type { ObsTable } from './table';
import { tableRows } from './table';
import { numberText } from './numbers';
import { PACE_HEADERS, paceRowCells } from './paceExport';
import type { Observation } from './types';

export type Lang = 'zh' | 'en';
export type Cell = string | number | null;
/** The long table's columns: an observation's fields, then the two provenance columns. */
export const LONG_FIELDS = [...OBSERVATION_COLUMNS, 'note', 'original', 'preferred'] as const;
export type LongField = (typeof LONG_FIELDS)[number];

export const LONG_HEADERS: Record<Lang, Record<LongField, string>> = {
  zh: {
    district: '区县',
    indicator: '指标',
    unit: '单位',
    year: '年份',
    kind: '类型',
    value: '数值',
    qualifier: '限定',
    scope: '范围',
    source: '来源文件',
    quote: '原文',
    note: '备注',
    original: '报告原值',
    preferred: '采用',
  },
  en: {
    district: 'district',
    indicator: 'indicator',
    unit: 'unit',
    year: 'year',
    kind: 'kind',
    value: 'value',
    qualifier: 'qualifier',
    scope: 'scope',
    source: 'source',
    quote: 'quote',
    note: 'note',
    original: 'original',
    preferred: 'preferred',
  },
};

/** Header spellings seen in planners' files, mapped to fields ('category' is read-only context). */
export type Field = LongField | 'category';
const ALIASES: ReadonlyMap<string, Field> = new Map<string, Field>(
  Object.entries({
    报告原值: 'original',
    原值: 'original',
    original: 'original',
    采用: 'preferred',
    preferred: 'preferred',
    分类: 'category',
    类别: 'category',
    category: 'category',
    区县: 'district',
    区: 'district',
    地区: 'district',
    区县名称: 'district',
    district: 'district',
    region: 'district',
    指标: 'indicator',
    指标名称: 'indicator',
    indicator: 'indicator',
    单位: 'unit',
    计量单位: 'unit',
    unit: 'unit',
    年份: 'year',
    年度: 'year',
    年: 'year',
    year: 'year',
    类型: 'kind',
    数据类型: 'kind',
    实际或目标: 'kind',
    kind: 'kind',
    type: 'kind',
    数值: 'value',
    值: 'value',
    数据: 'value',
    value: 'value',
    限定: 'qualifier',
    限定符: 'qualifier',
    qualifier: 'qualifier',
    范围: 'scope',
    机构: 'scope',
    '范围（机构）': 'scope',
    scope: 'scope',
    institution: 'scope',
    来源: 'source',
    来源文件: 'source',
    source: 'source',
    原文: 'quote',
    引文: 'quote',
    quote: 'quote',
    备注: 'note',
    说明: 'note',
    note: 'note',
    notes: 'note',
  } satisfies Record<string, Field>),
);

/** A Map, so that a header such as "constructor" or "__proto__" is no field at all. */
export const fieldOf = (header: string): Field | undefined =>
  ALIASES.get(header.trim().toLowerCase()) ?? ALIASES.get(header.trim());

export const KIND_TEXT: Record<Lang, Record<'actual' | 'target', string>> = {
  zh: { actual: '实际', target: '目标' },
  en: { actual: 'actual', target: 'target' },
};

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that Excel/WPS would run as a formula gets a leading apostrophe. Numbers stay numbers. */
export function neutralise(cell: Cell): Cell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Undoes `neutralise` on import so that export → import is lossless. */
export function unneutralise(text: string): string {
  return text.length > 1 && text.startsWith("'") && FORMULA_START.test(text.slice(1))
    ? text.slice(1)
    : text;
}

export function longRows(t: ObsTable, lang: Lang): Cell[][] {
  const h = LONG_HEADERS[lang];
  const rows: Cell[][] = [LONG_FIELDS.map((f) => h[f])];
  for (const o of tableRows(t)) rows.push(longRow(o, lang));
  return rows;
}

export function longRow(o: Observation, lang: Lang): Cell[] {
  return [
    o.district,
    o.indicator,
    o.unit,
    o.year,
    KIND_TEXT[lang][o.kind],
    o.value,
    o.qualifier,
    o.scope,
    o.source,
    o.quote,
    o.note,
    // The report's value before a planner's edit, and the planner's choice among sources.
    o.original
      ? o.original.qualifier
        ? `${o.original.qualifier}${o.original.value === null ? '' : numberText(o.original.value)}`
        : o.original.value
      : null,
    o.preferred ? (lang === 'zh' ? '是' : 'yes') : '',
  ];
}

export const WIDE_HEADERS: Record<Lang, string[]> = {
  zh: ['指标', '范围', '单位', '分类', '类型'],
  en: ['indicator', 'scope', 'unit', 'category', 'kind'],
};

/** The companion column holding each value's year: "江津区 年份" / "江津区 year". */
export const WIDE_YEAR_SUFFIX: Record<Lang, string> = { zh: ' 年份', en: ' year' };
const WIDE_YEAR = /^(.+?)\s*(?:年份|年度|year)$/i;

/** The district a companion year header belongs to, if it is one of `districts`. */
export function wideYearOf(header: string, districts: ReadonlySet<string>): string | undefined {
  const m = WIDE_YEAR.exec(header.trim());
  return m?.[1] !== undefined && districts.has(m[1].trim()) ? m[1].trim() : undefined;
}

/**
 * The compare view as shown: one column per district, each followed by its value's year, so
 * that the file says everything it holds; a qualifier stays in the cell ("≥95", as typed).
 */
export function wideRows(view: CompareView, lang: Lang, kind: 'actual' | 'target'): Cell[][] {
  const districts = view.districts.flatMap((d) => [d, d + WIDE_YEAR_SUFFIX[lang]]);
  const rows: Cell[][] = [[...WIDE_HEADERS[lang], ...districts]];
  for (const r of view.rows) {
    const cells = r.cells.flatMap((c) =>
      c.value === null
        ? [null, null]
        : [c.qualifier ? `${c.qualifier}${numberText(c.value)}` : c.value, c.year],
    );
    rows.push([r.indicator, r.scope, r.unit, r.category, KIND_TEXT[lang][kind], ...cells]);
  }
  return rows;
}

export const GOAL_HEADERS: Record<Lang, string[]> = {
  zh: [
    '区县',
    '指标',
    '范围',
    '单位',
    '方向',
    '基线值',
    '基线年',
    '最新值',
    '最新年',
    '目标值',
    '目标年',
    '目标限定',
    '进度%',
    '差距',
    '年均需提升',
    '状态',
    ...PACE_HEADERS.zh,
  ],
  en: [
    'district',
    'indicator',
    'scope',
    'unit',
    'direction',
    'baseline',
    'baseline year',
    'latest',
    'latest year',
    'target',
    'target year',
    'target qualifier',
    'progress %',
    'gap',
    'needed per year',
    'status',
    ...PACE_HEADERS.en,
  ],
};

/** The goals table's status words, also the conditional-format rules' texts in .xlsx. */
export const STATUS_TEXT: Record<Lang, Record<GoalRow['result']['status'], string>> = {
  zh: { met: '已达成', on_track: '进度正常', behind: '滞后', no_data: '缺数据' },
  en: { met: 'met', on_track: 'on track', behind: 'behind', no_data: 'no data' },
};
const DIRECTION_TEXT: Record<Lang, Record<GoalRow['direction'], string>> = {
  zh: { higher: '越高越好', lower: '越低越好', neutral: '中性' },
  en: { higher: 'higher is better', lower: 'lower is better', neutral: 'neutral' },
};

const round = (n: number | null, d = 4) => (n === null ? null : Number(n.toFixed(d)));

export function goalRowsCsv(goals: readonly GoalRow[], lang: Lang): Cell[][] {
  const rows: Cell[][] = [GOAL_HEADERS[lang]];
  for (const g of goals) {
    rows.push([
      g.district,
      g.indicator,
      g.scope,
      g.unit,
      DIRECTION_TEXT[lang][g.direction],
      g.baseline?.value ?? null,
      g.baseline?.year ?? null,
      g.latest?.value ?? null,
      g.latest?.year ?? null,
      g.target?.value ?? null,
      g.target?.year ?? null,
      g.target?.qualifier ?? '',
      round(g.result.progress, 2),
      round(g.result.gap),
      round(g.result.perYear),
      STATUS_TEXT[lang][g.result.status],
      ...paceRowCells(g, lang),
    ]);
  }
  return rows;
}

/** The download's name; a backup is the whole workbook as JSON; tables are CSV or .xlsx. */
export function exportFileName(
  kind: 'long' | 'wide' | 'goals' | 'backup',
  date: Date,
  lang: Lang,
  format: 'csv' | 'xlsx' = 'csv',
): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const ext = kind === 'backup' ? 'json' : format;
  const zh = { long: '长表', wide: '宽表', goals: '目标', backup: '备份' }[kind];
  return lang === 'zh'
    ? `区县卫生指标_${zh}_${day}.${ext}`
    : `district-health_${kind}_${day}.${ext}`;
}
