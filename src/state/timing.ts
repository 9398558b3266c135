// User Timing measures of the app's own work (`app:*`), read by the bench (bench/probes.mjs)
// to split an edit's time into the app's parts and the libraries'. Costs a few µs each.

/** Runs `fn` and records its duration as a `performance.measure` named `name`. */
export function timed<T>(name: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(name, { start, end: performance.now() });
  }
}
