// What a statistical table writes where it has no number, and how it names its totals. Both are
// kept apart from the data: a no-data mark is neither an error nor a zero, and a totals line
// (合计, 全市, the city itself) is not a district.
import { CITY } from './districtCodes';

// Dashes (-, –, —, ——, －, ─), ellipses (…, ……, ..., ⋯), slashes (/, ／), x/X/×, and * (also
// full-width); doubled or tripled as tables write them (--, ——, ……).
const MARK = /^(?:[-‐‑‒–—―－─]+|[…⋯]+|[.．]{2,}|[/／]|[xXｘＸ×]|[*＊])$/;

/**
 * The no-data mark a value cell holds, trimmed ('' for an empty cell), or null when the cell
 * holds something else (a number, or text that is an error).
 */
export function noDataMark(text: string): string | null {
  const s = text.trim();
  return s === '' || MARK.test(s) ? s : null;
}

const TOTALS = new Set([
  '合计',
  '总计',
  '小计',
  '总体',
  '全市',
  '全区',
  '全县',
  '全市合计',
  '全市平均',
  CITY.name,
  CITY.short,
  // Chongqing's own groupings (一区两群, and the older 主城区): sums of districts, not districts.
  '主城区',
  '主城九区',
  '中心城区',
  '主城新区',
  '主城都市区',
  '渝东北三峡库区城镇群',
  '渝东南武陵山区城镇群',
]);
const TOTALS_EN = /^(?:(?:grand\s+|sub-?\s*)?total|all|chongqing(?:\s+municipality|\s+city)?)$/i;
// 区县合计, 主城区小计, 全市总计: a label ending in a total word, or a whole-city label.
const TOTAL_END = /(?:合计|总计|小计)$/;

/**
 * The totals label a district cell (or a district column header) holds, trimmed, or null.
 * Spaces inside are ignored: tables pad 合计 with full-width spaces to a column's width.
 */
export function totalLabel(text: string): string | null {
  const s = text.trim();
  const squeezed = s.replace(/[\s\u3000]+/g, '');
  if (squeezed === '') return null;
  return TOTALS.has(squeezed) || TOTAL_END.test(squeezed) || TOTALS_EN.test(s) ? s : null;
}
