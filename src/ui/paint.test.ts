import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { schedulePaint, type Renderer } from './render';
import { initialState, type AppState } from '../state/state';

// Frames and idle periods by hand: each test says when the browser paints or idles.
let frames: (() => void)[] = [];
let idles: ((d: { timeRemaining(): number }) => void)[] = [];
const frame = () => frames.splice(0).forEach((f) => f());
const idle = (ms = 0) => idles.splice(0).forEach((f) => f({ timeRemaining: () => ms }));

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  vi.stubGlobal('requestIdleCallback', (f: (typeof idles)[number]) => idles.push(f));
});
afterEach(() => {
  vi.unstubAllGlobals();
  frames = [];
  idles = [];
});

function setup(restSteps = 3, failing = -1) {
  const log: string[] = [];
  let state: AppState = { ...initialState(new Map(), [], 'u-'), storage: 'memory' };
  const renderer: Renderer = {
    urgent: () => log.push('urgent'),
    rest: Array.from({ length: restSteps }, (_, i) => () => {
      log.push(`rest${i}`);
      if (i === failing) throw new Error('step failed');
    }),
  };
  const painter = schedulePaint(renderer, () => state);
  const change = (source: 'edit' | 'add' | null) => {
    const prev = state;
    state = source
      ? {
          ...state,
          lastChange: {
            seq: (state.lastChange?.seq ?? 0) + 1,
            patch: { label: { code: 'edit' }, rows: [] } as never,
            source,
          },
        }
      : { ...state, ui: { ...state.ui } };
    painter.changed(prev);
  };
  return { log, change, painter };
}

describe('schedulePaint', () => {
  it('paints a grid edit at the end of its task, before any frame; other changes on the frame', async () => {
    const { log, change } = setup();
    change('edit');
    change(null); // the selection move that follows: the same paint
    await Promise.resolve();
    expect(log).toEqual(['urgent']);
    change('add'); // a toolbar's 新增行: after the event's other handlers, on the frame
    await Promise.resolve();
    expect(log).toEqual(['urgent']);
    frame();
    expect(log).toEqual(['urgent', 'urgent']);
  });

  it('runs the rest after the frame, one step per short idle period, all in a long one', async () => {
    const { log, change } = setup(3);
    change('edit');
    await Promise.resolve();
    idle(50);
    expect(log).toEqual(['urgent']); // not before the frame is painted
    frame();
    idle(0);
    expect(log).toEqual(['urgent', 'rest0']);
    idle(50);
    expect(log).toEqual(['urgent', 'rest0', 'rest1', 'rest2']);
    expect(idles).toHaveLength(0);
  });

  it('starts the rest over after a change mid-way, and a failing step stops nothing', async () => {
    const { log, change } = setup(3, 1);
    change('edit');
    await Promise.resolve();
    frame();
    idle(0);
    change('edit');
    await Promise.resolve();
    idle(0); // rest0 again: it saw the older state
    expect(() => idle(0)).toThrow('step failed'); // rest1
    idle(50);
    expect(log).toEqual(['urgent', 'rest0', 'urgent', 'rest0', 'rest1', 'rest2']);
    // The next change paints again, and the steps after the failing one still run.
    change(null);
    frame();
    expect(() => idle(50)).toThrow('step failed');
    idle(50);
    expect(log.slice(6)).toEqual(['urgent', 'rest0', 'rest1', 'rest2']);
  });

  it('now() paints everything at once', () => {
    const { log, change, painter } = setup(2);
    change('add');
    painter.now();
    expect(log).toEqual(['urgent', 'rest0', 'rest1']);
  });
});
