import { describe, expect, it } from 'vitest';
import { divisorNames, formulaPreview, zeroDivisors } from './formulaPreview';
import { tableFrom } from './table';
import { formulaEntry, perThousandOf, plainEntry, testObservation } from './testRows';
import type { Catalog } from './types';

const AST = perThousandOf('床位数', '常住人口');
const catalog: Catalog = new Map([
  ['床位数', plainEntry('床位数', '张')],
  ['常住人口', plainEntry('常住人口', '万人')],
  ['每千人口床位数', formulaEntry('每千人口床位数', '张', AST)],
]);
let n = 0;
const row = (district: string, indicator: string, year: number, value: number) =>
  testObservation({
    id: `r${++n}`,
    district,
    indicator,
    unit: catalog.get(indicator)?.unit ?? '',
    year,
    value,
    kind: 'actual',
    scope: '',
  });

describe('formula preview', () => {
  it('gives each district its latest computed value, else the reason and the year', () => {
    const table = tableFrom([
      row('江津区', '床位数', 2023, 3000),
      row('江津区', '常住人口', 2023, 150),
      row('江津区', '床位数', 2024, 3100),
      row('荣昌区', '床位数', 2024, 500),
    ]);
    const rows = formulaPreview(table, catalog, '每千人口床位数', ['江津区', '荣昌区', '大足区']);
    expect(rows[0]).toEqual({ district: '江津区', year: 2023, value: 2, reason: null });
    expect(rows[1]).toMatchObject({
      district: '荣昌区',
      year: 2024,
      value: null,
      reason: { code: 'missingDenominator', name: '常住人口' },
    });
    // No input in any year: the reason the grid shows (缺分子), not “no data”.
    expect(rows[2]).toEqual({
      district: '大足区',
      year: null,
      value: null,
      reason: { code: 'missingNumerator', name: '床位数' },
    });
  });

  it('names stored zeros a divisor would read', () => {
    expect(divisorNames(AST)).toEqual(['常住人口']);
    const table = tableFrom([row('荣昌区', '常住人口', 2022, 0), row('荣昌区', '床位数', 2022, 0)]);
    expect(zeroDivisors(table, AST)).toEqual([
      { district: '荣昌区', indicator: '常住人口', year: 2022 },
    ]);
  });
});
