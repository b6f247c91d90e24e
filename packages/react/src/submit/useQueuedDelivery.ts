import type { DeliveryUpdate, FormId, Receipt, ValidationIssue } from '@mord/core';
import { useEffect, useState } from 'react';
import { useMord } from '../provider/useMord';

/** Why the backend refused a submission for good. */
export interface Refusal {
  code: string;
  issues?: ValidationIssue[];
}

interface DeliveryState {
  queued: boolean;
  receipt: Receipt | null;
  /** The backend refused the queued submission for good: it is not retried; her answers stay in the form. */
  refused: Refusal | null;
}

const NOTHING: DeliveryState = { queued: false, receipt: null, refused: null };

function toState(update: DeliveryUpdate | null): DeliveryState {
  if (!update) return NOTHING;
  return {
    queued: update.state === 'queued' || update.state === 'sending',
    receipt: update.state === 'delivered' ? (update.receipt ?? null) : null,
    refused: update.state === 'failed' ? (update.reason ?? { code: 'unavailable' }) : null,
  };
}

/**
 * Follows a submission the backend holds for later delivery (its declared `delivery` capability, such as
 * the offline outbox), also after a reload: whether it is still queued, its receipt once delivered, or the
 * refusal when the backend refused it for good (never retried). `discard()` forgets a refused one once she
 * sends a corrected one. Backends without the capability report nothing.
 */
export function useQueuedDelivery(
  form: FormId,
  idempotencyKey: string | undefined,
): DeliveryState & { discard(): Promise<void> } {
  const { backend } = useMord();
  const [state, setState] = useState<DeliveryState>(NOTHING);
  useEffect(() => {
    if (!idempotencyKey || !backend.capabilities?.delivery || !backend.watchDelivery) return;
    return backend.watchDelivery(form, idempotencyKey, (update) => setState(toState(update)));
  }, [backend, form, idempotencyKey]);
  return {
    ...state,
    async discard() {
      if (idempotencyKey) await backend.forgetDelivery?.(form, idempotencyKey);
      setState(NOTHING);
    },
  };
}
