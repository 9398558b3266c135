// The active language. Chosen once at start-up (?lang=en, else the saved choice, else Chinese);
// switching saves the choice and reloads, so every view is built in one language.
import { districtEn } from './names';
import { zh, type Strings } from './zh';

export type Lang = 'zh' | 'en';
export type { Strings };

// English is loaded only when chosen, keeping it out of the first load for Chinese users.
const DICTS: Partial<Record<Lang, Strings>> = { zh };
let lang: Lang = 'zh';

/** The active string table. Read it at render time, not at module load. */
export const t: Strings = new Proxy({} as Strings, {
  get: (_target, key: string) => ((DICTS[lang] ?? zh) as unknown as Record<string, unknown>)[key],
});

export const LANG_KEY = 'district-health-lang';

export function detectLang(search: string, saved: string | null): Lang {
  const q = new URLSearchParams(search).get('lang');
  if (q === 'en' || q === 'zh') return q;
  return saved === 'en' ? 'en' : 'zh';
}

/** Loads a language's table; call before setLang. */
export async function loadLang(l: Lang): Promise<void> {
  if (l === 'en' && !DICTS.en) DICTS.en = (await import('./en')).en;
}

export function setLang(l: Lang): void {
  lang = l;
}

export const getLang = (): Lang => lang;
export const locale = (): string => (lang === 'en' ? 'en-GB' : 'zh-CN');

const formats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, maxDigits = 6): string {
  const grouping = Math.abs(n) >= 10000;
  // Intl.NumberFormat is costly to create; the grid formats thousands of cells per edit.
  const key = `${lang}|${maxDigits}|${grouping}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale(), {
      maximumFractionDigits: maxDigits,
      useGrouping: grouping,
    });
    formats.set(key, f);
  }
  return f.format(n);
}

export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(locale(), { hour12: false });
}

export function districtName(name: string): string {
  return lang === 'en' ? districtEn(name) : name;
}

/** The indicator's name in the active language (the catalog's English name when there is one). */
export function indicatorName(
  catalog: ReadonlyMap<string, { nameEn: string }>,
  indicator: string,
): string {
  return lang === 'en' ? catalog.get(indicator)?.nameEn || indicator : indicator;
}
