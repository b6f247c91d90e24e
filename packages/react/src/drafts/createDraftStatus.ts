/** What the draft indicator shows. */
export type DraftState = 'idle' | 'saving' | 'saved' | 'error';

/** A tiny observable of a draft's save state, read with `useSyncExternalStore` so only the indicator re-renders. */
export interface DraftStatusStore {
  get(): DraftState;
  set(state: DraftState): void;
  subscribe(listener: () => void): () => void;
}

/** Creates a {@link DraftStatusStore}. */
export function createDraftStatus(initial: DraftState = 'idle'): DraftStatusStore {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next === state) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
