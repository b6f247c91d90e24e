import { type FormId, isStorageError, type Receipt, randomToken, type StorageError, type SubmissionPayload } from '@mord/core';
import { useMutation } from '@tanstack/react-query';
import { useRef } from 'react';
import { useMord } from '../provider/useMord';

/** Options of {@link useSubmit}. */
export interface UseSubmitOptions {
  form: FormId;
  /** Reads a key saved earlier (from a draft), so a reload reuses it. */
  initialKey?: () => string | undefined;
  /** Called when a new key is made, to save it with the draft before sending. */
  onKey?: (key: string) => void | Promise<void>;
}

/**
 * Submits through React Query with one idempotency key per submission attempt sequence: the key is kept
 * across double clicks, retries and (with a draft) reloads, and only replaced after a success.
 */
export function useSubmit(options: UseSubmitOptions) {
  const { backend } = useMord();
  const keyRef = useRef<string | undefined>(undefined);
  const mutation = useMutation<Receipt, StorageError | Error, SubmissionPayload>({
    mutationFn: async (payload) => {
      keyRef.current ??= options.initialKey?.() ?? `mrd_${randomToken(18)}`;
      await options.onKey?.(keyRef.current);
      return backend.submit(options.form, payload, { idempotencyKey: keyRef.current });
    },
    onSuccess: () => {
      keyRef.current = undefined;
    },
  });
  const error = mutation.error;
  return {
    ...mutation,
    /** The failure is a network or server hiccup: the data is kept and a retry can succeed. */
    retryable: Boolean(error && (!isStorageError(error) || error.retryable)),
    issues: error && isStorageError(error) ? error.issues : [],
  };
}
