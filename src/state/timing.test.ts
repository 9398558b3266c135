import { describe, expect, it } from 'vitest';
import { MEASURES_KEPT, timed } from './timing';

describe('timed', () => {
  it('returns the result, records a measure, and keeps the timeline bounded over a long session', () => {
    expect(timed('app:test', () => 42)).toBe(42);
    expect(performance.getEntriesByName('app:test').length).toBe(1);
    for (let i = 0; i < MEASURES_KEPT * 3; i++) timed('app:test', () => i);
    expect(performance.getEntriesByName('app:test').length).toBeLessThanOrEqual(MEASURES_KEPT);
  });
});
