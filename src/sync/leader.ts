// One tab per workbook replicates (two would write the same documents twice): the Web Locks API
// elects it; the others wait, and take over when the leader's tab closes. Without the API (old
// browsers, Node) this tab leads.
export interface Leadership {
  /** Resolves when this tab leads; `waiting` is called first if another tab leads now. */
  acquired: Promise<void>;
  release(): void;
}

interface LockManagerLike {
  request(
    name: string,
    opts: { ifAvailable?: boolean; signal?: AbortSignal },
    cb: (lock: unknown) => Promise<void>,
  ): Promise<unknown>;
}

export function lead(
  name: string,
  waiting: () => void,
  locks?: LockManagerLike | null,
): Leadership {
  const manager =
    locks !== undefined
      ? locks
      : typeof navigator !== 'undefined'
        ? ((navigator as { locks?: LockManagerLike }).locks ?? null)
        : null;
  if (!manager) return { acquired: Promise.resolve(), release: () => {} };
  let release = () => {};
  const held = new Promise<void>((r) => (release = r));
  const abort = new AbortController();
  const acquired = new Promise<void>((granted, failed) => {
    abort.signal.addEventListener('abort', () => failed(new Error('released')));
    const hold = () => {
      granted();
      return held;
    };
    manager
      .request(name, { ifAvailable: true }, (lock) => {
        if (lock) return hold();
        waiting();
        manager.request(name, { signal: abort.signal }, hold).catch(failed);
        return Promise.resolve();
      })
      .catch(failed);
  });
  return {
    acquired,
    release: () => {
      abort.abort();
      release();
    },
  };
}
