import {
  type FormId,
  isStorageError,
  type Receipt,
  type StaffApi,
  type SubmissionPayload,
  type ValidationIssue,
} from '@mord/core';
import { useEffect, useRef, useState } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';
import type { UseDraftResult } from '../drafts/useDraft';
import { useQueuedDelivery } from './useQueuedDelivery';
import { useSubmit } from './useSubmit';

/** Where a submission stands, from her first keystroke to the receipt. */
export type SubmissionFlowState = 'editing' | 'sending' | 'queued' | 'failed' | 'refused' | 'delivered';

/** Options of {@link useSubmissionFlow}. */
export interface UseSubmissionFlowOptions {
  form: FormId;
  /** The form's draft: it keeps the idempotency key across reloads and is cleared once delivered. */
  draft: Pick<UseDraftResult, 'save' | 'clear' | 'extras'>;
  /** Sends through a staff member's route (assisted intake) instead of the public one. */
  staff?: Pick<StaffApi, 'submit'> | undefined;
  /** Called once per submission with its receipt: sent at once, retried, or delivered later from a queue. */
  onSubmitted?: ((receipt: Receipt) => void) | undefined;
  /** Called when sending fails (her data stays in the form). */
  onError?: ((error: Error) => void) | undefined;
  /** The form whose fields get the backend's issues on their data (`data.<path>`), at once or later from the queue. */
  fields?: Pick<UseFormReturn<FieldValues>, 'setError'>;
  /** Called after the issues are on the fields (to move to the first one, say). */
  onIssues?: ((issues: ValidationIssue[]) => void) | undefined;
}

/**
 * The one submission flow of every form: editing → sending → queued → delivered | refused (or failed, with
 * a retry when it can help). It owns the idempotency key (saved with the draft before sending), follows a
 * submission the backend holds for later delivery, and on delivery — whichever way it came — sets the
 * receipt, clears the draft and calls `onSubmitted`, exactly once.
 * @example const flow = useSubmissionFlow({ form: 'inquiry', draft, onSubmitted }); await flow.submit(payload)
 */
export function useSubmissionFlow(options: UseSubmissionFlowOptions) {
  const { draft, staff } = options;
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [pendingKey, setPendingKey] = useState<string | undefined>(undefined);
  const completed = useRef(false);
  const latest = useRef(options);
  latest.current = options;
  const submission = useSubmit({
    form: options.form,
    ...(staff ? { via: async (...args: Parameters<StaffApi['submit']>) => staff.submit(...args) } : {}),
    initialKey: () => draft.extras().idempotencyKey,
    onKey: (idempotencyKey) => {
      setPendingKey(idempotencyKey);
      return draft.save({ idempotencyKey });
    },
  });
  const delivery = useQueuedDelivery(options.form, pendingKey ?? draft.extras().idempotencyKey);

  const complete = async (result: Receipt) => {
    if (completed.current) return;
    completed.current = true;
    setReceipt(result);
    await draft.clear();
    latest.current.onSubmitted?.(result);
  };

  const showIssues = (issues: ValidationIssue[]) => {
    for (const issue of issues) {
      if (issue.path.startsWith('data.'))
        latest.current.fields?.setError(issue.path.slice(5), { message: issue.message });
    }
    latest.current.onIssues?.(issues);
  };

  const fail = (error: Error) => {
    latest.current.onError?.(error);
    if (isStorageError(error) && error.code === 'validation_failed') showIssues(error.issues);
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: completes when the queue reports a delivery
  useEffect(() => {
    if (delivery.receipt) void complete(delivery.receipt);
  }, [delivery.receipt]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when a new refusal arrives; showIssues reads the latest options
  useEffect(() => {
    if (delivery.refused?.issues?.length) showIssues(delivery.refused.issues);
  }, [delivery.refused]);

  const state: SubmissionFlowState = receipt
    ? 'delivered'
    : delivery.refused
      ? 'refused'
      : submission.isPending
        ? 'sending'
        : delivery.queued || (isStorageError(submission.error) && submission.error.queued)
          ? 'queued'
          : submission.isError
            ? 'failed'
            : 'editing';

  return {
    state,
    receipt,
    /** The refusal of a queued submission, when the backend refused it for good. */
    refused: delivery.refused,
    /** The last attempt's error, its retryability and issues. */
    error: submission.error,
    retryable: submission.retryable,
    /** Sends (a refused queued submission is forgotten first); resolves with the receipt, or null when it did not go through. */
    async submit(payload: SubmissionPayload): Promise<Receipt | null> {
      if (delivery.refused) await delivery.discard();
      try {
        const result = await submission.mutateAsync(payload);
        await complete(result);
        return result;
      } catch (error) {
        fail(error as Error);
        return null;
      }
    },
    /** Sends the last body again with the same key. */
    async retry(): Promise<void> {
      try {
        await complete(await submission.retry());
      } catch (error) {
        fail(error as Error);
      }
    },
  };
}

/** What {@link useSubmissionFlow} returns. */
export type SubmissionFlow = ReturnType<typeof useSubmissionFlow>;
