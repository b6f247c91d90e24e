import type { Receipt } from '@mord/core';
import { useEffect, useState } from 'react';
import { useMord } from '../provider/useMord';

/** The part of an outbox the forms listen to (see `createOutbox` in `@mord/storage-browser`). */
interface OutboxLike {
  list(): Promise<{ idempotencyKey: string; form: string; state: string; receipt?: Receipt }[]>;
  subscribe(
    listener: (entries: { idempotencyKey: string; form: string; state: string; receipt?: Receipt }[]) => void,
  ): () => void;
}

function isOutbox(backend: unknown): backend is OutboxLike {
  return (
    typeof (backend as OutboxLike).list === 'function' &&
    typeof (backend as OutboxLike).subscribe === 'function'
  );
}

/**
 * Follows a submission the outbox holds (after an offline submit, also after a reload): reports whether it is
 * still queued, and its receipt once the outbox has delivered it.
 */
export function useQueuedDelivery(
  form: string,
  idempotencyKey: string | undefined,
): { queued: boolean; receipt: Receipt | null } {
  const { backend } = useMord();
  const [state, setState] = useState<{ queued: boolean; receipt: Receipt | null }>({
    queued: false,
    receipt: null,
  });
  useEffect(() => {
    if (!idempotencyKey || !isOutbox(backend)) return;
    const update = (entries: Awaited<ReturnType<OutboxLike['list']>>) => {
      const entry = entries.find((e) => e.form === form && e.idempotencyKey === idempotencyKey);
      if (!entry) return;
      setState({
        queued: entry.state === 'queued' || entry.state === 'sending',
        receipt: entry.state === 'delivered' ? (entry.receipt ?? null) : null,
      });
    };
    void backend.list().then(update);
    return backend.subscribe(update);
  }, [backend, form, idempotencyKey]);
  return state;
}
