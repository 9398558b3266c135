import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkTimer } from './checkTimer';

describe('checkTimer (the formula form’s check as typed)', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never runs while an IME composes: compositionstart cancels a pending check', () => {
    const run = vi.fn();
    const timer = checkTimer(run, 150);
    timer.typed(false); // "c" typed just before the IME took over
    timer.compositionStart();
    timer.typed(true);
    vi.runAllTimers();
    expect(run).not.toHaveBeenCalled();
    timer.compositionEnd();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs once after typing stops, and at once when asked', () => {
    const run = vi.fn();
    const timer = checkTimer(run, 150);
    timer.typed(false);
    timer.typed(false);
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(1);
    timer.typed(false);
    timer.now();
    vi.runAllTimers();
    expect(run).toHaveBeenCalledTimes(2);
  });
});
