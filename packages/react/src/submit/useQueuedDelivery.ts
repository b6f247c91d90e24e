import type { Receipt, ValidationIssue } from '@mord/core';
import { useEffect, useState } from 'react';
import { useMord } from '../provider/useMord';

/** Why the backend refused a submission for good. */
export interface Refusal {
  code: string;
  issues?: ValidationIssue[];
}

interface EntryLike {
  id: string;
  idempotencyKey: string;
  form: string;
  state: string;
  receipt?: Receipt;
  reason?: Refusal;
}

/** The part of an outbox the forms listen to (see `createOutbox` in `@mord/storage-browser`). */
interface OutboxLike {
  list(): Promise<EntryLike[]>;
  subscribe(listener: (entries: EntryLike[]) => void): () => void;
  remove?(id: string): Promise<void>;
}

function isOutbox(backend: unknown): backend is OutboxLike {
  return (
    typeof (backend as OutboxLike).list === 'function' &&
    typeof (backend as OutboxLike).subscribe === 'function'
  );
}

interface DeliveryState {
  queued: boolean;
  receipt: Receipt | null;
  /** The backend refused the queued submission for good: it is not retried; her answers stay in the form. */
  refused: Refusal | null;
  entryId: string | null;
}

const NOTHING: DeliveryState = { queued: false, receipt: null, refused: null, entryId: null };

/**
 * Follows a submission the outbox holds (after an offline submit, also after a reload): reports whether it is
 * still queued, its receipt once the outbox has delivered it, or the refusal when the backend refused it for
 * good (the outbox never retries that). `discard()` forgets a refused entry once she sends a corrected one.
 */
export function useQueuedDelivery(
  form: string,
  idempotencyKey: string | undefined,
): DeliveryState & { discard(): Promise<void> } {
  const { backend } = useMord();
  const [state, setState] = useState<DeliveryState>(NOTHING);
  useEffect(() => {
    if (!idempotencyKey || !isOutbox(backend)) return;
    const update = (entries: EntryLike[]) => {
      const entry = entries.find((e) => e.form === form && e.idempotencyKey === idempotencyKey);
      if (!entry) return;
      setState({
        queued: entry.state === 'queued' || entry.state === 'sending',
        receipt: entry.state === 'delivered' ? (entry.receipt ?? null) : null,
        refused: entry.state === 'failed' ? (entry.reason ?? { code: 'unavailable' }) : null,
        entryId: entry.id,
      });
    };
    void backend.list().then(update);
    return backend.subscribe(update);
  }, [backend, form, idempotencyKey]);
  return {
    ...state,
    async discard() {
      if (state.entryId && isOutbox(backend)) await backend.remove?.(state.entryId);
      setState(NOTHING);
    },
  };
}
