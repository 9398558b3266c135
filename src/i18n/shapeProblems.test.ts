// The words for the statistical-table problems: a refused header says which line was tried and
// that another can be picked; the shapes that need a name say what to fill in.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../model/problems';
import { loadLang, setLang } from './index';
import { problemAtLine, problemText } from './problems';

describe('statistical table problems in words', () => {
  beforeAll(() => loadLang('en'));
  afterEach(() => setLang('zh'));

  it('a header not recognised names its line and the way out, in both languages', () => {
    const p: Problem = { code: 'badHeader', headers: ['甲', '乙'], line: 4 };
    expect(problemText(p)).toContain('第 4 行“甲、乙”');
    expect(problemText(p)).toContain('另选表头行');
    expect(problemAtLine(p)).toBe(problemText(p));
    expect(problemText({ code: 'badHeader', headers: [], line: 2 })).toContain('第 2 行是空行');
    setLang('en');
    expect(problemText(p)).toContain('Line 4 “甲, 乙”');
    expect(problemText(p)).toContain('pick another header line');
  });

  it('the shapes that need a name, and columns left out', () => {
    expect(problemText({ code: 'needIndicator' })).toContain('指标名称和单位');
    expect(problemText({ code: 'needDistrict' })).toContain('选择区县');
    expect(problemText({ code: 'ignoredColumns', headers: ['2022年', '2023年'] })).toContain(
      '2022年、2023年',
    );
    setLang('en');
    expect(problemText({ code: 'needDistrict' })).toContain('choose the district');
  });
});
