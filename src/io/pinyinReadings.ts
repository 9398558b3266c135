// Run-time readings for names the build did not key (a planner's formula indicator, an imported
// district, goal-set names): every reading of each character, from pinyin-match's dictionary of
// the 6,763 characters of GB 2312. Loaded only with the search chunk.
import { dict } from 'pinyin-match/src/simplified_dict.js';
import type { Readings } from '../model/search';

let byChar: Map<string, string[]> | null = null;

function table(): Map<string, string[]> {
  if (byChar) return byChar;
  const m = new Map<string, string[]>();
  for (const [reading, chars] of Object.entries(dict))
    for (const ch of chars) {
      const list = m.get(ch);
      if (list) list.push(reading);
      else m.set(ch, [reading]);
    }
  return (byChar = m);
}

/** Each character's readings (a polyphone's all), letters and digits as themselves. */
export function readingsAtRunTime(name: string): Readings {
  const t = table();
  return Array.from(name).map((ch) =>
    /^[A-Za-z0-9]$/.test(ch) ? [ch.toLowerCase()] : (t.get(ch) ?? []),
  );
}
