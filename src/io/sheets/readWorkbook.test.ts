import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Sheet } from '../../model/sheet';
import * as wx from '../testing/workbooks';
import { fileKind } from './fileKind';
import { MAX_SHEET_CELLS, readMarkup, readWorkbook } from './readWorkbook';

const KINDS = ['xlsx', 'xls'] as const;

async function sheets(bytes: Uint8Array): Promise<Sheet[]> {
  const r = await readWorkbook(bytes);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
}
const first = async (bytes: Uint8Array) => (await sheets(bytes))[0] as Sheet;

/** A statistics-bureau style sheet: merged title and headers, a hidden row, a note. */
const bureau: wx.SheetSpec = {
  name: '年度数据',
  rows: [
    ['数据库：分省年度数据', null, null, null],
    ['地区', '年末常住人口(万人)', null, null],
    [null, wx.dateCell(new Date(Date.UTC(2024, 0, 1)), 'yyyy"年"'), 2023, 2022],
    ['重庆市', 3190.47, 3191.43, 3213.34],
    ['江津区', { t: 'n', v: 135.2 }, null, 136.08],
    [],
    ['注：2022年为修订数。', null, null, null],
  ],
  merges: ['A1:D1', 'A2:A3', 'B2:D2'],
  hiddenRows: [5],
  hiddenColumns: [4],
};

describe('readWorkbook: cells as text', () => {
  for (const kind of KINDS) {
    it(`${kind}: merged title and headers hold their spanning value; empty rows dropped, lines kept`, async () => {
      const s = await first(wx.workbookBytes([bureau], kind));
      expect(s.name).toBe('年度数据');
      expect(s.rows).toEqual([
        [
          '数据库：分省年度数据',
          '数据库：分省年度数据',
          '数据库：分省年度数据',
          '数据库：分省年度数据',
        ],
        ['地区', '年末常住人口(万人)', '年末常住人口(万人)', '年末常住人口(万人)'],
        ['地区', '2024-01-01', '2023', '2022'],
        ['重庆市', '3190.47', '3191.43', '3213.34'],
        ['江津区', '135.2', '', '136.08'],
        ['注：2022年为修订数。', '', '', ''],
      ]);
      expect(s.lines).toEqual([1, 2, 3, 4, 5, 7]);
      expect(s.merged).toBe(3);
      expect(s.hiddenRows).toEqual([5]);
      expect(s.hiddenColumns).toEqual([4]);
    });

    it(`${kind}: raw numbers, not their formatted text; formulas as cached values`, async () => {
      const s = await first(
        wx.workbookBytes(
          [
            {
              name: 'S',
              rows: [
                [
                  { t: 'n', v: 0.123, z: '0.0' },
                  { t: 'n', v: 1234.5, z: '#,##0' },
                ],
                [
                  { t: 'n', v: 5, f: 'A1+A2' },
                  { t: 'n', v: 0.1 + 0.2, f: '0.1+0.2' },
                ],
                [12345678901234.5, 1e21],
                [1.5e-7, -0],
                [
                  { t: 'n', v: 32.22, z: '0.00"%"' },
                  { t: 'n', v: 690000, z: '0,"万"' },
                ],
              ],
            },
          ],
          kind,
        ),
      );
      expect(s.rows).toEqual([
        ['0.123', '1234.5'],
        ['5', '0.3'],
        ['12345678901234.5', '1000000000000000000000'],
        ['0.00000015', '0'],
        ['32.22', '690000'],
      ]);
    });

    it(`${kind}: a percent-formatted number reads as the percent Excel shows, in every digit`, async () => {
      const pct = (v: number, z: string) => ({ t: 'n' as const, v, z });
      const s = await first(
        wx.workbookBytes(
          [
            {
              name: 'S',
              rows: [
                [pct(0.3522, '0.00%'), pct(0.335, '0%'), pct(1, '0.0%'), pct(0.000123, '0.00%')],
                [pct(-0.055, '0.0%'), pct(0, '0%'), pct(12.5, '0%'), pct(0.1 + 0.2, '0.00%')],
                [pct(0.123456789, '0.00%'), pct(35.22, '0.00"%"'), pct(35.22, '0.00\\%'), 0.3522],
                [pct(0.5, '0.00%;[Red]-0.00%'), pct(-0.5, '0;-0.0%'), pct(0.5, '[Blue]0.0%')],
              ],
            },
          ],
          kind,
        ),
      );
      expect(s.rows).toEqual([
        ['35.22%', '33.5%', '100%', '0.0123%'],
        ['-5.5%', '0%', '1250%', '30%'],
        ['12.3456789%', '35.22', '35.22', '0.3522'],
        ['50%', '-50%', '50%', ''],
      ]);
    });

    it(`${kind}: dates as ISO days, booleans and errors as Excel writes them`, async () => {
      const day = new Date(Date.UTC(2024, 11, 31));
      const s = await first(
        wx.workbookBytes(
          [
            {
              name: 'S',
              rows: [
                [day, wx.dateCell(day, 'yyyy"年"m"月"d"日"'), wx.dateCell(day, 'yyyy"年"')],
                [true, false, { t: 'e', v: 0x07, w: '#DIV/0!' }],
                [{ t: 'e', v: 0x2a }, wx.dateCell(new Date(Date.UTC(2024, 5, 1, 12, 30))), ''],
              ],
            },
          ],
          kind,
        ),
      );
      expect(s.rows).toEqual([
        ['2024-12-31', '2024-12-31', '2024-12-31'],
        ['TRUE', 'FALSE', '#DIV/0!'],
        ['#N/A', '2024-06-01 12:30:00', ''],
      ]);
    });

    it(`${kind}: every sheet, in order, each with its own rows`, async () => {
      const list = await sheets(
        wx.workbookBytes(
          [
            { name: '封面', rows: [] },
            {
              name: '数据',
              rows: [
                ['区县', '数值'],
                ['江津区', 1],
              ],
            },
            { name: '说明', rows: [[null], ['注：…']] },
          ],
          kind,
        ),
      );
      expect(list.map((s) => [s.name, s.rows.length, s.lines])).toEqual([
        ['封面', 0, []],
        ['数据', 2, [1, 2]],
        ['说明', 1, [2]],
      ]);
    });
  }

  it('a merged range with an empty top-left cell fills nothing and is not counted', async () => {
    const s = await first(
      wx.workbookBytes(
        [
          {
            name: 'S',
            rows: [
              [null, 'x'],
              ['a', 'b'],
            ],
            merges: ['A1:A2'],
          },
        ],
        'xlsx',
      ),
    );
    expect(s.rows).toEqual([
      ['', 'x'],
      ['a', 'b'],
    ]);
    expect(s.merged).toBe(0);
  });

  it('a web page table keeps the percent it shows (the library reads 35.22% as 0.3522)', async () => {
    const r = await readMarkup(
      '<table><tr><td>35.22%</td><td>-0.5%</td><td>3.5‰</td><td>0.3522</td></tr></table>',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    expect(r.value[0]?.rows).toEqual([['35.22%', '-0.5%', '3.5‰', '0.3522']]);
  });

  it('hidden rows and columns outside the data are not reported', async () => {
    const s = await first(
      wx.workbookBytes(
        [
          {
            name: 'S',
            rows: [['a', 'b'], [], ['c', 'd']],
            hiddenRows: [2, 9],
            hiddenColumns: [2, 7],
          },
        ],
        'xlsx',
      ),
    );
    expect([s.hiddenRows, s.hiddenColumns]).toEqual([[], [2]]);
  });

  it('a file written by exceljs reads the same', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标');
    ws.addRow(['地区', '2024年', '2023年']);
    ws.addRow(['重庆市', 0.123, { formula: 'B2*2', result: 0.246 }]);
    ws.getCell('B2').numFmt = '0.0%';
    ws.addRow(['合计', new Date(Date.UTC(2024, 0, 1)), 1234.5]);
    ws.getCell('C3').numFmt = '#,##0';
    ws.mergeCells('A4:C4');
    ws.getCell('A4').value = '注：数据来源于统计年鉴';
    ws.getRow(3).hidden = true;
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const s = await first(bytes);
    expect(s.rows).toEqual([
      ['地区', '2024年', '2023年'],
      ['重庆市', '12.3%', '0.246'],
      ['合计', '2024-01-01', '1234.5'],
      ['注：数据来源于统计年鉴', '注：数据来源于统计年鉴', '注：数据来源于统计年鉴'],
    ]);
    expect([s.hiddenRows, s.merged]).toEqual([[3], 1]);
  });
});

