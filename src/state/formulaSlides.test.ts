import { describe, expect, it } from 'vitest';
import type { FormulaEntry } from '../model/formulaCheck';
import type { Slide } from '../model/slides';
import { formulaEntry, perThousandOf, plainEntry, testCatalog } from '../model/testRows';
import { addFormula, editFormula, removalCost } from './formulaActions';
import { initialState, redo, undo, type AppState } from './state';

const PER_K: FormulaEntry = {
  ...formulaEntry('每千人口床位数', '张', perThousandOf('床位数', '常住人口')),
  direction: 'higher',
};
const builtIn = new Set(['床位数', '常住人口']);
const slide = (id: string, indicator: string | null): Slide => ({
  id,
  kind: 'across',
  title: '',
  indicator,
  scope: '',
  district: null,
  year: 'latest',
  dataKind: 'actual',
  goalSource: 'own',
});

const withSlides = (): AppState => {
  const s0: AppState = {
    ...initialState(
      testCatalog(plainEntry('床位数', '张'), plainEntry('常住人口', '万人')),
      ['江津区'],
      't-',
    ),
    storage: 'memory',
  };
  const s1 = addFormula(s0, PER_K);
  return { ...s1, deck: [slide('a', '每千人口床位数'), slide('b', '床位数')] };
};

describe('slides follow a formula indicator', () => {
  it('a rename moves the slides showing it, and undo moves them back', () => {
    const s = withSlides();
    const renamed = editFormula(s, '每千人口床位数', { ...PER_K, indicator: '千人床位' }, builtIn);
    expect(renamed.deck.map((x) => x.indicator)).toEqual(['千人床位', '床位数']);
    expect(renamed.past).toHaveLength(s.past.length + 1);
    const back = undo(renamed);
    expect(back.deck.map((x) => x.indicator)).toEqual(['每千人口床位数', '床位数']);
    expect(redo(back).deck.map((x) => x.indicator)).toEqual(['千人床位', '床位数']);
  });

  it('undo leaves alone a slide edited since (its title), moving only the indicator back', () => {
    const s = withSlides();
    const renamed = editFormula(s, '每千人口床位数', { ...PER_K, indicator: '千人床位' }, builtIn);
    const edited = { ...renamed, deck: [...renamed.deck, slide('c', null)] };
    const back = undo(edited);
    expect(back.deck.map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(back.deck[0]?.indicator).toBe('每千人口床位数');
  });

  it('the removal cost counts the slides that would show nothing', () => {
    expect(removalCost(withSlides(), '每千人口床位数').slides).toBe(1);
  });
});
