// English words of formula indicators: the short reasons fit a grid cell, the hint says names
// are written in Chinese, and labels use the language's own separator.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';

describe('formula words in English', () => {
  it('keeps the grid’s short reasons short (the cell cut “no numerator” off)', () => {
    for (const words of Object.values(en.derived.short))
      expect(words.length).toBeLessThanOrEqual(9);
  });

  it('says in the hint that indicator names are written in Chinese', () => {
    expect(en.formulas.formulaHint).toMatch(/Chinese/);
  });

  it('labels with the language’s separator, never a full-width colon in English', () => {
    expect(en.sep.label).toBe(': ');
    expect(zh.sep.label).toBe('：');
    for (const file of ['../ui/tracePanel.ts', '../ui/sourcePanel.ts']) {
      const code = readFileSync(new URL(file, import.meta.url), 'utf8').split('\n');
      expect(code.filter((l) => !l.trim().startsWith('//') && l.includes('：'))).toEqual([]);
    }
  });
});
