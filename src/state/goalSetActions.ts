// Goal-set actions: create, copy, rename, delete, and edit targets. All undoable.
import { restoreMeasure, restoreYear } from '../model/restore';
import { copyName, type GoalSet, type GoalTarget } from '../model/goalSets';
import type { Change } from './messages';
import { commit, newId, say, setUi, type AppState } from './state';

function withSets(s: AppState, after: GoalSet[], label: Change): AppState {
  return commit(s, { label, rows: [], goalSets: { before: s.goalSets, after }, source: 'goals' });
}

export function createGoalSet(s: AppState, name: string, targets: GoalTarget[] = []): AppState {
  const clean = name.trim();
  if (!clean) return say(s, 'error', { code: 'setNameEmpty' });
  if (s.goalSets.some((g) => g.name === clean))
    return say(s, 'error', { code: 'setNameTaken', name: clean });
  const [raw, s2] = newId(s);
  const id = `g${raw}`;
  return setUi(
    withSets(s2, [...s2.goalSets, { id, name: clean, targets }], { code: 'newSet', name: clean }),
    { goalSource: id },
  );
}

export function copyGoalSet(s: AppState, id: string): AppState {
  const src = s.goalSets.find((g) => g.id === id);
  if (!src) return s;
  return createGoalSet(
    s,
    copyName(
      src.name,
      s.goalSets.map((g) => g.name),
    ),
    src.targets.map((x) => ({ ...x })),
  );
}

export function renameGoalSet(s: AppState, id: string, name: string): AppState {
  const clean = name.trim();
  if (!clean) return say(s, 'error', { code: 'setNameEmpty' });
  if (s.goalSets.some((g) => g.name === clean && g.id !== id))
    return say(s, 'error', { code: 'setNameTaken', name: clean });
  return withSets(
    s,
    s.goalSets.map((g) => (g.id === id ? { ...g, name: clean } : g)),
    { code: 'renameSet', name: clean },
  );
}

export function deleteGoalSet(s: AppState, id: string): AppState {
  const set = s.goalSets.find((g) => g.id === id);
  if (!set) return s;
  const next = withSets(
    s,
    s.goalSets.filter((g) => g.id !== id),
    { code: 'deleteSet', name: set.name },
  );
  return s.ui.goalSource === id ? setUi(next, { goalSource: 'own' }) : next;
}

/** Sets one target's value or year from typed text; adds the indicator when it is new. */
export function editGoalTarget(
  s: AppState,
  setId: string,
  indicator: string,
  field: 'value' | 'year',
  raw: string,
  defaults: { year: number } = { year: new Date().getFullYear() },
): AppState {
  const set = s.goalSets.find((g) => g.id === setId);
  if (!set) return s;
  const current = set.targets.find((x) => x.indicator === indicator) ?? {
    indicator,
    value: null,
    year: defaults.year,
    qualifier: '' as const,
  };
  let next: GoalTarget;
  if (field === 'value') {
    if (raw.trim() === '') next = { ...current, value: null };
    else {
      const r = restoreMeasure(raw, '', s.catalog.get(indicator)?.unit ?? '');
      if (!r.ok)
        return say(s, 'error', {
          code: 'fieldProblems',
          problems: [{ code: 'keptOld', reason: r.reason }],
        });
      next = { ...current, value: r.value.value, qualifier: r.value.qualifier };
    }
  } else {
    const y = restoreYear(raw);
    if (!y.ok)
      return say(s, 'error', {
        code: 'fieldProblems',
        problems: [{ code: 'keptOld', reason: { ...y.reason, field: 'year' } }],
      });
    next = { ...current, year: y.value };
  }
  const exists = set.targets.some((x) => x.indicator === indicator);
  const targets = exists
    ? set.targets.map((x) => (x.indicator === indicator ? next : x))
    : [...set.targets, next];
  return withSets(
    s,
    s.goalSets.map((g) => (g.id === setId ? { ...g, targets } : g)),
    { code: 'setTarget', indicator },
  );
}

/** 添加目标: value and year together, one undo step; nothing changes when either is bad. */
export function addGoalTarget(
  s: AppState,
  setId: string,
  indicator: string,
  valueRaw: string,
  yearRaw: string,
): AppState {
  const withYear = editGoalTarget(s, setId, indicator, 'year', yearRaw);
  if (withYear.goalSets === s.goalSets) return withYear;
  const both = editGoalTarget(withYear, setId, indicator, 'value', valueRaw);
  if (both.goalSets === withYear.goalSets) return { ...s, message: both.message };
  return setUi(withSets(s, both.goalSets, { code: 'setTarget', indicator }), {
    indicator,
    scope: '',
  });
}

export function removeGoalTarget(s: AppState, setId: string, indicator: string): AppState {
  return withSets(
    s,
    s.goalSets.map((g) =>
      g.id === setId ? { ...g, targets: g.targets.filter((x) => x.indicator !== indicator) } : g,
    ),
    { code: 'removeTarget', indicator },
  );
}
