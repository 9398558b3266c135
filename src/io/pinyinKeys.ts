// Build-time pinyin keys for the bundled names (vite.config.ts, plugin search-keys): pinyin-pro
// reads each name on its own (in a longer text 重庆市长寿区 it takes 市长 as "mayor"), and a
// division's short name takes its curated spelling from src/model/districtCodes.ts. Never
// bundled into the app: only the keys are.
import { pinyin } from 'pinyin-pro';
import type { Division } from '../model/districtCodes';

/** One reading per character (Array.from order), ü as v; '' where there is none (brackets). */
export function readingsOfName(name: string): string[] {
  return pinyin(name, { type: 'all', toneType: 'none', v: true }).map((c) =>
    c.isZh ? c.pinyin.toLowerCase() : /^[A-Za-z0-9]$/.test(c.origin) ? c.origin.toLowerCase() : '',
  );
}

/** Every reading pinyin-pro knows for one character. */
const readingsOfChar = (ch: string): string[] =>
  pinyin(ch, { multiple: true, type: 'array', toneType: 'none', v: true });

/**
 * A division's name read with its curated spelling (Jiangjin, Nan'an, Changshou) for the short
 * name, split into the characters' own readings; the rest (区, 县, 土家族自治县) as pinyin-pro reads
 * it. Null when the spelling cannot be split so (a typo in the table).
 */
export function readingsOfDivision(
  d: Pick<Division, 'name' | 'short' | 'pinyin'>,
): string[] | null {
  const spelled = d.pinyin.toLowerCase().replace(/['’]/g, '');
  const chars = Array.from(d.short);
  const split = (ci: number, at: number): string[] | null => {
    if (ci === chars.length) return at === spelled.length ? [] : null;
    for (const r of readingsOfChar(chars[ci] ?? '')) {
      if (!spelled.startsWith(r, at)) continue;
      const rest = split(ci + 1, at + r.length);
      if (rest) return [r, ...rest];
    }
    return null;
  };
  // 忠县: the short name is the whole name, and 县 is not in its spelling (Zhong).
  const shortChars = d.short === d.name ? chars.length - 1 : chars.length;
  const head =
    split(0, 0) ?? (shortChars < chars.length ? splitShort(chars, shortChars, spelled) : null);
  if (!head) return null;
  const tail = readingsOfName(d.name).slice(head.length);
  return [...head, ...tail];
}

function splitShort(chars: string[], n: number, spelled: string): string[] | null {
  const out: string[] = [];
  let at = 0;
  for (const ch of chars.slice(0, n)) {
    const r = readingsOfChar(ch).find((x) => spelled.startsWith(x, at));
    if (!r) return null;
    out.push(r);
    at += r.length;
  }
  return at === spelled.length ? out : null;
}

/** The key stored for a name: its readings joined by single spaces. */
export const keyOf = (readings: readonly string[]): string => readings.join(' ');

/**
 * Keys for the bundled names: catalog indicators and districts by their own reading, the
 * divisions by their curated spelling (which wins for a name in both).
 */
export function searchKeys(
  names: readonly string[],
  divisions: readonly Pick<Division, 'name' | 'short' | 'pinyin'>[],
): Record<string, string> {
  const keys: Record<string, string> = {};
  for (const n of names) keys[n] = keyOf(readingsOfName(n));
  for (const d of divisions) {
    const r = readingsOfDivision(d);
    if (!r) throw new Error(`${d.name}: the spelling ${d.pinyin} does not fit its characters`);
    keys[d.name] = keyOf(r);
  }
  return keys;
}
