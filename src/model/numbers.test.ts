import { describe, expect, it } from 'vitest';
import { parseNumber, toHalfWidth } from './numbers';

const ok = (raw: string, unit = '') => {
  const r = parseNumber(raw, unit);
  if (!r.ok) throw new Error(r.reason);
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
    if (!r.ok) expect(r.reason.length).toBeGreaterThan(0);
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
