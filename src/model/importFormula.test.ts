// A formula indicator's actual values are computed, never imported: such a row is skipped with
// its reason, while its targets (stored like any indicator's) are taken.
import { describe, expect, it } from 'vitest';
import { buildPlan } from './importPlan';
import { auto, catalog, ctx, rowsOf } from './shape/testPlan';
import { formulaEntry, num, op, ref } from './testRows';
import type { Catalog } from './types';

const RATE = '每千人口托位数（算）';
const withFormula: Catalog = new Map([
  ...catalog,
  [
    RATE,
    {
      ...formulaEntry(RATE, '个', op('/', ref('人口'), num(1))),
      direction: 'higher',
      category: '妇幼与托育',
    },
  ],
]);

describe('importing a formula indicator', () => {
  it('skips its actual values with the reason and takes its targets', () => {
    const text = [
      '区县,指标,单位,年份,类型,数值',
      `江津区,${RATE},个,2023,实际,2.5`,
      `江津区,${RATE},个,2025,目标,4.5`,
      '江津区,人口,万人,2023,实际,150',
    ].join('\n');
    const r = buildPlan(rowsOf(text), auto, { ...ctx, catalog: withFormula });
    if (!r.ok) throw new Error(JSON.stringify(r.reason));
    const taken = r.plan.rows.map((x) => `${x.obs.indicator}|${x.obs.kind}`);
    expect(taken).toEqual([`${RATE}|target`, '人口|actual']);
    expect(r.plan.skipped).toEqual([{ code: 'formulaComputed', indicator: RATE, line: 2 }]);
  });
});
