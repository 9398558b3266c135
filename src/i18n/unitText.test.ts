import { describe, expect, it } from 'vitest';
import { joinUnit } from './unitText';

describe('joinUnit', () => {
  it('never runs a unit’s leading digit into the number', () => {
    expect(joinUnit('18.32', '1/10万')).toBe('18.32/10万');
    expect(joinUnit('5', '1/1000')).toBe('5/1000');
    expect(joinUnit('3', '10万人')).toBe('3 10万人');
  });
  it('keeps the usual units right after the number, or spaced when asked', () => {
    expect(joinUnit('32.22', '%')).toBe('32.22%');
    expect(joinUnit('80.14', '岁')).toBe('80.14岁');
    expect(joinUnit('80.14', 'years', true)).toBe('80.14 years');
    expect(joinUnit('7', '')).toBe('7');
  });
});
