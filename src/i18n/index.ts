// The active language. Chosen once at start-up (?lang=en, else the saved choice, else Chinese);
// switching saves the choice and reloads, so every view is built in one language.
import { setNameParts } from '../model/goalSets';
import { CATEGORY_EN, SCOPE_EN, UNIT_EN } from './catalogNames';
import { districtEn, districtFromEn } from './names';
import { zh, type Strings } from './zh';
import { joinUnit } from './unitText';

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
  if (l === 'en' && !DICTS.en) DICTS.en = { ...(await import('./en')).en, ...lateEn };
}

/** Parts of the table that come with code loaded on demand (a tab's own strings). */
type LatePart = 'peersView' | 'tileMapView' | 'syncView';
const lateEn: Partial<Pick<Strings, LatePart>> = {};

/**
 * Puts a part of the string table that ships with on-demand code (not in the first load) into
 * both languages' tables; the module that shows those strings calls it when it loads.
 */
export function provideStrings<K extends LatePart>(key: K, zhPart: Strings[K], enPart: Strings[K]) {
  zh[key] = zhPart;
  lateEn[key] = enPart;
  if (DICTS.en) DICTS.en[key] = enPart;
}

export function setLang(l: Lang): void {
  lang = l;
}

export const getLang = (): Lang => lang;
export const locale = (): string => (lang === 'en' ? 'en-GB' : 'zh-CN');

const formats = new Map<string, Intl.NumberFormat>();

/** `grouping`: thousands separators; by default from 10,000 (a map or legend passes one rule). */
export function formatNumber(n: number, maxDigits = 6, grouping = Math.abs(n) >= 10000): string {
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

/** What a grid needs of the language: the number format and its own menus' language. */
export const gridLanguage = () => ({ formatNumber: (n: number) => formatNumber(n), lang });

export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(locale(), { hour12: false });
}

export function districtName(name: string): string {
  return lang === 'en' ? districtEn(name) : name;
}

/** A goal-set name: the app's own names (荣昌区 2025 目标, …（副本）) in the active language. */
export function goalSetName(name: string): string {
  const p = setNameParts(name);
  if (!p) return name;
  if (p.kind === 'new') return t.goals.newSetName;
  if (p.kind === 'copy') return t.goals.copyName(goalSetName(p.of), p.n);
  return t.goals.setName(districtName(p.district), p.year);
}

/** The indicator's name in the active language (the catalog's English name when there is one). */
export function indicatorName(
  catalog: ReadonlyMap<string, { nameEn: string }>,
  indicator: string,
): string {
  return lang === 'en' ? catalog.get(indicator)?.nameEn || indicator : indicator;
}

// Object.hasOwn: a unit typed as «constructor» must not find Object.prototype's function.
const shown = (table: Record<string, string>, name: string) =>
  lang === 'en' && Object.hasOwn(table, name) ? (table[name] ?? name) : name;

export const categoryName = (c: string): string => shown(CATEGORY_EN, c);
export const unitName = (u: string): string => shown(UNIT_EN, u);
export const scopeName = (s: string): string => shown(SCOPE_EN, s);

/** A number with its unit: «32%», «80.14岁»; in English «80.14 years». */
export function withUnitText(value: string, unit: string): string {
  if (!unit) return value;
  const u = unitName(unit);
  return joinUnit(value, u, lang === 'en' && u !== '%');
}

/**
 * The stored name behind a display name typed or kept in an English cell: a known district,
 * indicator, scope or unit maps back to its Chinese name; anything else stays as typed.
 */
export function canonicalName(
  field: 'district' | 'indicator' | 'scope' | 'unit',
  raw: string,
  catalog: ReadonlyMap<string, { nameEn: string }>,
): string {
  if (lang !== 'en' || raw === '') return raw;
  const back = (table: Record<string, string>) =>
    Object.keys(table).find((k) => table[k] === raw) ?? raw;
  if (field === 'district') return districtFromEn(raw);
  if (field === 'scope') return back(SCOPE_EN);
  if (field === 'unit') return back(UNIT_EN);
  if (catalog.has(raw)) return raw;
  for (const [k, e] of catalog) if (e.nameEn === raw) return k;
  return raw;
}

/** A symbol for every status, so it never rests on colour alone (projectors, colour blindness). */
export const STATUS_MARK = {
  met: '✓',
  near: '⚠',
  on_track: '↗',
  behind: '✗',
  no_data: '?',
  none: '–',
} as const;

/** «✓ 已达成»: the status word after its symbol. */
export const statusText = (code: keyof typeof STATUS_MARK, word: string): string =>
  `${STATUS_MARK[code]} ${word}`;
