// Files for e2e/import-shapes.spec.ts, made by code: the statistical-table shapes planners
// bring in (a statistics-bureau CSV, merged-header and cover-sheet workbooks, an old .xls).
import * as XLSX from '@e965/xlsx';
import { encodeGb18030 } from '../src/io/testing/gb18030';
import { workbookBytes } from '../src/io/testing/workbooks';

export const LIT = '居民健康素养水平';
export const LIFE = '人均预期寿命';

/** 分省年度数据 as the statistics database exports it: titles, header, a 全市 row, notes. */
export function bureauCsv(): Uint8Array {
  return encodeGb18030(
    [
      '数据库：区县年度数据',
      `指标：${LIT}(%)`,
      '时间：最近3年',
      '地区,2024年,2023年,2022年',
      '江津区,35.2,33.5,30.1',
      '黔江区,—,25.1,22.0',
      '全市,30.0,28.0,26.0',
      '注：— 表示无数据。',
      '数据来源：区县卫生健康统计年鉴',
    ].join('\r\n') + '\r\n',
  );
}

function book(sheets: [string, XLSX.WorkSheet][]): XLSX.WorkBook {
  const wb = XLSX.utils.book_new();
  for (const [name, ws] of sheets) XLSX.utils.book_append_sheet(wb, ws, name);
  return wb;
}

/** Regions × years with a merged two-row header, a hidden row, a 合计 row and a note. */
export function mergedXlsx(): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ['地区', `${LIFE}(岁)`, null],
    [null, '2024年', '2023年'],
    ['江津区', 80.6, 80.14],
    ['黔江区', 78.2, '—'],
    ['大足区', 79.9, 79.5],
    ['合计', 79.6, 79.8],
    ['注：— 表示无数据。'],
  ]);
  ws['!merges'] = [
    { s: { r: 0, c: 0 }, e: { r: 1, c: 0 } },
    { s: { r: 0, c: 1 }, e: { r: 0, c: 2 } },
  ];
  ws['!rows'] = [{}, {}, {}, {}, { hidden: true }];
  const notes = XLSX.utils.aoa_to_sheet([['说明'], ['本表由区卫生健康委整理']]);
  const wb = book([
    ['数据', ws],
    ['说明', notes],
  ]);
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer);
}

/** Indicators × years for one district, as an old Excel .xls (BIFF8). */
export function districtXls(): Uint8Array {
  const ws = XLSX.utils.aoa_to_sheet([
    ['指标', '2024年', '2023年'],
    [`${LIT}(%)`, 31.6, 30.2],
    [`${LIFE}（岁）`, 79.6, 79.2],
  ]);
  return new Uint8Array(
    XLSX.write(book([['Sheet1', ws]]), { type: 'buffer', bookType: 'biff8' }) as Buffer,
  );
}

export const COVER = '重庆市区县卫生健康统计资料（2024）';

/** A yearbook as districts send it: a cover sheet (one title cell), then 表1 and 表2. */
export function coverXlsx(): Uint8Array {
  return workbookBytes(
    [
      { name: '封面', rows: [[COVER], [null, '重庆市卫生健康委员会 编']] },
      {
        name: '表1',
        rows: [
          [`指标：${LIFE}(岁)`],
          ['地区', '2021年', '2020年'],
          ['江津区', 78.1, 77.9],
          ['黔江区', 76.4, 76.2],
        ],
      },
      {
        name: '表2',
        rows: [
          ['地区', '2021年'],
          ['江津区', 1],
        ],
      },
    ],
    'xlsx',
  );
}

/** A statistics-bureau table of an indicator the workbook lacks, one row a district it lacks. */
export function populationCsv(): Uint8Array {
  return encodeGb18030(
    [
      '指标：年末常住人口(万人)',
      '地区,2024年,2023年',
      '江津区,140.1,139.8',
      '黔江区,48.7,48.5',
      '某新区,30.2,30.0',
    ].join('\r\n') + '\r\n',
  );
}

/** A long file with 40 rows, each with a problem or a warning, and a new district. */
export function manyWarningsCsv(): Uint8Array {
  const lines = ['区县,指标,单位,年份,类型,数值'];
  for (let i = 0; i < 40; i++)
    lines.push(
      `${i % 2 ? '江津区' : `新区${i}`},${LIT},%,${2000 + i},实际,${i % 3 ? '很高' : 30 + i}`,
    );
  return new TextEncoder().encode(lines.join('\n'));
}
