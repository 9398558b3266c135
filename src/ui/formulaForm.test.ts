import { describe, expect, it } from 'vitest';
import { parseFormula } from '../io/formula';
import { nameToken } from './formulaForm';

describe('插入指标', () => {
  it('inserts a name bare when the parser reads it as one name, else in 【】, and both read back', () => {
    const known = ['床位数', '执业(助理)医师数', '基层诊疗人次-含村卫生室', '2024年人口'];
    for (const name of known) {
      const token = nameToken(name, known);
      const back = parseFormula(`${token} ÷ 2`, known);
      expect(back.ok && back.value.k === 'op' && back.value.a).toEqual({ k: 'ref', name });
    }
    expect(nameToken('床位数', known)).toBe('床位数');
  });
});
