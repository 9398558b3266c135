// Statistical-table fixtures made by code: the shapes planners download from statistics
// bureaus (title lines, a regions × years table, notes), for unit and e2e tests.
import { encodeGb18030 } from './gb18030';

/** The figures in `statBureauExport`, by district and year (万人); null where the file has —. */
export const STAT_POPULATION: Record<string, Record<2024 | 2023 | 2022, number | null>> = {
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

/**
 * A web page saved with an .xls name, as many government sites serve "Excel" downloads: GBK,
 * a merged title row, the regions × years table and a note row.
 */
export function htmlTableXls(): Uint8Array {
  const row = (cells: readonly (string | number | null)[]) =>
    `<tr>${cells.map((c) => `<td>${c ?? '—'}</td>`).join('')}</tr>`;
  const body = [
    '<tr><td colspan="4">指标：年末常住人口(万人)</td></tr>',
    row(['地区', '2024年', '2023年', '2022年']),
    row(['重庆市', 3190.47, 3191.43, 3213.34]),
    ...Object.entries(STAT_POPULATION).map(([d, v]) => row([d, v[2024], v[2023], v[2022]])),
    '<tr><td colspan="4">数据来源：重庆市统计局</td></tr>',
  ];
  const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body><table border="1">${body.join('')}</table></body></html>`;
  return encodeGb18030(html);
}

/** The same table as an Excel 2003 XML Spreadsheet (UTF-8), the other common ".xls" download. */
export function spreadsheetMl(): Uint8Array {
  const cell = (c: string | number | null) =>
    typeof c === 'number'
      ? `<Cell><Data ss:Type="Number">${c}</Data></Cell>`
      : `<Cell><Data ss:Type="String">${c ?? '—'}</Data></Cell>`;
  const row = (cells: readonly (string | number | null)[]) =>
    `<Row>${cells.map(cell).join('')}</Row>`;
  const rows = [
    row(['指标：年末常住人口(万人)']),
    row(['地区', '2024年', '2023年', '2022年']),
    ...Object.entries(STAT_POPULATION).map(([d, v]) => row([d, v[2024], v[2023], v[2022]])),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<?mso-application progid="Excel.Sheet"?>
<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">
<Worksheet ss:Name="常住人口"><Table>${rows.join('')}</Table></Worksheet>
</Workbook>`;
  return new TextEncoder().encode(xml);
}
