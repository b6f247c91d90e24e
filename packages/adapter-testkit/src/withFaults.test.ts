import { createMemoryAdapter, isStorageError, type Receipt } from '@mord/core';
import { describe, expect, it } from 'vitest';
import { createSupportRequestSubmission } from './fixtures';
import { newIdempotencyKey } from './testSubmissionBackend';
import { withFaults } from './withFaults';

const staffKeys = {
  'officer-key-0123456789': { id: 'o1', name: 'Officer', role: 'relations_officer' as const },
};

describe('withFaults', () => {
  it('fails about the configured share of calls, the same way for the same seed', async () => {
    const outcomes = async (seed: number) => {
      const flaky = withFaults({ ping: () => 'pong' }, { failureRate: 0.3, seed });
      const results: boolean[] = [];
      for (let i = 0; i < 400; i++)
        results.push(
          await Promise.resolve(flaky.ping()).then(
            () => true,
            () => false,
          ),
        );
      return { results, stats: flaky.faults };
    };
    const a = await outcomes(42);
    const b = await outcomes(42);
    expect(a.results).toEqual(b.results);
    expect(a.stats.calls).toBe(400);
    expect(a.stats.failures / 400).toBeGreaterThan(0.2);
    expect(a.stats.failures / 400).toBeLessThan(0.4);
    expect((await outcomes(7)).results).not.toEqual(a.results);
  });

  it('throws retryable unavailable errors', async () => {
    const flaky = withFaults({ ping: () => 'pong' }, { failureRate: 1, mode: 'before' });
    const error = await Promise.resolve(flaky.ping()).catch((e: unknown) => e);
    expect(isStorageError(error) && error.code === 'unavailable' && error.retryable).toBe(true);
  });

  it('still runs the call when the fault strikes after it (a lost answer)', async () => {
    let ran = 0;
    const flaky = withFaults({ write: () => ++ran }, { failureRate: 1, mode: 'after' });
    await Promise.resolve(flaky.write()).catch(() => undefined);
    expect(ran).toBe(1);
  });

  it('wraps nested methods and keeps capabilities', async () => {
    const flaky = withFaults(createMemoryAdapter(), { failureRate: 1, mode: 'before', exclude: ['getItem'] });
    expect(flaky.capabilities?.attachments).toBe(true);
    await expect(
      Promise.resolve(flaky.attachments.put({ name: 'a', bytes: new Uint8Array() })),
    ).rejects.toMatchObject({ code: 'unavailable' });
    expect(await flaky.getItem('none')).toBeNull();
  });

  it('adds latency', async () => {
    const flaky = withFaults({ ping: () => 'pong' }, { failureRate: 0, latencyMs: 30 });
    const start = performance.now();
    await flaky.ping();
    expect(performance.now() - start).toBeGreaterThanOrEqual(25);
  });

  it('lets a client that retries with one idempotency key record exactly one request despite faults', async () => {
    const memory = createMemoryAdapter({ staffKeys });
    const flaky = withFaults(memory, { failureRate: 0.5, seed: 3 });
    const receipts: Receipt[] = [];
    for (let n = 0; n < 10; n++) {
      const payload = await createSupportRequestSubmission({
        mutate: (d) => {
          d.address.district = `حي ${n}`;
        },
      });
      const idempotencyKey = newIdempotencyKey();
      for (let attempt = 0; ; attempt++) {
        try {
          receipts.push(await flaky.submit('support-request', payload, { idempotencyKey }));
          break;
        } catch (error) {
          if (!isStorageError(error) || !error.retryable || attempt > 50) throw error;
        }
      }
    }
    expect(flaky.faults.failures).toBeGreaterThan(0);
    const stored = await memory.staff({ key: 'officer-key-0123456789' }).listRequests();
    expect(stored).toHaveLength(10);
    expect(new Set(receipts.map((r) => r.reference))).toEqual(new Set(stored.map((r) => r.reference)));
  });
});
