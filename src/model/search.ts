// Ctrl+K: what was typed against names (Chinese text, full pinyin, initials, or the English name
// shown), scored and ranked. The readings come from outside: build-time keys for the bundled
// names, a run-time dictionary for names added later; nothing here knows a pinyin library.

export type SearchKind = 'indicator' | 'district' | 'goalSet';

/**
 * Readings of a name, character for character (Array.from order): one reading each for a name
 * keyed at build time (the reading its context gives), every reading of a polyphone for a name
 * keyed at run time; none for punctuation. Letters and digits read as themselves.
 */
export type Readings = readonly (readonly string[])[];

export interface SearchItem {
  kind: SearchKind;
  /** The indicator, district or goal-set id. */
  id: string;
  /** The name as shown (English when the interface is). */
  name: string;
  /** The Chinese name, when it is not the name shown: matched by text and pinyin too. */
  zh?: string;
  /** Readings of `zh ?? name`. */
  readings: Readings;
  /** Other names matched as text only: a district's GB/T 2260 code, its full romanised name. */
  also?: readonly string[];
}

/** How a name matched, best first. */
export type MatchHow =
  | 'exact'
  | 'prefix'
  | 'pinyinWhole'
  | 'pinyinPrefix'
  | 'initialsPrefix'
  | 'substring'
  | 'pinyin'
  | 'initials';

const SCORE: Record<MatchHow, number> = {
  exact: 100,
  prefix: 90,
  pinyinWhole: 85,
  pinyinPrefix: 80,
  initialsPrefix: 75,
  substring: 70,
  pinyin: 60,
  initials: 55,
};

export interface SearchHit {
  item: SearchItem;
  how: MatchHow;
  score: number;
  /** Which text matched: the name shown, the Chinese name beside it, or another name (`text`). */
  field: 'name' | 'zh' | 'also';
  /** The text matched. */
  text: string;
  /** The matched characters [from, to) of that text, in Array.from positions. */
  from: number;
  to: number;
}

