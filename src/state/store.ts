// A minimal store: one state value, pure updates, synchronous subscribers.
export type Listener<S> = (state: S, prev: S) => void;

export interface Store<S> {
  getState(): S;
  update(fn: (s: S) => S): void;
  subscribe(fn: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    getState: () => state,
    update(fn) {
      const prev = state;
      const next = fn(prev);
      if (next === prev) return;
      state = next;
      for (const l of listeners) l(state, prev);
    },
    subscribe(fn) {
      listeners.add(fn);
      return () => listeners.delete(fn);
    },
  };
}
