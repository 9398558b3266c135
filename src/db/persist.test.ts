import { describe, expect, it } from 'vitest';
import { tableFrom } from '../model/table';
import type { Catalog, Observation } from '../model/types';
import { editObservations } from '../state/actions';
import { initialState, type AppState } from '../state/state';
import { createStore } from '../state/store';
import type { Db } from './db';
import { connectPersistence, type SaveStatus } from './persist';
import { testObservation } from '../model/testRows';

const o = (id: string, district: string, value: number): Observation =>
  testObservation({ id, district, value });

const state = (): AppState => ({
  ...initialState(new Map() as Catalog, ['A', 'B'], 'x'),
  table: tableFrom([o('1', 'A', 1), o('2', 'B', 2)]),
  storage: 'indexeddb',
});

/** A small deterministic PRNG (mulberry32): the same seed gives the same run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outstanding {
  async: boolean;
  ok: () => void;
  fail: (e: unknown) => void;
}

/** A database whose writes end only when the test says so. */
function heldDb(out: Outstanding[]): Db {
  const held = <T>(async: boolean, value: T) =>
    new Promise<T>((resolve, reject) =>
      out.push({ async, ok: () => resolve(value), fail: reject }),
    );
  return {
    write: () => held(true, { districts: [] }),
    writeNow: () => held(false, undefined),
  } as Partial<Db> as Db;
}

const ticks = async () => {
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('persistence status', () => {
  it('never says saved while an edit is waiting or a write carrying one is on its way', async () => {
    for (let seed = 1; seed <= 150; seed++) {
      const rnd = random(seed);
      const out: Outstanding[] = [];
      const store = createStore(state());
      const statuses: SaveStatus[] = [];
      // The debounce never fires here: the test decides when to flush.
      const p = connectPersistence(store, heldDb(out), {
        delayMs: 1e9,
        onStatus: (s) => statuses.push(s),
      });
      const steps: string[] = [];
      for (let i = 0; i < 30; i++) {
        const r = rnd();
        if (r < 0.3) {
          const id = rnd() < 0.5 ? '1' : '2';
          steps.push(`edit ${id}`);
          store.update((s) => editObservations(s, [{ id, field: 'value', raw: String(i) }]));
        } else if (r < 0.45) {
          steps.push('flush');
          void p.flush();
        } else if (r < 0.55) {
          steps.push('flushNow');
          p.flushNow();
        } else if (out.length) {
          const w = out.splice(Math.floor(rnd() * out.length), 1)[0];
          const how = rnd();
          steps.push(`${w?.async ? 'write' : 'writeNow'} ${how < 0.6 ? 'ok' : 'fails'}`);
          if (how < 0.6) w?.ok();
          else w?.fail(how < 0.8 ? new Error('disk') : new DOMException('', 'QuotaExceededError'));
        }
        await ticks();
        if (statuses.at(-1) === 'saved') {
          const where = `seed ${seed}: ${steps.join(', ')}`;
          expect(p.pendingRows().size, where).toBe(0);
          expect(
            out.some((x) => x.async),
            where,
          ).toBe(false);
        }
      }
      // Storage works again: everything ends saved.
      while (out.length || p.pendingRows().size) {
        for (const w of out.splice(0)) w.ok();
        await ticks();
        void p.flush();
        await ticks();
      }
      expect(statuses.at(-1), `seed ${seed}`).toBe('saved');
      p.stop();
    }
  });
});
