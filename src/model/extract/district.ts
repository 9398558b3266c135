// Districts in a report's text: where each is named, which one the report is mostly about,
// and which district each figure belongs to (only from the words near it, never a default).

const GENERIC_PLACES = new Set([
  '全区',
  '我区',
  '该区',
  '本区',
  '各区',
  '城区',
  '社区',
  '辖区',
  '片区',
  '园区',
  '病区',
  '地区',
  '景区',
  '山区',
  '市区',
  '小区',
  '院区',
  '校区',
  '街区',
  '库区',
  '灾区',
  '新区',
  '专区',
  '分区',
  '区县',
  '示范区',
  '卫生区',
  '开发区',
  '功能区',
  '试验区',
  '主城区',
  '老城区',
  '新城区',
  '保护区',
  '服务区',
  '住院区',
  '诊疗区',
  '候诊区',
  '生活区',
  '办公区',
  '医疗区',
  '居住区',
  '行政区',
  '自治区',
  '新院区',
  '全县',
  '我县',
  '该县',
  '本县',
  '各县',
  '市县',
  '郡县',
]);
const NOT_A_NAME_END = new Set([
  '全区',
  '我区',
  '该区',
  '本区',
  '各区',
  '辖区',
  '社区',
  '城区',
  '片区',
  '园区',
  '病区',
  '地区',
  '景区',
  '市区',
  '小区',
  '院区',
  '校区',
  '街区',
  '库区',
  '灾区',
  '专区',
  '分区',
  '全县',
  '我县',
  '该县',
  '本县',
  '各县',
]);
const PLACE_STOP_FIRST = '该我全本各此市省的在和与及其是为对到从由向将把让给、';

export interface Mention {
  name: string;
  start: number;
  end: number;
}

const stemOf = (d: string): string => (d.length > 2 && /[区县]$/.test(d) ? d.slice(0, -1) : d);

/**
 * Calls `note` for each unknown XX区 / XX县 / XX自治县 reading (several per spot: 龙坡区 and
 * 九龙坡区); `at` is where the name is counted as first named.
 */
function scanUnknown(
  text: string,
  knownDistricts: readonly string[],
  note: (name: string, start: number, end: number, at: number) => void,
): void {
  const known = (name: string): boolean => knownDistricts.some((d) => d.endsWith(name));
  const autonomous = /([\u4e00-\u9fff]{2,6}自治县)/g;
  for (let m = autonomous.exec(text); m !== null; m = autonomous.exec(text)) {
    const name = m[1] ?? '';
    if (!known(name)) note(name, m.index, m.index + m[0].length, m.index + m[0].length);
  }
  for (let at = 1; at < text.length; at++) {
    const suffix = text.charAt(at);
    if (suffix !== '区' && suffix !== '县') continue;
    if (text.startsWith('自治县', at - 2)) continue;
    // “全区”, “社区”, “辖区” … end no district name (“二〇二四年全区” is not one).
    if (NOT_A_NAME_END.has(text.slice(at - 1, at + 1))) continue;
    for (const len of suffix === '区' ? [2, 3] : [1, 2, 3]) {
      const stem = text.slice(Math.max(0, at - len), at);
      if (stem.length < len || !/^[\u4e00-\u9fff]+$/.test(stem)) break;
      const name = stem + suffix;
      if (PLACE_STOP_FIRST.includes(stem.charAt(0)) || GENERIC_PLACES.has(name)) continue;
      if (!known(name)) note(name, at - len, at + 1, at);
    }
  }
}

/** How often each district is named, and where first. */
function tally(text: string, knownDistricts: readonly string[]) {
  const counts = new Map<string, number>();
  const firstAt = new Map<string, number>();
  const occurrences = (needle: string): number => (needle ? text.split(needle).length - 1 : 0);
  for (const d of knownDistricts) {
    const stem = stemOf(d);
    const n = occurrences(stem);
    if (n > 0) counts.set(d, (counts.get(d) ?? 0) + n);
    if (stem && text.includes(stem)) firstAt.set(d, text.indexOf(stem) + stem.length);
  }
  scanUnknown(text, knownDistricts, (name, _s, _e, at) => {
    counts.set(name, (counts.get(name) ?? 0) + 1);
    if (!firstAt.has(name)) firstAt.set(name, at);
  });
  return { counts, firstAt };
}

