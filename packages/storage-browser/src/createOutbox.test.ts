import 'fake-indexeddb/auto';
import { testSubmissionBackend, withFaults } from '@mord/adapter-testkit';
import {
  createMemoryAdapter,
  exampleSupportRequestSubmission,
  isStorageError,
  STAFF_ROLES,
  StorageError,
  type SubmissionBackend,
} from '@mord/core';
import { describe, expect, it } from 'vitest';
import { createOutbox, type OutboxEntry } from './createOutbox';

const ROLES = STAFF_ROLES;
const staffKeys = Object.fromEntries(ROLES.map((role) => [`k-${role}`, { id: role, name: role, role }]));
let n = 0;

testSubmissionBackend({
  name: 'createOutbox over the memory adapter (fake-indexeddb)',
  create: () => ({
    backend: createOutbox({ backend: createMemoryAdapter({ staffKeys }), dbName: `outbox-suite-${++n}` }),
    staffKeys: Object.fromEntries(ROLES.map((role) => [role, `k-${role}`])),
  }),
});

/** A backend whose network can be switched off, like a browser going offline. */
function switchable(backend: SubmissionBackend) {
  const net = { online: true, calls: 0 };
  const wrapped: SubmissionBackend = {
    ...backend,
    async submit(form, payload, options) {
      net.calls += 1;
      if (!net.online) throw new StorageError('unavailable', 'offline', { retryable: true });
      return backend.submit(form, payload, options);
    },
  };
  return { wrapped, net };
}

describe('createOutbox', () => {
  it('queues a submission while offline, survives a reload, and delivers it exactly once when online', async () => {
    const memory = createMemoryAdapter({ staffKeys });
    const { wrapped, net } = switchable(memory);
    const dbName = `outbox-offline-${++n}`;
    net.online = false;
    const first = createOutbox({ backend: wrapped, dbName, backoffMs: 60_000 });
    const payload = await exampleSupportRequestSubmission();
    const error = await first
      .submit('support-request', payload, { idempotencyKey: 'offline-key-1' })
      .catch((e: unknown) => e);
    expect(isStorageError(error) && error.queued && error.retryable).toBe(true);
    expect((await first.list()).map((e) => e.state)).toEqual(['queued']);

    // A new page load: a new outbox on the same database finds the queued entry.
    const events = new EventTarget();
    const second = createOutbox({ backend: wrapped, dbName, events: events as never });
    const seen: OutboxEntry[][] = [];
    second.subscribe((entries) => seen.push(entries));
    const stop = second.start();
    await expect.poll(async () => (await second.list())[0]?.state).toBe('queued');
    net.online = true;
    events.dispatchEvent(new Event('online'));
    await expect.poll(async () => (await second.list())[0]?.state).toBe('delivered');
    stop();
    const [entry] = await second.list();
    expect(entry?.receipt?.reference).toMatch(/^MRD-/);
    expect(seen.flat().some((e) => e.state === 'sending')).toBe(true);
    expect(await memory.staff({ key: 'k-admin' }).listRequests()).toHaveLength(1);
  });

  it('retries with backoff through a flaky network and records once', async () => {
    const memory = createMemoryAdapter({ staffKeys });
    const flaky = withFaults(memory, { failureRate: 0.6, seed: 11, mode: 'after', exclude: ['getStatus'] });
    const outbox = createOutbox({
      backend: flaky,
      dbName: `outbox-flaky-${++n}`,
      backoffMs: 5,
      maxBackoffMs: 20,
    });
    const stop = outbox.start();
    await outbox
      .submit('support-request', await exampleSupportRequestSubmission(), { idempotencyKey: 'flaky-key-1' })
      .catch(() => undefined);
    await expect.poll(async () => (await outbox.list())[0]?.state, { timeout: 5000 }).toBe('delivered');
    stop();
    expect(flaky.faults.calls).toBeGreaterThan(1);
    expect(await memory.staff({ key: 'k-admin' }).listRequests()).toHaveLength(1);
  });

  it('marks a submission the server refuses as failed, with the reason, and does not retry it', async () => {
    const outbox = createOutbox({ backend: createMemoryAdapter(), dbName: `outbox-invalid-${++n}` });
    const payload = await exampleSupportRequestSubmission();
    (payload.data as { contact: { mobile: string } }).contact.mobile = '123';
    const error = await outbox
      .submit('support-request', payload, { idempotencyKey: 'invalid-key-1' })
      .catch((e: unknown) => e);
    expect(isStorageError(error) && error.code).toBe('validation_failed');
    expect(isStorageError(error) && error.issues[0]?.path).toBe('data.contact.mobile');
    const [entry] = await outbox.list();
    expect(entry).toMatchObject({ state: 'failed', attempts: 1, reason: { code: 'validation_failed' } });
  });

  it('answers a repeated submit of a delivered entry from the outbox', async () => {
    const memory = createMemoryAdapter({ staffKeys });
    const outbox = createOutbox({ backend: memory, dbName: `outbox-repeat-${++n}` });
    const payload = await exampleSupportRequestSubmission();
    const a = await outbox.submit('support-request', payload, { idempotencyKey: 'repeat-key-1' });
    const b = await outbox.submit('support-request', payload, { idempotencyKey: 'repeat-key-1' });
    expect(b).toEqual(a);
    await outbox.remove((await outbox.list())[0]!.id);
    expect(await outbox.list()).toEqual([]);
  });
});

