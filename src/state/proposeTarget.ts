// 排名 → 目标: the best-quartile value proposed as a goal set's target, through the goal-set
// actions, as one undo step (a goal set created on the way included).
import { numberText } from '../model/numbers';
import { addGoalTarget, createGoalSet } from './goalSetActions';
import { asOneStep, type AppState } from './state';

/** The proposed value without floating-point noise (38.750000000000004 → 38.75). */
export const proposedValue = (v: number): number => Number(v.toPrecision(10));

/**
 * Sets `indicator`'s target in the goal set `setId`, or in the set named `newName` (made when no
 * set has that name), to `value` for `year`. Unchanged state (with a message) when refused.
 */
export function proposeTarget(
  s: AppState,
  where: { setId: string } | { name: string },
  indicator: string,
  value: number,
  year: string,
): AppState {
  return asOneStep(s, (st) => {
    let id = 'setId' in where ? where.setId : st.goalSets.find((g) => g.name === where.name)?.id;
    let next = st;
    if (!id && 'name' in where) {
      next = createGoalSet(st, where.name);
      if (next.goalSets === st.goalSets) return next;
      id = next.goalSets[next.goalSets.length - 1]?.id;
    }
    if (!id) return st;
    const done = addGoalTarget(next, id, indicator, numberText(proposedValue(value)), year);
    // A refused value or year leaves nothing behind, the new set included.
    if (done.goalSets === next.goalSets) return { ...st, message: done.message };
    return { ...done, ui: { ...done.ui, goalSource: id } };
  });
}

/** The year to offer: the set's own target year for this indicator, else its latest, else next year. */
export function offeredYear(s: AppState, setId: string | null, indicator: string): number {
  const set = s.goalSets.find((g) => g.id === setId);
  const own = set?.targets.find((x) => x.indicator === indicator)?.year;
  const years = set?.targets.map((x) => x.year) ?? [];
  return own ?? (years.length ? Math.max(...years) : new Date().getFullYear() + 1);
}
