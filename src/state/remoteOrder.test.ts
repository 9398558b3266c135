import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import { testObservation } from '../model/testRows';
import type { Observation } from '../model/types';
import { applyStoredChange } from './remote';
import { initialState, type AppState } from './state';

const o = (id: string, value: number): Observation => testObservation({ id, value });

describe('another tab’s stored change', () => {
  it('keeps this tab’s row order: an edited row stays in its place, new rows come last', () => {
    const local = [o('a', 1), o('b', 2), o('c', 3)];
    const s: AppState = {
      ...initialState(new Map(), ['江津区'], 'u-'),
      table: tableFrom(local),
      storage: 'indexeddb',
    };
    // As the store returns the chunk after another tab's write: the edited row moved last.
    const stored = [local[0]!, local[2]!, o('d', 4), { ...local[1]!, value: 20 }];
    const next = applyStoredChange(s, { chunks: new Map([['江津区', stored]]) }, new Map(), {});
    const chunk = next.table.chunks.get('江津区') ?? [];
    expect(chunk.map((x) => `${x.id}=${x.value}`)).toEqual(['a=1', 'b=20', 'c=3', 'd=4']);
    expect(chunk[0]).toBe(local[0]);
  });
});
