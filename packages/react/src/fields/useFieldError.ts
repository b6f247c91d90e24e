import { useContext, useMemo, useSyncExternalStore } from 'react';
import { get, useFormState } from 'react-hook-form';
import type { ErrorStore } from './createErrorStore';
import { MordFormContext } from './MordFormContext';

function useStoreError(store: ErrorStore, name: string): string | undefined {
  // One memo for both functions: a field mounts with as few hooks as it can.
  const bound = useMemo(
    () => ({
      subscribe: (listener: () => void) => store.subscribe(name, listener),
      read: () => store.get(name),
    }),
    [store, name],
  );
  return useSyncExternalStore(bound.subscribe, bound.read, bound.read);
}

function useFormStateError(name: string): string | undefined {
  const { errors } = useFormState({ name, exact: true });
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  return error?.message ?? error?.root?.message;
}

/**
 * The error message of one field, re-rendering only when that field's error changes. Under a
 * `MordFormProvider` it reads the shared error store; under a plain `FormProvider` it subscribes itself.
 */
export function useFieldError(name: string): string | undefined {
  const store = useContext(MordFormContext)?.errors;
  // Whether a field sits under a MordFormProvider never changes while it is mounted, so the hook order is stable.
  // biome-ignore lint/correctness/useHookAtTopLevel: the branch is fixed for the component's lifetime
  return store ? useStoreError(store, name) : useFormStateError(name);
}
