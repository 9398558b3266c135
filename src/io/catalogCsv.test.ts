import { describe, expect, it } from 'vitest';
import { catalogFromCsvRecords } from './catalogCsv';
import { parseCsv } from './csv';

const HEADER =
  'indicator,name_en,unit,direction,min,max,category,formula,earlier_denominator,definition,standard';

describe('catalogFromCsvRecords', () => {
  it('reads a row with an empty formula column as an ordinary indicator', () => {
    const text = [
      HEADER,
      '床位数,Beds,张,neutral,0,,资源与投入,,,,',
      '常住人口,Resident population,万人,neutral,0,,基本情况,,,,',
      '每千人口床位数（算）,Beds per 1000,张,neutral,0,,资源与投入,床位数 ÷ 常住人口 × 1000,1,口径,',
    ].join('\n');
    const res = catalogFromCsvRecords(parseCsv(text).records);
    if (!res.ok) throw new Error(JSON.stringify(res.reason));
    expect(res.value.get('床位数')?.formula).toBeUndefined();
    expect(res.value.get('常住人口')?.unit).toBe('万人');
    expect(res.value.get('每千人口床位数（算）')?.formula?.earlierDenominator).toBe(true);
  });
});
