import { describe, expect, it } from 'vitest';
import { numberText, parseNumber, toHalfWidth } from './numbers';

const ok = (raw: string, unit = '') => {
  const r = parseNumber(raw, unit);
  if (!r.ok) throw new Error(JSON.stringify(r.reason));
  return r.value;
};

describe('parseNumber', () => {
  it.each([
    ['32.22', '%', 32.22, ''],
    ['32.22%', '%', 32.22, ''],
    ['1,234', '个', 1234, ''],
    ['1,234,567.5', '', 1234567.5, ''],
    ['69万', '万人', 69, ''],
    ['690000', '人', 690000, ''],
    ['69万', '人', 690000, ''],
    ['1.97亿', '亿元', 1.97, ''],
    ['1.97亿元', '万元', 19700, ''],
    ['３２．２２', '%', 32.22, ''],
    ['≥95%', '%', 95, '≥'],
    ['95%以上', '%', 95, '≥'],
    ['2000余', '人', 2000, '≈'],
    ['近300', '项', 300, '≈'],
    ['  80.14岁 ', '岁', 80.14, ''],
    ['-3', '位', -3, ''],
  ])('%s in %s → %d %s', (raw, unit, value, qualifier) => {
    expect(ok(raw, unit)).toEqual({ value, qualifier });
  });

  it.each([
    ['abc', '%'],
    ['', '%'],
    ['12abc', '%'],
    ['5%', '个'],
    ['1,23', ''],
    ['NaN', ''],
  ])('refuses %s in %s with a reason', (raw, unit) => {
    const r = parseNumber(raw, unit);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason.code).toMatch(/^(empty|notANumber|wrongUnit|notFinite|notExact)$/);
  });

  it.each([
    ['12.3.4', '%'],
    ['79,1', '岁'],
    ['1,23', ''],
    ['3..5', '个'],
  ])('says %s is not a number (not a wrong unit)', (raw, unit) => {
    expect(parseNumber(raw, unit)).toEqual({
      ok: false,
      reason: { code: 'notANumber', text: raw },
    });
  });

  it('has no float noise', () => {
    expect(ok('0.07万', '人').value).toBe(700);
  });
});

describe('toHalfWidth', () => {
  it('maps full-width digits and ideographic space', () => {
    expect(toHalfWidth('１２３，４５６\u3000％')).toBe('123,456 %');
  });
});

describe('what the app writes, it reads back', () => {
  it('keeps long values exactly and refuses what a double cannot hold', () => {
    expect(ok('12345678901234.5').value).toBe(12345678901234.5);
    expect(ok('1e21').value).toBe(1e21);
    expect(ok('1E+21', '').value).toBe(1e21);
    expect(ok('1.5e-7').value).toBe(1.5e-7);
    expect(ok('1.97亿', '万元').value).toBe(19700);
    expect(ok('69人', '万人').value).toBe(0.0069);
    expect(ok('-0').value).toBe(0);
    expect(Object.is(ok('-0').value, 0)).toBe(true);
    for (const raw of ['9007199254740993', '0.12345678901234567891', '1e-400', '1e400']) {
      const r = parseNumber(raw);
      expect(r.ok, raw).toBe(false);
      if (!r.ok) expect(r.reason).toMatchObject({ text: raw });
    }
  });

  it('numberText never writes an exponent', () => {
    expect(numberText(1e21)).toBe('1000000000000000000000');
    expect(numberText(1e-7)).toBe('0.0000001');
    expect(numberText(-1.5e-7)).toBe('-0.00000015');
    expect(numberText(1.2345e22)).toBe('12345000000000000000000');
    expect(numberText(-0)).toBe('0');
  });

  it('property: random values round-trip through numberText and parseNumber', () => {
    let x = 20261129;
    const rnd = () => (x = (x * 1664525 + 1013904223) >>> 0) / 2 ** 32;
    const fixed = [
      0,
      -0,
      1e21,
      1e-7,
      -1e-7,
      Number.MAX_SAFE_INTEGER,
      Number.MAX_SAFE_INTEGER + 2,
      2 ** 60,
      Number.MAX_VALUE,
      Number.MIN_VALUE,
      -Number.MAX_VALUE,
      0.1 + 0.2,
      12345678901234.5,
      Number('123456789.123456789'),
    ];
    const random: number[] = Array.from({ length: 5000 }, () => {
      const kind = Math.floor(rnd() * 4);
      const sign = rnd() < 0.5 ? -1 : 1;
      if (kind === 0) return sign * rnd() * 10 ** Math.floor(rnd() * 40 - 20);
      if (kind === 1) return (sign * Math.round(rnd() * 1e6)) / 10 ** Math.floor(rnd() * 8);
      if (kind === 2) return sign * 10 ** Math.floor(rnd() * 600 - 300) * (1 + rnd());
      return sign * Math.floor(rnd() * 2 ** 53) * 2 ** Math.floor(rnd() * 20);
    });
    for (const n of [...fixed, ...random].filter(Number.isFinite)) {
      const text = numberText(n);
      expect(text, String(n)).not.toMatch(/e/i);
      const back = parseNumber(text);
      if (!back.ok) throw new Error(`${n} → ${text}: ${JSON.stringify(back.reason)}`);
      expect(back.value.value, text).toBe(n === 0 ? 0 : n);
      // JavaScript's own text (what a JSON backup holds, e.g. "1e+21") reads back too.
      const js = parseNumber(String(n));
      expect(js.ok && js.value.value, String(n)).toBe(n === 0 ? 0 : n);
      // With a qualifier, as the wide export writes it.
      const q = parseNumber(`≥${text}`);
      expect(q.ok && q.value).toEqual({ value: n === 0 ? 0 : n, qualifier: '≥' });
    }
  });
});
