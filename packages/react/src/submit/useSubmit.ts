import {
  canonicalJson,
  type FormId,
  isStorageError,
  type Receipt,
  randomToken,
  type StorageError,
  type SubmissionPayload,
  type SubmitOptions,
  type ValidationIssue,
} from '@mord/core';
import { useRef, useState } from 'react';
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

/** What {@link useSubmit} returns. */
export interface UseSubmitResult {
  status: 'idle' | 'pending' | 'success' | 'error';
  /** The last attempt's failure: a `StorageError` with a stable code for anything the backend said. */
  error: StorageError | Error | null;
  isPending: boolean;
  isError: boolean;
  isSuccess: boolean;
  /** Sends a body; resolves with the receipt, rejects with the error (also kept in `error`). */
  mutateAsync(payload: SubmissionPayload): Promise<Receipt>;
  /** Sends the last body again, with the same key. */
  retry(): Promise<Receipt>;
  /** The failure is a network or server hiccup: the data is kept and a retry can succeed. */
  retryable: boolean;
  /** The server's validation issues of the last attempt, by path. */
  issues: ValidationIssue[];
}

type Attempt =
  | { status: 'idle'; error: null }
  | { status: 'pending'; error: null }
  | { status: 'success'; error: null }
  | { status: 'error'; error: StorageError | Error };

/**
 * Submits with one idempotency key per submission attempt sequence: the same body keeps its key across
 * double clicks, retries and (with a draft) reloads, so the backend records it once; a changed body is a
 * new submission and gets a new key. `retry()` resends the last body as it was. (A small state of its own:
 * a form page carries no query library.)
 */
export function useSubmit(options: UseSubmitOptions): UseSubmitResult {
  const { backend } = useMord();
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const last = useRef<SubmissionPayload | null>(null);
  const [state, setState] = useState<Attempt>({ status: 'idle', error: null });

  async function mutateAsync(payload: SubmissionPayload): Promise<Receipt> {
    setState({ status: 'pending', error: null });
    try {
      last.current = payload;
      const body = canonicalJson(payload);
      if (!attempt.current || attempt.current.body !== body) {
        const saved = attempt.current ? undefined : options.initialKey?.();
        attempt.current = { key: saved ?? `mrd_${randomToken(18)}`, body };
        await options.onKey?.(attempt.current.key);
      }
      const send = options.via ?? backend.submit.bind(backend);
      const receipt = await send(options.form, payload, { idempotencyKey: attempt.current.key });
      attempt.current = null;
      last.current = null;
      setState({ status: 'success', error: null });
      return receipt;
    } catch (error) {
      setState({ status: 'error', error: error as Error });
      throw error;
    }
  }

  const error = state.error;
  return {
    status: state.status,
    error,
    isPending: state.status === 'pending',
    isError: state.status === 'error',
    isSuccess: state.status === 'success',
    mutateAsync,
    retry: () => (last.current ? mutateAsync(last.current) : Promise.reject(new Error('Nothing to retry'))),
    retryable: Boolean(error && (!isStorageError(error) || error.retryable)),
    issues: error && isStorageError(error) ? error.issues : [],
  };
}
