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

function isEmpty(errors: FieldErrors): boolean {
  for (const _ in errors) return false;
  return true;
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
  // How many subscribed fields show a message: while it is 0 and the form has no errors, an update has nothing to do.
  let shown = 0;
  const set = (name: string, message: string | undefined) => {
    shown += (message === undefined ? 0 : 1) - (current.get(name) === undefined ? 0 : 1);
    current.set(name, message);
  };
  return {
    get: (name) => (current.has(name) ? current.get(name) : messageOf(errors, name)),
    subscribe(name, listener) {
      let named = listeners.get(name);
      if (!named) {
        named = new Set();
        listeners.set(name, named);
        set(name, messageOf(errors, name));
      }
      named.add(listener);
      return () => {
        named!.delete(listener);
        if (named!.size === 0) {
          listeners.delete(name);
          set(name, undefined);
          current.delete(name);
        }
      };
    },
    update(next) {
      errors = next;
      // react-hook-form calls this on every keystroke; with no errors anywhere, skip the walk over every field.
      if (shown === 0 && isEmpty(next)) return;
      for (const [name, named] of listeners) {
        const message = messageOf(next, name);
        if (message === current.get(name)) continue;
        set(name, message);
        for (const listener of named) listener();
      }
    },
  };
}