describe('readWorkbook: refusals say why', () => {
  it('a damaged, cut-off or foreign zip is an unreadable .xlsx', async () => {
    for (const bytes of [wx.brokenZip(), wx.truncatedXlsx(), wx.plainZip()])
      expect(await readWorkbook(bytes)).toEqual({
        ok: false,
        reason: { code: 'unreadableWorkbook', format: 'xlsx' },
      });
  });

  it('an OLE file that holds no workbook (a .doc renamed) is an unreadable .xls', async () => {
    const garbage = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3]);
    for (const bytes of [wx.oleDocument(), garbage])
      expect(await readWorkbook(bytes)).toEqual({
        ok: false,
        reason: { code: 'unreadableWorkbook', format: 'xls' },
      });
  });

  it('a password-protected workbook says so', async () => {
    expect(await readWorkbook(wx.encryptedXlsx())).toEqual({
      ok: false,
      reason: { code: 'encryptedWorkbook' },
    });
  });

  it('a comment addressed to __proto__ (CVE-2023-30533) pollutes nothing', async () => {
    const s = await first(wx.protoComment());
    expect(s.rows).toEqual([
      ['区县', '数值'],
      ['江津区', '1'],
    ]);
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).t).toBeUndefined();
  });

  it('a sheet merged down to the last row is refused, not filled', async () => {
    const bytes = wx.workbookBytes(
      [
        { name: '小表', rows: [['a']] },
        { name: '大表', rows: [['标题', 'x']], merges: ['A1:B1048576'] },
      ],
      'xlsx',
    );
    expect(await readWorkbook(bytes)).toEqual({
      ok: false,
      reason: { code: 'sheetTooLarge', sheet: '大表', rows: 1, columns: 2, limit: MAX_SHEET_CELLS },
    });
  });
});

describe('fileKind', () => {
  it('by signature, not by name', () => {
    expect(fileKind(wx.workbookBytes([{ name: 'S', rows: [['a']] }], 'xlsx'))).toBe('xlsx');
    expect(fileKind(wx.workbookBytes([{ name: 'S', rows: [['a']] }], 'xls'))).toBe('xls');
    expect(fileKind(wx.encryptedXlsx())).toBe('xls');
    expect(fileKind(new TextEncoder().encode('PK,1\n'))).toBe('csv');
    expect(fileKind(new Uint8Array([0xd0, 0xcf]))).toBe('csv');
    expect(fileKind(new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toBe('csv');
  });
});
