import { describe, expect, it } from 'vitest';
import { num, op, perThousandOf, ref } from '../testRows';
import { evaluate, topDivision, type FormulaInput } from './index';

const DOCTORS = '执业(助理)医师数';
const POP = '常住人口';
const per1000 = perThousandOf(DOCTORS, POP);

const inputs =
  (m: Record<string, FormulaInput>) =>
  (name: string): FormulaInput | undefined =>
    new Map(Object.entries(m)).get(name);

describe('evaluate', () => {
  it('computes per-1,000 residents with the population in 万人 taken as people', () => {
    const r = evaluate(
      per1000,
      inputs({ [DOCTORS]: { value: 4500, unit: '人' }, [POP]: { value: 150, unit: '万人' } }),
    );
    expect(r).toEqual({ ok: true, value: 3 });
  });

  it('converts by a shift of the decimal point (150.3 万人 is exactly 1,503,000 people)', () => {
    const r = evaluate(ref(POP), inputs({ [POP]: { value: 150.3, unit: '万人' } }));
    expect(r).toEqual({ ok: true, value: 1503000 });
    const yuan = evaluate(ref('投入'), inputs({ 投入: { value: 1.97, unit: '亿元' } }));
    expect(yuan).toEqual({ ok: true, value: 197000000 });
  });

  it('says which side of the division lacks an input: numerator or denominator', () => {
    expect(evaluate(per1000, inputs({ [POP]: { value: 150, unit: '万人' } }))).toEqual({
      ok: false,
      reason: { code: 'missingNumerator', name: DOCTORS },
    });
    expect(evaluate(per1000, inputs({ [DOCTORS]: { value: 1, unit: '人' } }))).toEqual({
      ok: false,
      reason: { code: 'missingDenominator', name: POP },
    });
    // A value of null (an observation without a number) is missing, never 0.
    const nullPop = inputs({
      [DOCTORS]: { value: 1, unit: '人' },
      [POP]: { value: null, unit: '万人' },
    });
    expect(evaluate(per1000, nullPop)).toMatchObject({ reason: { code: 'missingDenominator' } });
  });

  it('names the missing input of a formula that is no division', () => {
    const sum = op('+', ref('a'), ref('b'));
    expect(evaluate(sum, inputs({ a: { value: 1, unit: '' } }))).toEqual({
      ok: false,
      reason: { code: 'missingInput', name: 'b' },
    });
  });

  it('finds the top division through × factors and a minus, not through + ', () => {
    expect(topDivision(op('*', num(100), op('/', ref('a'), ref('b'))))).not.toBeNull();
    expect(topDivision({ k: 'neg', x: op('/', ref('a'), ref('b')) })).not.toBeNull();
    expect(topDivision(op('+', op('/', ref('a'), ref('b')), num(1)))).toBeNull();
    expect(topDivision(op('*', ref('c'), op('/', ref('a'), ref('b'))))).toBeNull();
  });

  it('refuses a division by zero, also by a zero input', () => {
    const r = evaluate(op('/', num(1), num(0)), inputs({}));
    expect(r).toEqual({ ok: false, reason: { code: 'divisionByZero' } });
    const zeroPop = inputs({
      [DOCTORS]: { value: 3, unit: '人' },
      [POP]: { value: 0, unit: '万人' },
    });
    expect(evaluate(per1000, zeroPop)).toEqual({ ok: false, reason: { code: 'divisionByZero' } });
  });

  it('refuses results beyond a double (1e308 × 10), never giving Infinity or NaN', () => {
    const big = op('*', num(1e308), num(10));
    expect(evaluate(big, inputs({}))).toEqual({ ok: false, reason: { code: 'formulaNotFinite' } });
    const viaInput = op('*', ref('a'), ref('a'));
    expect(evaluate(viaInput, inputs({ a: { value: 1e300, unit: '亿元' } }))).toEqual({
      ok: false,
      reason: { code: 'formulaNotFinite' },
    });
    expect(evaluate(ref('a'), inputs({ a: { value: NaN, unit: '' } }))).toMatchObject({
      reason: { code: 'missingInput' },
    });
  });

  it('reads names such as constructor or __proto__ only through the input function', () => {
    const f = op('+', ref('constructor'), ref('__proto__'));
    expect(evaluate(f, () => undefined)).toMatchObject({ ok: false });
    const r = evaluate(f, (n) => ({ value: n.length, unit: '' }));
    expect(r).toEqual({ ok: true, value: 'constructor'.length + '__proto__'.length });
  });

  it('gives 0, never −0', () => {
    const r = evaluate({ k: 'neg', x: num(0) }, inputs({}));
    expect(r.ok && Object.is(r.value, 0)).toBe(true);
  });
});
