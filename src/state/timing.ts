// User Timing measures of the app's own work (`app:*`), read by the bench (bench/probes.mjs)
// to split an edit's time into the app's parts and the libraries'. Costs a few µs each.

/** Measures kept at most before the app's own are cleared (the timeline is not bounded). */
export const MEASURES_KEPT = 1000;

const names = new Set<string>();
let recorded = 0;

/** Runs `fn` and records its duration as a `performance.measure` named `name`. */
export function timed<T>(name: string, fn: () => T): T {
  if (++recorded > MEASURES_KEPT) {
    recorded = 1;
    for (const n of names) performance.clearMeasures(n);
  }
  names.add(name);
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
