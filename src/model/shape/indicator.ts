// The indicator and unit a statistical table names for itself: an `指标：年末常住人口(万人)`
// line, a `单位：万人` line, or a merged group header over the year columns.
import type { TextLine } from '../importPlan';
import { splitUnit, type NameAndUnit } from './units';

const INDICATOR_LINE = /^(?:指标(?:名称)?|indicator(?: name)?)\s*[：:]\s*(.+)$/i;
const UNIT_LINE = /^(?:(?:计量)?单位|units?)\s*[：:]\s*(.+)$/i;
/** `表1 人均预期寿命`, `附表2、年末常住人口（万人）`: a numbered table's title. */
const TABLE_LINE = /^附?表\s*[\d一二三四五六七八九十]+(?:[-－.．]\d+)?\s*[、.．:：]?\s*(\S.*)$/;
const DISTRICT_LINE = /^(?:地区|区县|地区名称|region|district)\s*[：:]\s*(.+)$/i;

/** Each title line's parts (a line can hold `表1 … 单位：万人`). */
const parts = (titles: readonly TextLine[]) =>
  titles.flatMap((t) => t.text.split(/\s+(?=\S+[：:])/));

/** The unit a `单位：` line gives the whole table, or ''. */
export function tableUnit(titles: readonly TextLine[]): string {
  for (const p of parts(titles)) {
    const m = UNIT_LINE.exec(p.trim());
    if (m?.[1]) return m[1].trim();
  }
  return '';
}

/** The district a `地区：江津区` line names (the bureau's export of one region), or undefined. */
export function fileDistrictOf(titles: readonly TextLine[]): string | undefined {
  for (const p of parts(titles)) {
    const m = DISTRICT_LINE.exec(p.trim());
    if (m?.[1]) return m[1].trim();
  }
  return undefined;
}

/** From the `指标：` line, else the group header; the unit from its bracket, else `单位：`. */
export function fileIndicatorOf(
  titles: readonly TextLine[],
  group: string | undefined,
  keepWhole: (name: string) => boolean,
): NameAndUnit | undefined {
  let named: string | undefined;
  for (const p of parts(titles)) named ??= INDICATOR_LINE.exec(p.trim())?.[1]?.trim();
  named ??= group;
  const unit = tableUnit(titles);
  if (named === undefined) return unit === '' ? undefined : { name: '', unit };
  const split = splitUnit(named, keepWhole);
  return { name: split.name, unit: split.unit || unit };
}

/**
 * The indicator a numbered table title names (`表1 人均预期寿命`), when exactly one title line
 * is such a title; its unit from its bracket, else from a `单位：` line.
 */
export function tableTitleIndicatorOf(
  titles: readonly TextLine[],
  keepWhole: (name: string) => boolean,
): NameAndUnit | undefined {
  const named = parts(titles).flatMap((p) => TABLE_LINE.exec(p.trim())?.[1]?.trim() ?? []);
  if (named.length !== 1) return undefined;
  const split = splitUnit(named[0] as string, keepWhole);
  return { name: split.name, unit: split.unit || tableUnit(titles) };
}
