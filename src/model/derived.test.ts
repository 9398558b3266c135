import { describe, expect, it } from 'vitest';
import { isDerivedId, roundDerived, withDerived } from './derived';
import { formulaProblems, orderedFormulas } from './formulaCheck';
import { indexChunk, seriesKey } from './series';
import { applyRowChanges, tableFrom } from './table';
import { testCatalog, testObservation } from './testRows';
import { formulaEntry, num, op, perThousandOf, plainEntry, ref } from './testRows';
import type { Observation } from './types';

const POP = plainEntry('人口', '万人');
const PLACES = plainEntry('婴幼儿托位总数', '个');
const perThousand = (earlierDenominator = false) => ({
  ...formulaEntry('每千人口托位数（算）', '个', perThousandOf('婴幼儿托位总数', '人口'), {
    earlierDenominator,
  }),
  direction: 'higher' as const,
});

let n = 0;
const row = (f: Partial<Observation>) => testObservation({ id: `t${++n}`, ...f });

describe('derived values', () => {
  it('computes per 1,000 from 万人 as people, rounded to two decimals, traced to its inputs', () => {
    const table = tableFrom([
      row({ indicator: '人口', unit: '万人', value: 150, source: 'a.txt', quote: '150万' }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 3748, source: 'a.txt' }),
    ]);
    const cat = testCatalog(POP, PLACES, perThousand());
    const out = withDerived(table, cat).chunks.get('江津区') ?? [];
    const d = out.find((o) => o.indicator === '每千人口托位数（算）');
    expect(d?.value).toBe(2.5);
    expect(isDerivedId(d?.id)).toBe(true);
    expect(d?.derived?.reason).toBeNull();
    expect(d?.derived?.inputs.map((i) => [i.indicator, i.value, i.year, i.quote])).toEqual([
      ['婴幼儿托位总数', 3748, 2023, ''],
      ['人口', 150, 2023, '150万'],
    ]);
  });

  it('says 缺分母 when the population is missing that year, and uses an earlier year only when allowed', () => {
    const rows = [
      row({ indicator: '人口', unit: '万人', value: 150, year: 2022 }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 3000, year: 2023 }),
    ];
    const rate = (o: Observation, year: number) =>
      o.indicator === '每千人口托位数（算）' && o.year === year;
    const strict = withDerived(tableFrom(rows), testCatalog(POP, PLACES, perThousand()));
    const d = strict.chunks.get('江津区')?.find((o) => rate(o, 2023));
    expect(d?.value).toBeNull();
    expect(d?.derived?.reason).toEqual({ code: 'missingDenominator', name: '人口' });
    // 2022 has the population but no places: said as such, not left out.
    const before = strict.chunks.get('江津区')?.find((o) => rate(o, 2022));
    expect(before?.derived?.reason).toEqual({ code: 'missingNumerator', name: '婴幼儿托位总数' });
    const lag = withDerived(tableFrom(rows), testCatalog(POP, PLACES, perThousand(true)));
    const e = lag.chunks.get('江津区')?.find((o) => rate(o, 2023));
    expect(e?.value).toBe(2);
    expect(e?.derived?.inputs[1]).toMatchObject({ year: 2022, earlier: true });
  });

  it('recomputes only the edited district: other chunks stay the same arrays', () => {
    const rows = ['江津区', '大足区'].flatMap((district) => [
      row({ district, indicator: '人口', unit: '万人', value: 100 }),
      row({ district, indicator: '婴幼儿托位总数', unit: '个', value: 300 }),
    ]);
    const cat = testCatalog(POP, PLACES, perThousand());
    const t1 = tableFrom(rows);
    const a = withDerived(t1, cat);
    const dazu = t1.chunks.get('大足区') ?? [];
    const t2 = {
      ...t1,
      chunks: new Map([...t1.chunks, ['江津区', [rows[0]!, { ...rows[1]!, value: 600 }]]]),
    };
    const b = withDerived(t2, cat);
    expect(b.chunks.get('大足区')).toBe(a.chunks.get('大足区'));
    expect(b.chunks.get('江津区')).not.toBe(a.chunks.get('江津区'));
    expect(withDerived(t1, cat)).toBe(a);
    expect(dazu.length).toBe(2);
    expect(b.chunks.get('江津区')?.find((o) => o.derived)?.value).toBe(0.6);
  });

  it('orders formulas over formulas, and leaves out circles and unknown names with their reasons', () => {
    const twice = formulaEntry('两倍', '个', op('*', ref('每千人口托位数（算）'), num(2)));
    const loopA = formulaEntry('甲', '个', ref('乙'));
    const loopB = formulaEntry('乙', '个', ref('甲'));
    const ghost = formulaEntry('丙', '个', ref('无此指标'));
    const cat = testCatalog(twice, POP, PLACES, perThousand(), loopA, loopB, ghost);
    expect(orderedFormulas(cat).map((e) => e.indicator)).toEqual(['每千人口托位数（算）', '两倍']);
    const problems = formulaProblems(cat);
    expect(problems.get('甲')?.code).toBe('formulaCycle');
    expect(problems.get('丙')).toEqual({ code: 'formulaUnknownName', name: '无此指标' });
    const table = tableFrom([
      row({ indicator: '人口', unit: '万人', value: 150 }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 3748 }),
    ]);
    const d = withDerived(table, cat)
      .chunks.get('江津区')
      ?.find((o) => o.indicator === '两倍');
    expect(d?.value).toBe(5);
  });

  it('a stored actual of a formula indicator is not shown: the formula defines its values', () => {
    const table = tableFrom([
      row({ indicator: '每千人口托位数（算）', unit: '个', value: 99 }),
      row({ indicator: '人口', unit: '万人', value: 150 }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 3748 }),
    ]);
    const cat = testCatalog(POP, PLACES, perThousand());
    const mine = withDerived(table, cat)
      .chunks.get('江津区')
      ?.filter((o) => o.indicator === '每千人口托位数（算）');
    expect(mine?.map((o) => o.value)).toEqual([2.5]);
  });

  it('rounds to two decimals, or three significant digits for small values', () => {
    expect(roundDerived(2.4986666666666668)).toBe(2.5);
    expect(roundDerived(0.0012345)).toBe(0.00123);
    expect(roundDerived(-0.0000001)).toBe(-0.0000001);
    expect(roundDerived(1234.567)).toBe(1234.57);
  });

  it('after a typed edit: keeps the derived rows when no formula reads it, recomputes when one does', () => {
    const OTHER = plainEntry('床位数', '张');
    const cat = testCatalog(POP, PLACES, OTHER, perThousand());
    const rows = [
      row({ indicator: '人口', unit: '万人', value: 100 }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 300 }),
      row({ indicator: '床位数', unit: '张', value: 80 }),
    ];
    const t1 = tableFrom(rows);
    const a = withDerived(t1, cat).chunks.get('江津区') ?? [];
    const edit = (t: typeof t1, i: number, value: number) =>
      applyRowChanges(t, [{ before: t.chunks.get('江津区')![i]!, after: { ...rows[i]!, value } }]);
    const derivedOf = (c: readonly Observation[]) => c.filter((o) => o.derived);
    // 床位数 is read by no formula: the same derived rows, the index equal to a fresh one.
    const t2 = edit(t1, 2, 90);
    const b = withDerived(t2, cat).chunks.get('江津区') ?? [];
    expect(derivedOf(b)).toEqual(derivedOf(a));
    expect(derivedOf(b)[0]).toBe(derivedOf(a)[0]);
    expect(b.find((o) => o.indicator === '床位数')?.value).toBe(90);
    expect([...indexChunk(b).entries()]).toEqual([...indexChunk([...b]).entries()]);
    // 人口 is the denominator: recomputed.
    const t3 = edit(t2, 0, 200);
    const c = withDerived(t3, cat).chunks.get('江津区') ?? [];
    expect(derivedOf(a)[0]?.value).toBe(0.3);
    expect(derivedOf(c)[0]?.value).toBe(0.15);
    expect([...indexChunk(c).entries()]).toEqual([...indexChunk([...c]).entries()]);
  });

  it('hands the views the augmented chunk already indexed, equal to indexing it afresh', () => {
    const table = tableFrom([
      row({ indicator: '人口', unit: '万人', value: 150, year: 2022 }),
      row({ indicator: '人口', unit: '万人', value: 151 }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 3000, year: 2022 }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 3748 }),
    ]);
    const chunk = withDerived(table, testCatalog(POP, PLACES, perThousand())).chunks.get('江津区');
    const primed = indexChunk(chunk ?? []);
    const fresh = indexChunk([...(chunk ?? [])]);
    expect([...primed.entries()]).toEqual([...fresh.entries()]);
    expect(primed.get(seriesKey('每千人口托位数（算）', '', 'actual'))?.map((o) => o.year)).toEqual(
      [2022, 2023],
    );
  });

  it('computes an institution’s scope only where every input is reported for it', () => {
    const table = tableFrom([
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 50, scope: '某卫生院' }),
      row({ indicator: '人口', unit: '万人', value: 2, scope: '某街道' }),
      row({ indicator: '人口', unit: '万人', value: 1.5, scope: '某街道', year: 2022 }),
      row({ indicator: '婴幼儿托位总数', unit: '个', value: 30, scope: '某街道' }),
    ]);
    const rows = withDerived(table, testCatalog(POP, PLACES, perThousand())).chunks.get('江津区');
    const mine = (rows ?? []).filter((o) => o.derived);
    expect(mine.map((o) => [o.scope, o.year, o.value])).toEqual([
      ['某街道', 2022, null],
      ['某街道', 2023, 1.5],
    ]);
  });
});