/** Typed text for pinyin: lower case, no spaces or apostrophes, ü typed as v. */
export function pinyinQuery(typed: string): string {
  return typed
    .toLowerCase()
    .replace(/[\s'’]+/g, '')
    .replace(/ü/g, 'v');
}

/** Readings from a build-time key: syllables separated by single spaces, '' for none. */
export function readingsFromKey(key: string): Readings {
  return key.split(' ').map((r) => (r ? [r] : []));
}

interface PinyinMatch {
  from: number;
  to: number;
  /** Every character was matched by its first letter only. */
  initials: boolean;
}

/**
 * The query as consecutive characters from `start`, each matched by its whole reading or by a
 * leading part of it (so `mqrk`, `meiqian`, `mqrenkou` and `meiqia` all work); characters without
 * a reading (brackets) are stepped over inside a match. Whole readings are tried first.
 */
function matchFrom(readings: Readings, q: string, start: number): PinyinMatch | null {
  const failed = new Set<number>();
  const walk = (ci: number, qi: number, initials: boolean): PinyinMatch | null => {
    if (qi === q.length) return { from: start, to: ci, initials };
    if (ci >= readings.length || failed.has(ci * 64 + qi)) return null;
    const options = readings[ci] ?? [];
    let found: PinyinMatch | null = null;
    if (options.length === 0) found = ci > start ? walk(ci + 1, qi, initials) : null;
    for (const r of options) {
      for (let k = Math.min(r.length, q.length - qi); k >= 1 && !found; k--) {
        if (!q.startsWith(r.slice(0, k), qi)) continue;
        // A part of a reading is its first letter or ends the query: `ji` + `j` is not 江津.
        if (k < r.length && k > 1 && qi + k < q.length) continue;
        found = walk(ci + 1, qi + k, initials && k === 1);
      }
      if (found) break;
    }
    if (!found) failed.add(ci * 64 + qi);
    return found;
  };
  return walk(start, 0, true);
}

function pinyinMatch(readings: Readings, q: string): PinyinMatch | null {
  if (q.length === 0 || q.length >= 64 || !/^[a-z0-9]+$/.test(q)) return null;
  for (let start = 0; start < readings.length; start++) {
    if ((readings[start] ?? []).length === 0) continue;
    const m = matchFrom(readings, q, start);
    if (m) return m;
  }
  return null;
}

const lastReading = (readings: Readings) => {
  let i = readings.length;
  while (i > 0 && (readings[i - 1] ?? []).length === 0) i--;
  return i;
};

/** Text as compared: lower case, without spaces and apostrophes; `at` maps back to Array.from. */
function compact(text: string): { s: string; at: number[] } {
  let s = '';
  const at: number[] = [];
  Array.from(text.toLowerCase()).forEach((ch, i) => {
    if (/[\s'’‘]/.test(ch)) return;
    s += ch;
    for (let k = 0; k < ch.length; k++) at.push(i);
  });
  return { s, at };
}

/** `q` (compacted) in `text`, case, spaces and apostrophes aside: how and where, or null. */
function textMatch(text: string, q: string): { how: MatchHow; from: number; to: number } | null {
  const c = compact(text);
  const i = c.s.indexOf(q);
  if (i < 0) return null;
  const how = c.s === q ? 'exact' : i === 0 ? 'prefix' : 'substring';
  return { how, from: c.at[i] ?? 0, to: (c.at[i + q.length - 1] ?? 0) + 1 };
}

/** The best way `typed` matches one item, or null. */
export function matchItem(item: SearchItem, typed: string): SearchHit | null {
  const q = compact(typed).s;
  if (!q) return null;
  const hit = (how: MatchHow, field: SearchHit['field'], text: string, from: number, to: number) =>
    ({ item, how, score: SCORE[how], field, text, from, to }) satisfies SearchHit;
  const fields: ['name' | 'zh', string][] = [['name', item.name]];
  if (item.zh !== undefined && item.zh !== item.name) fields.push(['zh', item.zh]);
  let found: SearchHit | null = null;
  for (const [field, value] of fields) {
    const m = textMatch(value, q);
    if (m && (!found || SCORE[m.how] > found.score)) found = hit(m.how, field, value, m.from, m.to);
  }
  if (found && found.score >= SCORE.prefix) return found;
  const m = pinyinMatch(item.readings, pinyinQuery(typed));
  if (m) {
    const field = item.zh !== undefined && item.zh !== item.name ? 'zh' : 'name';
    const whole = m.from === 0 && m.to >= lastReading(item.readings);
    const how: MatchHow = whole
      ? 'pinyinWhole'
      : m.from === 0
        ? m.initials
          ? 'initialsPrefix'
          : 'pinyinPrefix'
        : m.initials
          ? 'initials'
          : 'pinyin';
    const text = field === 'zh' ? (item.zh ?? '') : item.name;
    if (!found || SCORE[how] > found.score) found = hit(how, field, text, m.from, m.to);
  }
  // Other names only when the name itself does not match, or exactly (`500116`, `Jiangjin District`).
  for (const value of item.also ?? []) {
    const a = textMatch(value, q);
    if (a && (!found || (a.how === 'exact' && found.how !== 'exact')))
      found = hit(a.how, 'also', value, a.from, a.to);
  }
  return found;
}

export const KIND_ORDER: readonly SearchKind[] = ['indicator', 'district', 'goalSet'];

/**
 * Every item that matches, best first: by how it matched, then the shorter name (the closer
 * fit), then the order given (catalog order, district order).
 */
export function searchItems(items: readonly SearchItem[], typed: string): SearchHit[] {
  const hits: { hit: SearchHit; i: number }[] = [];
  items.forEach((item, i) => {
    const hit = matchItem(item, typed);
    if (hit) hits.push({ hit, i });
  });
  hits.sort(
    (a, b) =>
      b.hit.score - a.hit.score ||
      Array.from(a.hit.item.name).length - Array.from(b.hit.item.name).length ||
      a.i - b.i,
  );
  return hits.map((h) => h.hit);
}

export interface SearchGroup {
  kind: SearchKind;
  hits: SearchHit[];
}

/** Hits grouped by kind, the group with the best hit first, at most `perKind` each. */
export function groupHits(hits: readonly SearchHit[], perKind: number): SearchGroup[] {
  const groups: SearchGroup[] = [];
  for (const hit of hits) {
    let g = groups.find((x) => x.kind === hit.item.kind);
    if (!g) groups.push((g = { kind: hit.item.kind, hits: [] }));
    if (g.hits.length < perKind) g.hits.push(hit);
  }
  return groups;
}
