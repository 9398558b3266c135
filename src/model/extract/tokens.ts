import type { Qualifier } from '../types';
import { isDigit, isLatin, isSpace } from './text';
import { BASE_UNITS } from './units';
import { APPROX_PREFIX, GE_PREFIX, NOT_APPROX } from './words';

// Numbers and units: every number in the text and whether it can be an indicator value.

export interface Token {
  start: number;
  end: number;
  value: number;
  keep: boolean;
  unit: string;
  qualifier: Qualifier;
  /** End of the number with its unit and suffix (以上 …), or of a skipped date part. */
  after: number;
}

interface UnitRead {
  unit: string;
  qualifier: Qualifier;
  end: number;
}

/**
 * Reads “余万元”, “万余元”, “个”, “%以上” … after a number; null when no unit follows.
 * `rank`: the number follows 第 after 排名/位列/居 (“排名全市第3”), a rank even without 名.
 */
function readUnit(norm: string, from: number, ordinal: boolean, rank: boolean): UnitRead | null {
  let k = from;
  let spaces = 0;
  while (isSpace(norm.charAt(k)) && spaces < 4) {
    k++;
    spaces++;
  }
  let qualifier: Qualifier = '';
  const approx = (): void => {
    if (norm.charAt(k) === '余' || norm.charAt(k) === '多') {
      qualifier = '≈';
      k++;
    }
  };
  approx();
  let mult = '';
  if (norm.charAt(k) === '万' || norm.charAt(k) === '亿') {
    mult = norm.charAt(k);
    k++;
    approx();
  }
  const base = BASE_UNITS.find((u) => norm.startsWith(u, k));
  let unit: string;
  if (base === undefined) {
    const next = norm.charAt(k);
    // “35万，”: a bare 万; “4.6万剂” (an unknown unit) is left out rather than guessed.
    const open = next === '' || !/[\u3400-\u9fffA-Za-z]/.test(next);
    if (rank && !mult && open) return { unit: '名', qualifier: '', end: k };
    if (!mult || !open) return null;
    unit = mult;
  } else {
    const rest = norm.slice(k + base.length, k + base.length + 3);
    if (base === '个' && /^(?:月|工作日|小时|星期)/.test(rest)) return null;
    k += base.length;
    if (ordinal) {
      if (base !== '名' && base !== '位') return null;
      unit = '名';
    } else {
      unit = mult + (base === '名' ? '人' : base);
    }
  }
  if (norm.startsWith('及以上', k)) {
    qualifier = '≥';
    k += 3;
  } else if (norm.startsWith('以上', k)) {
    qualifier = '≥';
    k += 2;
  } else if (norm.startsWith('左右', k)) {
    qualifier = '≈';
    k += 2;
  } else if (norm.charAt(k) === '多' && base !== undefined) {
    qualifier = '≈';
    k += 1;
  }
  return { unit, qualifier, end: k };
}

function prefixQualifier(norm: string, start: number): Qualifier {
  let i = start;
  while (i > 0 && isSpace(norm.charAt(i - 1))) i--;
  const before = norm.slice(Math.max(0, i - 4), i);
  if (GE_PREFIX.some((w) => before.endsWith(w))) return '≥';
  if (APPROX_PREFIX.some((w) => before.endsWith(w)) && !NOT_APPROX.test(before)) return '≈';
  return '';
}

const RANK_BEFORE = /(?:排名|排|位列|位居|居)[^，。；,;]{0,8}第$/;
const OPEN_QUOTES = '“"「『‘\'';
const CLOSE_QUOTES = '”"」』’\'';
const RANGE_MARKS = '-~—–/:：.';
const DATE_AFTER = /^\s*(?:年(?:底|末|初|度)?|月份?|日|号)(?:的)?/;

/** Finds every number and decides whether it can be an indicator value. */
export function scanTokens(norm: string): Token[] {
  const tokens: Token[] = [];
  const re = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
  for (let m = re.exec(norm); m !== null; m = re.exec(norm)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = norm.charAt(start - 1);
    const next = norm.charAt(end);
    const dateTail = DATE_AFTER.exec(norm.slice(end, end + 6));
    const token: Token = {
      start,
      end,
      // The number as written: Number() of decimal text is already the closest double.
      value: Number(m[0].replace(/,/g, '')),
      keep: false,
      unit: '',
      qualifier: '',
      after: end + (dateTail ? dateTail[0].length : 0),
    };
    tokens.push(token);
    // Model names and codes (1.5T, 64排CT, 13N1, 11X, 5G, 3D), phone numbers, dates, ranges.
    if (isLatin(prev) || isLatin(next)) continue;
    const perCapita = /^\/(?:10万|十万)/.exec(norm.slice(end));
    if (perCapita) {
      Object.assign(token, { keep: true, unit: perCapita[0], after: end + perCapita[0].length });
      continue;
    }
    if (RANGE_MARKS.includes(prev) && isDigit(norm.charAt(start - 2))) continue;
    if (RANGE_MARKS.includes(next) && isDigit(norm.charAt(end + 1))) continue;
    if (dateTail) continue;
    // Slogans: “1167”, “4433”, “3+30+3”, “78项重点任务”.
    if (OPEN_QUOTES.includes(prev) || CLOSE_QUOTES.includes(next)) continue;
    if (prev === '+' || next === '+') continue;
    // List ordinals: “1 全面推进…”, “2、…”, “(3)”.
    const lineStart = norm.lastIndexOf('\n', start - 1) + 1;
    if (
      /^\s*$/.test(norm.slice(lineStart, start)) &&
      /^(?:\s|、|\.|．|\)|）)/.test(norm.slice(end))
    )
      continue;
    if ((prev === '(' || prev === '（') && (next === ')' || next === '）')) continue;
    // “每1000名常住人口”: a denominator, not a value.
    if (prev === '每') continue;
    const ordinal = prev === '第';
    const rank = ordinal && RANK_BEFORE.test(norm.slice(Math.max(0, start - 12), start));
    const unit = readUnit(norm, end, ordinal, rank);
    if (!unit) continue;
    const pre = prefixQualifier(norm, start);
    token.keep = true;
    token.unit = unit.unit;
    token.qualifier = unit.qualifier === '≥' || pre === '≥' ? '≥' : unit.qualifier || pre;
    token.after = unit.end;
  }
  return tokens;
}
