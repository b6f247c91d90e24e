import {
  canonicalJson,
  type FormId,
  isStorageError,
  type Receipt,
  randomToken,
  type StorageError,
  type SubmissionPayload,
  type SubmitOptions,
} from '@mord/core';
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
  /** Sends instead of the backend's public `submit`: a staff member's `StaffApi.submit` in assisted mode. */
  via?: (form: FormId, payload: SubmissionPayload, options: SubmitOptions) => Promise<Receipt> | Receipt;
}

/**
 * Submits through React Query with one idempotency key per submission attempt sequence: the same body
 * keeps its key across double clicks, retries and (with a draft) reloads, so the backend records it once;
 * a changed body is a new submission and gets a new key. `retry()` resends the last body as it was.
 */
export function useSubmit(options: UseSubmitOptions) {
  const { backend } = useMord();
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const last = useRef<SubmissionPayload | null>(null);
  const mutation = useMutation<Receipt, StorageError | Error, SubmissionPayload>({
    mutationFn: async (payload) => {
      last.current = payload;
      const body = canonicalJson(payload);
      if (!attempt.current || attempt.current.body !== body) {
        const saved = attempt.current ? undefined : options.initialKey?.();
        attempt.current = { key: saved ?? `mrd_${randomToken(18)}`, body };
        await options.onKey?.(attempt.current.key);
      }
      const send = options.via ?? backend.submit.bind(backend);
      return send(options.form, payload, { idempotencyKey: attempt.current.key });
    },
    onSuccess: () => {
      attempt.current = null;
      last.current = null;
    },
  });
  const error = mutation.error;
  return {
    ...mutation,
    /** Sends the last body again, with the same key. */
    retry: () =>
      last.current ? mutation.mutateAsync(last.current) : Promise.reject(new Error('Nothing to retry')),
    /** The failure is a network or server hiccup: the data is kept and a retry can succeed. */
    retryable: Boolean(error && (!isStorageError(error) || error.retryable)),
    issues: error && isStorageError(error) ? error.issues : [],
  };
}
