// A unit in brackets at the end of an indicator name: 年末常住人口(万人), 孕产妇死亡率（1/10万）.
// Only a trailing bracket whose content reads as a unit is split off; 执业(助理)医师数 keeps its.
import { BASE_UNITS } from '../extract/units';
import { toHalfWidth } from '../numbers';

const BASES = new Set<string>([...BASE_UNITS, '万', '亿', '千', '百']);
const TRAILING = /^(.*?)\s*[（(【[]\s*([^()（）【】[\]]+?)\s*[)）】\]]$/;
/** A count with a power of ten (10万, 千, 万) and a base (人, 床 …), either part optional. */
const PART = /^(\d*)((?:十|百|千|万|亿)*)(.*)$/;

function isPart(part: string): boolean {
  const m = PART.exec(part);
  if (!m) return false;
  const [, digits = '', mult = '', base = ''] = m;
  if (base === '') return digits !== '' || mult !== '';
  return BASES.has(base);
}

/** 万人, %, ‰, 张/千人, 元/人, 1/10万: parts joined by "/", the first naming what is counted. */
export function isUnit(text: string): boolean {
  const u = toHalfWidth(text).trim();
  if (u === '' || u.length > 8) return false;
  const parts = u.split('/');
  if (parts.length > 2 || !parts.every((p) => p === '' || isPart(p))) return false;
  const first = parts[0] ?? '';
  // The first part names what is counted (人, 万人, %), or is a bare 1 of "1/10万".
  return (
    first === '1' ||
    (first !== '' && !/^\d*$/.test(first) && isPart(first)) ||
    (first === '' && parts.length === 2)
  );
}

export interface NameAndUnit {
  name: string;
  unit: string;
}

/**
 * "年末常住人口(万人)" → 年末常住人口 and 万人; a name without a unit bracket comes back whole
 * with unit ''. A name the catalog knows whole is never split.
 */
export function splitUnit(
  text: string,
  keepWhole: (name: string) => boolean = () => false,
): NameAndUnit {
  const name = text.trim();
  const m = TRAILING.exec(name);
  if (!m || keepWhole(name)) return { name, unit: '' };
  const [, head = '', unit = ''] = m;
  if (head === '' || !isUnit(unit)) return { name, unit: '' };
  return { name: head, unit: toHalfWidth(unit).trim() };
}
