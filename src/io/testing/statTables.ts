// Statistical-table fixtures made by code: the shapes planners download from statistics
// bureaus (title lines, a regions × years table, notes), for unit and e2e tests.
import { encodeGb18030 } from './gb18030';

/** The figures in `statBureauExport`, by district and year (万人); null where the file has —. */
export const STAT_POPULATION: Record<string, Record<number, number | null>> = {
  江津区: { 2024: 134.87, 2023: 135.66, 2022: 136.02 },
  黔江区: { 2024: 48.74, 2023: 48.71, 2022: null },
  大足区: { 2024: 82.77, 2023: 83.17, 2022: 83.55 },
  荣昌区: { 2024: 66.82, 2023: 67.15, 2022: 67.4 },
  九龙坡区: { 2024: 155.68, 2023: 154.66, 2022: 153.9 },
};

/**
 * A national-database style download ("分省年度数据" as a district table), saved by Chinese
 * Excel: GB18030, CRLF, three title lines, a 重庆市 totals row, a — cell and two note lines.
 */
export function statBureauExport(): Uint8Array {
  const lines = [
    '数据库：区县年度数据',
    '指标：年末常住人口(万人)',
    '时间：最近3年',
    '地区,2024年,2023年,2022年',
    '重庆市,3190.47,3191.43,3213.34',
    ...Object.entries(STAT_POPULATION).map(([d, v]) =>
      [d, v[2024], v[2023], v[2022] ?? '—'].join(','),
    ),
    '注：2022年黔江区数据暂缺。',
    '数据来源：重庆市统计局',
  ];
  return encodeGb18030(lines.join('\r\n') + '\r\n');
}
