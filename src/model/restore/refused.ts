// The restore readers stop at the first problem: thrown inside one part, caught at its edge.
import type { Problem } from '../problems';
import type { Result } from '../types';

export class Refused extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/** The value of a field reader, or a Refused carrying its problem with `where` added. */
export function take<T>(r: Result<T>, where: (p: Problem) => Problem): T {
  if (!r.ok) throw new Refused(where(r.reason));
  return r.value;
}

/** Runs a reader: its value, or the problem it stopped at. */
export function run<T>(f: () => T): Result<T> {
  try {
    return { ok: true, value: f() };
  } catch (e) {
    if (e instanceof Refused) return { ok: false, reason: e.problem };
    throw e;
  }
}
