// Ctrl+K's districts: every one of Chongqing's 38 divisions (the 地图 draws them all, with data
// or not) and any other district the workbook has, each with the other names it is found by:
// its GB/T 2260 code and its full romanised name (Jiangjin District, Shizhu Tujia Autonomous County).
import { DIVISIONS, divisionNamed, type Division } from './districtCodes';

export interface DistrictEntry {
  /** The name as the workbook stores it. */
  name: string;
  /** Whether the workbook has it (a district without data has no column, row or rank). */
  inWorkbook: boolean;
  /** Code and full romanised name, for a division. */
  also: string[];
}

// The peoples in the autonomous counties' names, in their official English form.
const PEOPLES: readonly [string, string][] = [
  ['土家族', 'Tujia'],
  ['苗族', 'Miao'],
];

/** Shizhu Tujia Autonomous County, Pengshui Miao and Tujia Autonomous County, Jiangjin District. */
export function romanisedName(d: Division): string {
  if (d.kind === 'district') return `${d.pinyin} District`;
  if (d.kind === 'county') return `${d.pinyin} County`;
  const rest = d.name.slice(d.short.length);
  const peoples = PEOPLES.map(([zh, en]) => [rest.indexOf(zh), en] as const)
    .filter(([at]) => at >= 0)
    .sort((a, b) => a[0] - b[0])
    .map(([, en]) => en);
  return `${d.pinyin} ${peoples.join(' and ')} Autonomous County`;
}

/** The workbook's districts first (in its order), then the divisions it does not have. */
export function districtEntries(workbook: readonly string[]): DistrictEntry[] {
  const have = new Set(workbook);
  const also = (name: string) => {
    const d = divisionNamed(name);
    return d ? [d.code, romanisedName(d)] : [];
  };
  return [
    ...workbook.map((name) => ({ name, inWorkbook: true, also: also(name) })),
    ...DIVISIONS.filter((d) => !have.has(d.name)).map((d) => ({
      name: d.name,
      inWorkbook: false,
      also: also(d.name),
    })),
  ];
}
