// Text saved the ways Chinese offices save it: UTF-8 with or without a BOM, GB18030 (Excel/WPS
// "CSV" on Chinese Windows), UTF-16 LE/BE with a BOM (Excel's "Unicode text"). See README.md.
import { encodeGb18030 } from './gb18030';

export type SavedAs = 'utf-8' | 'utf-8-bom' | 'gb18030' | 'utf-16le' | 'utf-16be';

export function encodeAs(text: string, as: SavedAs): Uint8Array {
  if (as === 'utf-8') return new TextEncoder().encode(text);
  if (as === 'utf-8-bom') return new TextEncoder().encode('\uFEFF' + text);
  if (as === 'gb18030') return encodeGb18030(text);
  const units = '\uFEFF' + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[as === 'utf-16le' ? 2 * i : 2 * i + 1] = c & 0xff;
    out[as === 'utf-16le' ? 2 * i + 1 : 2 * i] = c >> 8;
  }
  return out;
}

/** The national statistics database's download: title lines, header, regions × years, notes. */
export const STATS_BUREAU_ROWS: readonly (readonly string[])[] = [
  ['数据库：分省年度数据'],
  ['指标：年末常住人口(万人)'],
  ['时间：最近3年'],
  ['地区', '2024年', '2023年', '2022年'],
  ['北京市', '2183', '2185.8', '2184.3'],
  ['重庆市', '3190.47', '3191.43', '3213.34'],
  ['四川省', '8364', '8368', '8374'],
  ['注：年末常住人口为抽样调查推算数。'],
  ['数据来源：国家统计局'],
];

/**
 * The statistics-bureau table as a file: cells joined by `delimiter`, line i ended by
 * `newline(i)` (so CRLF, LF, CR and mixtures), then encoded.
 */
export function statsBureauFile(
  as: SavedAs,
  newline: (i: number) => string = () => '\r\n',
  delimiter = ',',
): Uint8Array {
  const text = STATS_BUREAU_ROWS.map((r, i) => r.join(delimiter) + newline(i)).join('');
  return encodeAs(text, as);
}
