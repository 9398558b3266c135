import { describe, expect, it } from 'vitest';
import { LITERACY } from '../model/testRows';
import { createGoalSet } from './goalSetActions';
import { offeredYear, proposeTarget, proposedValue } from './proposeTarget';
import { initialState, undo } from './state';

const base = initialState(new Map([['素养', LITERACY]]), ['江津区'], 't');

describe('proposeTarget', () => {
  it('sets the target in the chosen set, one undo step', () => {
    const s1 = createGoalSet(base, '荣昌区 2025 目标');
    const id = s1.goalSets[0]!.id;
    const s2 = proposeTarget(s1, { setId: id }, '素养', (0.1 + 0.2) * 100, '2027');
    expect(s2.goalSets[0]!.targets).toEqual([
      { indicator: '素养', value: 30, year: 2027, qualifier: '' },
    ]);
    expect(s2.past.length).toBe(s1.past.length + 1);
    expect(undo(s2).goalSets[0]!.targets).toEqual([]);
  });

  it('creates a set by name when none has it; undo removes both in one step', () => {
    const s = proposeTarget(base, { name: '对标组' }, '素养', 40, '2030');
    expect(s.goalSets).toHaveLength(1);
    expect(s.goalSets[0]).toMatchObject({ name: '对标组', targets: [{ value: 40, year: 2030 }] });
    expect(s.ui.goalSource).toBe(s.goalSets[0]!.id);
    expect(s.past).toHaveLength(1);
    expect(undo(s).goalSets).toEqual([]);
  });

  it('leaves everything as it was on a bad year, the new set included', () => {
    const s = proposeTarget(base, { name: '对标组' }, '素养', 40, '明年');
    expect(s.goalSets).toEqual([]);
    expect(s.past).toEqual([]);
    expect(s.message?.kind).toBe('error');
  });

  it('offers the set’s own year, else its latest, else next year', () => {
    const s = proposeTarget(base, { name: 'x' }, '素养', 40, '2030');
    const id = s.goalSets[0]!.id;
    expect(offeredYear(s, id, '素养')).toBe(2030);
    expect(offeredYear(s, id, '其他')).toBe(2030);
    expect(offeredYear(s, null, '素养')).toBe(new Date().getFullYear() + 1);
    expect(proposedValue(1 / 3)).toBe(0.3333333333);
  });
});