describe('createOutbox at rest', () => {
  /** Every byte the outbox's database holds, decoded as text, to look for her data. */
  async function rawText(dbName: string): Promise<string> {
    const { createStore, entries } = await import('idb-keyval');
    const stored = await entries(createStore(dbName, 'entries'));
    const parts: string[] = [];
    const walk = (value: unknown) => {
      if (value instanceof ArrayBuffer || ArrayBuffer.isView(value))
        parts.push(new TextDecoder().decode(value instanceof ArrayBuffer ? value : (value as Uint8Array)));
      else if (typeof value === 'string') parts.push(value);
      else if (value && typeof value === 'object') for (const v of Object.values(value)) walk(v);
    };
    walk(stored);
    return parts.join('\n');
  }

  it('keeps what she submitted encrypted with a non-extractable key kept apart, and drops it once delivered', async () => {
    const memory = createMemoryAdapter({ staffKeys });
    const { wrapped, net } = switchable(memory);
    const dbName = `outbox-rest-${++n}`;
    const keyDbName = `keys-rest-${n}`;
    net.online = false;
    const outbox = createOutbox({ backend: wrapped, dbName, keyDbName, backoffMs: 60_000 });
    const payload = await exampleSupportRequestSubmission();
    await outbox.submit('support-request', payload, { idempotencyKey: 'rest-key-1' }).catch(() => null);
    expect((await outbox.list())[0]?.payload).toEqual(payload);
    const raw = await rawText(dbName);
    for (const secret of ['فاطمة', '1000000008', 'SA0380000000608010167519', 'القحطاني'])
      expect(raw).not.toContain(secret);
    const { createStore, get } = await import('idb-keyval');
    const key = await get<CryptoKey>('device', createStore(keyDbName, 'keys'));
    expect(key?.extractable).toBe(false);
    expect(key?.algorithm.name).toBe('AES-GCM');

    net.online = true;
    await outbox.flush();
    const [delivered] = await outbox.list();
    expect(delivered?.state).toBe('delivered');
    expect(delivered?.payload).toBeUndefined();
    expect(delivered?.receipt?.reference).toBeTruthy();
    // The same key with another body is still refused after delivery; the same body gets the receipt.
    expect(await outbox.submit('support-request', payload, { idempotencyKey: 'rest-key-1' })).toEqual(
      delivered?.receipt,
    );
    const other = { ...payload, locale: 'en' as const };
    await expect(
      outbox.submit('support-request', other, { idempotencyKey: 'rest-key-1' }),
    ).rejects.toMatchObject({
      code: 'idempotency_conflict',
    });
  });

  it('deletes a delivered entry after a day and an undelivered one after its time to live', async () => {
    const memory = createMemoryAdapter({ staffKeys });
    const { wrapped, net } = switchable(memory);
    let clock = new Date('2026-12-01T08:00:00Z');
    const dbName = `outbox-expiry-${++n}`;
    const options = {
      backend: wrapped,
      dbName,
      keyDbName: `keys-expiry-${n}`,
      backoffMs: 60_000,
      now: () => clock,
    };
    const outbox = createOutbox({ ...options, ttlMs: 3 * 24 * 60 * 60 * 1000 });
    const signedAt = new Date('2026-12-01T07:59:00Z');
    await outbox.submit('support-request', await exampleSupportRequestSubmission({ signedAt }), {
      idempotencyKey: 'expiry-delivered',
    });
    net.online = false;
    await outbox
      .submit('support-request', await exampleSupportRequestSubmission({ signedAt, locale: 'en' }), {
        idempotencyKey: 'expiry-queued',
      })
      .catch(() => null);
    expect((await outbox.list()).map((e) => e.state).sort()).toEqual(['delivered', 'queued']);
    clock = new Date('2026-12-02T09:00:00Z');
    expect((await outbox.list()).map((e) => e.state)).toEqual(['queued']);
    clock = new Date('2026-12-04T09:00:00Z');
    expect(await outbox.list()).toEqual([]);
  });
});
