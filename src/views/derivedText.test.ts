// The words a computed cell shows: the reason's short words where there is no value, and the
// tooltip lines, with an input taken from an earlier year named.
import { describe, expect, it } from 'vitest';
import type { DerivedInput, DerivedMark } from '../model/types';
import { derivedClasses, derivedNotes, derivedShort } from './derivedText';

const input = (over: Partial<DerivedInput>): DerivedInput => ({
  indicator: '人口',
  obsId: 'a',
  value: 150,
  unit: '万人',
  qualifier: '',
  year: 2023,
  earlier: false,
  source: '',
  quote: '',
  ...over,
});
const catalog = new Map();

describe('a computed cell’s words', () => {
  it('says 缺分母 / 缺分子 / 除数为0 where no value could be computed', () => {
    const mark = (reason: DerivedMark['reason']): DerivedMark => ({ reason, inputs: [] });
    expect(derivedShort(mark({ code: 'missingDenominator', name: '人口' }))).toBe('缺分母');
    expect(derivedShort(mark({ code: 'missingNumerator', name: '床位' }))).toBe('缺分子');
    expect(derivedShort(mark({ code: 'divisionByZero' }))).toBe('除数为0');
    expect(derivedClasses(mark({ code: 'divisionByZero' }))).toContain('cell-derived-missing');
  });

  it('marks the value as computed and names a denominator taken from an earlier year', () => {
    const mark: DerivedMark = {
      reason: null,
      inputs: [
        input({ indicator: '床位', value: 10, unit: '张' }),
        input({ year: 2022, earlier: true }),
      ],
    };
    const notes = derivedNotes(mark, catalog);
    expect(notes[0]).toContain('由公式计算');
    expect(notes).toContain('人口取2022年');
    expect(derivedClasses(mark)).toContain('cell-derived-earlier');
  });
});
