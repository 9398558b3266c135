// A formula indicator in the across-districts chart: a computed value is a bar, one that could
// not be computed is a gap (never 0) whose tooltip says why, and the source line cites inputs.
import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import { testCatalog, testObservation } from '../model/testRows';
import { formulaEntry, perThousandOf, plainEntry } from '../model/testRows';
import { selectChartInput } from '../state/selectors';
import { initialState, setUi, type AppState } from '../state/state';
import { indicatorAcrossDistricts } from './specs';

const RATE = '每千人口托位数（算）';
const higher = { direction: 'higher' } as const;
const catalog = testCatalog(
  plainEntry('人口', '万人', higher),
  plainEntry('婴幼儿托位总数', '个', higher),
  { ...formulaEntry(RATE, '个', perThousandOf('婴幼儿托位总数', '人口')), ...higher },
);
const state = (): AppState =>
  setUi(
    {
      ...initialState(catalog, ['江津区', '黔江区'], 't-'),
      table: tableFrom([
        testObservation({
          id: 'a',
          indicator: '人口',
          unit: '万人',
          value: 150,
          source: 'r.txt',
          quote: 'q',
        }),
        testObservation({
          id: 'b',
          indicator: '婴幼儿托位总数',
          unit: '个',
          value: 3748,
          source: 'r.txt',
          quote: 'q',
        }),
        testObservation({
          id: 'c',
          district: '黔江区',
          indicator: '婴幼儿托位总数',
          unit: '个',
          value: 1200,
          source: 'r2.txt',
          quote: 'q',
        }),
      ]),
      storage: 'memory',
    },
    { indicator: RATE, scope: '' },
  );

describe('a formula indicator in the across chart', () => {
  it('draws the computed value, leaves a gap where it cannot be computed, and says why', () => {
    const spec = indicatorAcrossDistricts(selectChartInput(state()));
    expect(spec.values).toEqual([2.5, null]);
    expect(spec.valueTexts[0]).toContain('由公式计算');
    expect(spec.valueTexts[1]).toBe('缺分母');
    // Cited through its inputs' reports, not as a hand entry.
    expect(spec.sourceLine).toContain('1 份');
    expect(spec.sourceLine).not.toContain('手工');
  });
});
