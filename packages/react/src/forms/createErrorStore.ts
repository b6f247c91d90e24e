import { type FieldErrors, get } from 'react-hook-form';

/** Per-field error messages of one form, observable field by field. */
export interface ErrorStore {
  get(name: string): string | undefined;
  subscribe(name: string, listener: () => void): () => void;
  /** Takes the form's current errors and notifies only the fields whose message changed. */
  update(errors: FieldErrors): void;
}

function messageOf(errors: FieldErrors, name: string): string | undefined {
  const error = get(errors, name) as { message?: unknown; root?: { message?: unknown } } | undefined;
  const message = error?.message ?? error?.root?.message;
  return typeof message === 'string' ? message : undefined;
}

/**
 * Creates an {@link ErrorStore}. With hundreds of fields, one form-level subscription that notifies only
 * the changed fields costs far less than one react-hook-form subscription per field, which is called on
 * every keystroke.
 */
export function createErrorStore(): ErrorStore {
  const listeners = new Map<string, Set<() => void>>();
  const current = new Map<string, string | undefined>();
  let errors: FieldErrors = {};
  return {
    get: (name) => (current.has(name) ? current.get(name) : messageOf(errors, name)),
    subscribe(name, listener) {
      let set = listeners.get(name);
      if (!set) {
        set = new Set();
        listeners.set(name, set);
        current.set(name, messageOf(errors, name));
      }
      set.add(listener);
      return () => {
        set!.delete(listener);
        if (set!.size === 0) {
          listeners.delete(name);
          current.delete(name);
        }
      };
    },
    update(next) {
      errors = next;
      for (const [name, set] of listeners) {
        const message = messageOf(next, name);
        if (message === current.get(name)) continue;
        current.set(name, message);
        for (const listener of set) listener();
      }
    },
  };
}
