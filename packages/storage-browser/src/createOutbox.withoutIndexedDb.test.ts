import {
  createMemoryAdapter,
  exampleSupportRequestSubmission,
  isStorageError,
  StorageError,
  type SubmissionBackend,
} from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createOutbox } from './createOutbox';

const unhandled: unknown[] = [];
const record = (reason: unknown) => unhandled.push(reason);

afterEach(() => {
  process.off('unhandledRejection', record);
  unhandled.length = 0;
});

describe('createOutbox where there is no IndexedDB (server rendering, Node, a sandboxed frame)', () => {
  it('has no IndexedDB here', () => {
    expect(typeof (globalThis as { indexedDB?: unknown }).indexedDB).toBe('undefined');
  });

  it('starts, stops and watches without an unhandled rejection', async () => {
    process.on('unhandledRejection', record);
    const events = new EventTarget();
    const outbox = createOutbox({ backend: createMemoryAdapter(), events: events as never });
    const stop = outbox.start();
    events.dispatchEvent(new Event('online'));
    const seen: unknown[] = [];
    const unwatch = outbox.watchDelivery?.('inquiry', 'some-key-123456', (update) => seen.push(update));
    await new Promise((resolve) => setTimeout(resolve, 50));
    stop();
    unwatch?.();
    expect(unhandled).toEqual([]);
    expect(seen).toEqual([null]);
  });

  it('sends directly with the idempotency key, once, and gives her receipt', async () => {
    const memory = createMemoryAdapter();
    const outbox = createOutbox({ backend: memory });
    const payload = await exampleSupportRequestSubmission();
    const first = await outbox.submit('support-request', payload, { idempotencyKey: 'direct-key-000001' });
    const again = await outbox.submit('support-request', payload, { idempotencyKey: 'direct-key-000001' });
    expect(again.reference).toBe(first.reference);
  });

  it('reports a failed send as it is, never as queued for later', async () => {
    const offline: SubmissionBackend = {
      ...createMemoryAdapter(),
      submit: () => Promise.reject(new StorageError('unavailable', 'offline', { retryable: true })),
    };
    const outbox = createOutbox({ backend: offline });
    const error = await outbox
      .submit('inquiry', { data: {}, channel: 'website', locale: 'ar' } as never, {
        idempotencyKey: 'direct-key-000002',
      })
      .catch((e: unknown) => e);
    expect(isStorageError(error) && error.code).toBe('unavailable');
    expect(isStorageError(error) && error.queued).toBe(false);
  });
});
