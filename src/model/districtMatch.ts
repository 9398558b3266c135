// Which district a file's district cell or district column header means: by name, short name
// (江津), GB/T 2260 code (500116, "500116 江津区"), a former name (梁平县, 开县), a romanised
// name (Jiangjin) or a name the caller supplies; or a totals label (合计, 全市), kept apart.
// It only ever yields a district the workbook knows or a canonical full name (offered as new).
import {
  CITY,
  divisionCoded,
  divisionNamed,
  divisionRomanised,
  divisionShort,
  formerCoded,
  formerNamed,
  type Division,
} from './districtCodes';
import { toHalfWidth } from './numbers';
import { totalLabel } from './marks';

/**
 * How a district was found. name: as written; short: 江津 → 江津区 (or a known district with 区/县
 * added); code: 500116; former: a renamed or merged division (梁平县, 500228); alias: the
 * caller's table or a romanised name (Jiangjin).
 */
export type MatchVia = 'name' | 'short' | 'code' | 'former' | 'alias';

export interface DistrictMatch {
  district: string;
  via: MatchVia;
  /** The code that was read (code, or former via a code). */
  code?: string;
  /** former: the name that was matched and the year it changed. */
  former?: string;
  year?: number;
  merged?: boolean;
}

/** A code and a name in one cell that mean different districts (500116 荣昌区). */
export interface CodeConflict {
  conflict: { code: string; codeDistrict: string; named: string };
}

export type MatchResult = DistrictMatch | { total: string } | CodeConflict | null;

/** Other names for districts (the interface's English names …) → the stored name. */
export type DistrictAliases = ReadonlyMap<string, string>;

// 500116, 500116000000 (the 12-digit statistical code), 500116.0 (a number cell's text).
const CODE = /^(50\d{4})(?:000000)?(?:\.0+)?$/;
// "500116 江津区", "500116江津区", "江津区(500116)", "江津区 500116".
const CODE_FIRST = /^(50\d{4})(?:000000)?\s*[-_:：、,，.]?\s*(\D.*)$/;
const CODE_LAST = /^(\D.*?)\s*[(（[]?\s*(50\d{4})(?:000000)?\s*[)）\]]?$/;

/** The workbook's name for a division: the known district with its code, else its full name. */
function knownName(v: Division, known: ReadonlySet<string>, byCode: Map<string, string>): string {
  return known.has(v.name) ? v.name : (byCode.get(v.code) ?? v.name);
}

/** Known districts by the code they resolve to (石柱县 added by hand → 500240). */
const codeIndex = new WeakMap<ReadonlySet<string>, Map<string, string>>();
function knownByCode(known: ReadonlySet<string>): Map<string, string> {
  let m = codeIndex.get(known);
  if (!m) {
    m = new Map();
    for (const k of known) {
      const v = divisionNamed(k) ?? divisionShort(k);
      if (v && !m.has(v.code)) m.set(v.code, k);
    }
    codeIndex.set(known, m);
  }
  return m;
}

function byName(
  s: string,
  known: ReadonlySet<string>,
  aliases?: DistrictAliases,
): DistrictMatch | null {
  const byCode = knownByCode(known);
  const full = divisionNamed(s);
  if (full) {
    const name = knownName(full, known, byCode);
    return { district: name, via: 'name' };
  }
  const short = divisionShort(s);
  if (short) return { district: knownName(short, known, byCode), via: 'short' };
  const former = formerNamed(s);
  if (former) {
    const now = divisionNamed(former.now) as Division;
    return formerMatch(knownName(now, known, byCode), former.name, former);
  }
  const alias = aliases?.get(s);
  if (alias !== undefined && alias !== s) {
    const m = byName(alias, known);
    return m && { ...m, via: 'alias' };
  }
  const roman = divisionRomanised(s);
  if (roman) return { district: knownName(roman, known, byCode), via: 'alias' };
  // A district the workbook knows, written without its 区/县 (also outside Chongqing).
  for (const suffix of ['区', '县'])
    if (known.has(s + suffix)) return { district: s + suffix, via: 'short' };
  return null;
}

function formerMatch(
  district: string,
  name: string,
  f: { year: number; merged?: true },
  code?: string,
): DistrictMatch {
  const m: DistrictMatch = { district, via: 'former', former: name, year: f.year };
  if (f.merged) m.merged = true;
  if (code !== undefined) m.code = code;
  return m;
}

function byCode(code: string, known: ReadonlySet<string>): DistrictMatch | null {
  const v = divisionCoded(code);
  if (v) return { district: knownName(v, known, knownByCode(known)), via: 'code', code };
  const f = formerCoded(code);
  if (!f) return null;
  const now = divisionNamed(f.now) as Division;
  return formerMatch(knownName(now, known, knownByCode(known)), f.name, f, code);
}

/**
 * The district a cell names. A name the workbook knows wins over everything (a planner may keep a
 * 全市 column on purpose); then totals labels; then codes, names, short, former and other names.
 * null: not recognised (the caller keeps the text as written, an unknown district to offer).
 */
export function matchDistrict(
  text: string,
  known: ReadonlySet<string>,
  aliases?: DistrictAliases,
): MatchResult {
  const raw = text.trim();
  if (raw === '') return null;
  if (known.has(raw)) return { district: raw, via: 'name' };
  const total = totalLabel(raw);
  if (total !== null) return { total };
  const s = toHalfWidth(raw)
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
  const code = CODE.exec(s);
  // 500000 is the city itself: a totals row of a table keyed by codes.
  if (code?.[1] === CITY.code) return { total: raw };
  if (code) return byCode(code[1] as string, known);
  const both = CODE_FIRST.exec(s) ?? swap(CODE_LAST.exec(s));
  if (both) {
    const [, num, name] = both as unknown as [string, string, string];
    if (num === CITY.code && totalLabel(name) !== null) return { total: raw };
    const fromCode = byCode(num, known);
    const fromName = byName(name.trim(), known, aliases);
    if (fromCode && fromName && fromCode.district !== fromName.district)
      return { conflict: { code: num, codeDistrict: fromCode.district, named: name.trim() } };
    // The code decides; a name the code list does not know (a typo) does not hide it.
    if (fromCode) return fromCode;
    return fromName;
  }
  // "Jiangjin District" keeps its space; "江 津 区" (padded to a column's width) loses it.
  const m = byName(s, known, aliases);
  return m ?? (s.includes(' ') ? byName(s.replace(/ /g, ''), known, aliases) : null);
}

/** "江津区 500116" read as [_, code, name], like "500116 江津区". */
function swap(m: RegExpExecArray | null): string[] | null {
  return m ? [m[0], m[2] as string, m[1] as string] : null;
}
