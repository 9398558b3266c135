import { describe, expect, it } from 'vitest';
import { noDataMark, totalLabel } from './marks';

describe('noDataMark', () => {
  it.each(['—', '–', '-', '--', '——', '…', '……', '...', '／', '/', 'x', 'X', '×', '*', '＊', '－'])(
    '%s is a no-data mark, kept as written',
    (mark) => {
      expect(noDataMark(mark)).toBe(mark);
      expect(noDataMark(` ${mark}\u3000`)).toBe(mark);
    },
  );

  it('an empty or blank cell is the empty mark', () => {
    expect(noDataMark('')).toBe('');
    expect(noDataMark('  ')).toBe('');
  });

  it.each(['0', '-1', '12.5', '≥95', '很高', 'x1', '2*3', '/x', '-5', 'n'])(
    '%s is not a mark',
    (text) => expect(noDataMark(text)).toBeNull(),
  );
});

describe('totalLabel', () => {
  it.each([
    '合计',
    '总计',
    '全市',
    '全区',
    '全县',
    '小计',
    '总体',
    '重庆市',
    '重庆',
    '全市合计',
    '区县合计',
    '主城都市区',
    'Total',
    'TOTAL',
    'Subtotal',
    'Grand total',
    'Chongqing',
  ])('%s is a totals label', (label) => {
    expect(totalLabel(label)).toBe(label);
  });

  it('spaces padding a label to its column are ignored, the label is kept as written', () => {
    expect(totalLabel('合　计')).toBe('合　计');
    expect(totalLabel(' 总  计 ')).toBe('总  计');
  });

  it.each(['江津区', '江津', '万盛经开区', '合川区', '全科医生数', '', 'totals of x'])(
    '%s is not a totals label',
    (text) => expect(totalLabel(text)).toBeNull(),
  );
});
