import { describe, expect, it } from 'vitest';
import { absentMark } from './derivedAbsent';
import { formulaPreview } from './formulaPreview';
import { tableFrom } from './table';
import { formulaEntry, perThousandOf, plainEntry, testCatalog, testObservation } from './testRows';

const catalog = testCatalog(
  plainEntry('床位数', '张'),
  plainEntry('常住人口', '万人'),
  formulaEntry('每千人口床位数', '张', perThousandOf('床位数', '常住人口')),
);

describe('a formula indicator with no input in any year', () => {
  it('names the numerator as missing and lists each input as not found', () => {
    const mark = absentMark(tableFrom([]), catalog, '每千人口床位数', '江津区');
    expect(mark?.reason).toEqual({ code: 'missingNumerator', name: '床位数' });
    expect(mark?.inputs.map((i) => [i.indicator, i.value, i.obsId])).toEqual([
      ['床位数', null, null],
      ['常住人口', null, null],
    ]);
  });

  it('names the denominator when only it is absent', () => {
    const beds = testObservation({
      id: 'b',
      district: '江津区',
      indicator: '床位数',
      unit: '张',
      value: 10,
    });
    const mark = absentMark(tableFrom([beds]), catalog, '每千人口床位数', '江津区');
    expect(mark?.reason).toEqual({ code: 'missingDenominator', name: '常住人口' });
  });

  it('the preview says the same reason as the grid (not “no data”)', () => {
    const [row] = formulaPreview(tableFrom([]), catalog, '每千人口床位数', ['江津区']);
    expect(row?.reason).toEqual({ code: 'missingNumerator', name: '床位数' });
  });

  it('is null for a plain indicator', () => {
    expect(absentMark(tableFrom([]), catalog, '床位数', '江津区')).toBeNull();
  });
});