/** The most mentioned district: a known one (also by its short name) or any XX区 / XX县. */
export function detectDistrict(text: string, knownDistricts: readonly string[]): string {
  const { counts, firstAt } = tally(text, knownDistricts);
  // Most mentions; then the one named first; then the longer (“九龙坡区” over “龙坡区”).
  let best = '';
  let bestN = 0;
  let bestAt = Infinity;
  for (const [name, n] of counts) {
    const at = firstAt.get(name) ?? Infinity;
    if (
      n > bestN ||
      (n === bestN && (at < bestAt || (at === bestAt && name.length > best.length)))
    ) {
      best = name;
      bestN = n;
      bestAt = at;
    }
  }
  return best;
}

/** Words for the report's own district (“全区居民…” in a report on 南川区 is 南川区). */
const OWN_DISTRICT = /[全我本该](?:区|县)(?!域)/g;

/**
 * Every place a district is named, in text order: known districts (also by short name), other
 * XX区 / XX县 named at least twice or most (one named once is too often a phrase: 建成区),
 * and 全区 / 我区 … for the report's own district.
 */
export function districtMentions(text: string, knownDistricts: readonly string[]): Mention[] {
  const out: Mention[] = [];
  for (const d of knownDistricts) {
    const stem = stemOf(d);
    if (!stem) continue;
    for (let i = text.indexOf(stem); i >= 0; i = text.indexOf(stem, i + stem.length))
      out.push({ name: d, start: i, end: i + stem.length });
  }
  const { counts } = tally(text, knownDistricts);
  const main = detectDistrict(text, knownDistricts);
  const bySpot = new Map<number, Mention>();
  scanUnknown(text, knownDistricts, (name, start, end) => {
    if (name !== main && (counts.get(name) ?? 0) < 2) return;
    if (text.charAt(end) === '域') return; // 区域 is a word, not a name's end
    if (out.some((m) => m.start < end && start < m.end)) return;
    const prev = bySpot.get(end);
    const n = (x: string) => counts.get(x) ?? 0;
    if (
      !prev ||
      n(name) > n(prev.name) ||
      (n(name) === n(prev.name) && name.length > prev.name.length)
    )
      bySpot.set(end, { name, start, end });
  });
  if (main)
    for (const m of text.matchAll(OWN_DISTRICT))
      out.push({ name: main, start: m.index, end: m.index + m[0].length });
  return [...out, ...bySpot.values()].sort((a, b) => a.start - b.start);
}

/**
 * For each figure (in text order): the district named between the previous figure and this one
 * in its paragraph, else the one the previous figure got; '' when none is named before it in
 * the paragraph, or when two districts are named together (“黔江区和荣昌区…分别为…”).
 */
export function districtsNear(
  text: string,
  figures: readonly { start: number; end: number }[],
  knownDistricts: readonly string[],
): string[] {
  const mentions = districtMentions(text, knownDistricts);
  const breaks = [0, ...[...text.matchAll(/\n[^\S\n]*\n/g)].map((m) => m.index + m[0].length)];
  const paragraphOf = (pos: number): number => breaks.filter((b) => b <= pos).pop() ?? 0;
  let paragraph = -1;
  let current = '';
  let from = 0;
  return figures.map((f) => {
    const p = paragraphOf(f.start);
    if (p !== paragraph) [paragraph, current, from] = [p, '', p];
    const named = new Set(
      mentions.filter((m) => m.start >= from && m.end <= f.start).map((m) => m.name),
    );
    if (named.size) current = named.size === 1 ? ([...named][0] ?? '') : '';
    from = f.end;
    return current;
  });
}
