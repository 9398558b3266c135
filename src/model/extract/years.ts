import { isSpace, spanAt, type Span } from './text';
import { FUTURE_WORDS, NOT_PLANS, TARGET_WORDS } from './words';

// Years: the years a report names, the role of each, and the report's own year.

type YearRole = 'plain' | 'deadline' | 'from' | 'compare' | 'range';

export interface YearMention {
  start: number;
  end: number;
  year: number;
  role: YearRole;
}

const CN_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
};

function yearRole(norm: string, start: number, end: number): YearRole {
  const after = norm.slice(end, end + 8).replace(/\s/g, '');
  if (/^年(?:底|末|初|度)?(?:以来|至今|起|开始|—|-|~|至|到)/.test(after)) return 'range';
  let i = start;
  while (i > 0 && isSpace(norm.charAt(i - 1))) i--;
  const before = norm.slice(Math.max(0, i - 4), i);
  if (/(?:截至|截止|截止到|截至到)$/.test(before)) return 'plain';
  if (/(?:较|比|同比|相比|对比|与|和)$/.test(before)) return 'compare';
  if (/(?:由|从|自)$/.test(before)) return 'from';
  if (/(?:到|至)$/.test(before)) {
    // “2018年至2020年”: the end of a past range, not a deadline.
    return /[年月\d]\s*(?:到|至)$/.test(before) ? 'plain' : 'deadline';
  }
  return 'plain';
}

export function scanYears(norm: string): YearMention[] {
  const out: YearMention[] = [];
  const digits = /(?<![\d.])(19[5-9]\d|20\d\d)(?=\s*年)/g;
  for (let m = digits.exec(norm); m !== null; m = digits.exec(norm)) {
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, year: Number(m[0]), role: yearRole(norm, m.index, end) });
  }
  const words = /[〇零一二三四五六七八九]{4}(?=年)/g;
  for (let m = words.exec(norm); m !== null; m = words.exec(norm)) {
    const year = Number(
      [...m[0]].map((c) => (Object.hasOwn(CN_DIGITS, c) ? CN_DIGITS[c] : '')).join(''),
    );
    if (year < 1950 || year > 2099) continue;
    const end = m.index + m[0].length;
    out.push({ start: m.index, end, year, role: yearRole(norm, m.index, end) });
  }
  return out.sort((a, b) => a.start - b.start);
}

export const isPlan = (s: string): boolean => TARGET_WORDS.test(s.replace(NOT_PLANS, ''));

/** The most mentioned year of the report, leaving out deadlines, baselines and plans. */
export function dominantYear(
  text: string,
  years: readonly YearMention[],
  sentences: Span[],
): number | null {
  const count = (keep: (m: YearMention) => boolean): number | null => {
    const n = new Map<number, number>();
    for (const m of years) if (keep(m)) n.set(m.year, (n.get(m.year) ?? 0) + 1);
    let best: number | null = null;
    let bestN = 0;
    for (const [year, c] of n) {
      if (c > bestN || (c === bestN && best !== null && year < best)) {
        best = year;
        bestN = c;
      }
    }
    return best;
  };
  const planned = (m: YearMention): boolean => {
    const s = spanAt(sentences, m.start);
    return isPlan(text.slice(s.start, s.end)) || FUTURE_WORDS.test(text.slice(s.start, s.end));
  };
  return (
    count((m) => m.role === 'plain' && !planned(m)) ??
    count((m) => m.role === 'plain' || m.role === 'deadline')
  );
}
