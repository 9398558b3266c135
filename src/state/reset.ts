// Reset to the seed data: a restore of the bundled rows and goal sets, as one undoable step.
import type { GoalSet } from '../model/goalSets';
import type { ObsTable } from '../model/table';
import { restoreState } from './historyActions';
import type { AppState } from './state';

export function resetTo(s: AppState, seed: ObsTable, seedSets: GoalSet[]): AppState {
  return restoreState(s, seed, seedSets, [], { code: 'reset' });
}
