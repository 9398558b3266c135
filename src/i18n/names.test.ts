// The interface's English district names and the model's code table agree: an English column
// header copied from the screen (Jiangjin, Chengkou County) imports as its district.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DIVISIONS } from '../model/districtCodes';
import { matchDistrict } from '../model/districtMatch';
import type { Problem } from '../model/problems';
import { loadLang, setLang } from './index';
import { districtEn } from './names';
import { problemText } from './problems';

describe('district names', () => {
  beforeAll(() => loadLang('en'));
  afterEach(() => setLang('zh'));

  it('every English district name on screen imports as its district', () => {
    for (const v of DIVISIONS) {
      const en = districtEn(v.name);
      expect(en, v.name).not.toBe(v.name);
      expect(matchDistrict(en, new Set()), en).toMatchObject({ district: v.name });
    }
  });

  it('the warnings say what was matched: a code, a renamed or a merged county', () => {
    const code: Problem = {
      code: 'districtNamed',
      text: '500116',
      district: '江津区',
      via: 'code',
      divisionCode: '500116',
    };
    const renamed: Problem = {
      code: 'districtNamed',
      text: '梁平县',
      district: '梁平区',
      via: 'former',
      former: '梁平县',
      year: 2016,
    };
    const merged: Problem = { ...renamed, text: '万盛区', former: '万盛区', district: '綦江区' };
    Object.assign(merged, { year: 2011, merged: true });
    const conflict: Problem = {
      code: 'districtCodeConflict',
      text: '500116 荣昌区',
      divisionCode: '500116',
      district: '江津区',
    };
    expect(problemText(code)).toBe('区县代码“500116”按“江津区”导入');
    expect(problemText(renamed)).toBe('区县“梁平县”已于 2016 年改为“梁平区”，按“梁平区”导入');
    expect(problemText(merged)).toContain('已于 2011 年并入“綦江区”');
    expect(problemText(conflict)).toContain('代码 500116 是“江津区”');
    setLang('en');
    expect(problemText(renamed)).toBe(
      'District “梁平县” became “梁平区” in 2016; imported as “梁平区”',
    );
    expect(problemText(code)).toBe('District code “500116” imported as “江津区”');
  });
});
