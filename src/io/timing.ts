// Where an import's time goes, as User Timing measures on the page (`import:…`), so the bench
// can read the worker's phases next to the page's own. Times are absolute (timeOrigin + now):
// the worker and the page have different origins.
export type Mark = [name: string, at: number];

const now = () => performance.timeOrigin + performance.now();

/** The time each phase began, in the order they came; `boot` from `since` when given. */
export function phaseClock(since?: number) {
  const marks: Mark[] = since === undefined ? [] : [['boot', since]];
  return {
    phase(name: string): void {
      if (marks[marks.length - 1]?.[0] !== name) marks.push([name, now()]);
    },
    marks: (): Mark[] => [...marks, ['wait', now()]],
  };
}

/** Each phase as a measure `import:<prefix><phase>` on this page's timeline. */
export function measurePhases(prefix: string, marks: readonly Mark[]): void {
  if (typeof performance.measure !== 'function') return;
  for (let i = 0; i + 1 < marks.length; i++) {
    const [name, at] = marks[i]!;
    const end = marks[i + 1]![1];
    performance.measure(`import:${prefix}${name}`, {
      start: at - performance.timeOrigin,
      end: end - performance.timeOrigin,
    });
  }
}

/** Runs `fn` and records it as the measure `import:<name>`. */
export function timed<T>(name: string, fn: () => T): T {
  const t0 = performance.now();
  try {
    return fn();
  } finally {
    if (typeof performance.measure === 'function')
      performance.measure(`import:${name}`, { start: t0, end: performance.now() });
  }
}

export { now as absoluteNow };
