import { StorageError } from '@mord/core';

/** When an injected fault strikes: before the call (nothing happened) or after it (done, but the answer is lost). */
export type FaultMode = 'before' | 'after' | 'mixed';

/** Options of {@link withFaults}. */
export interface FaultOptions {
  /** Share of calls that fail, 0–1. @default 0.2 */
  failureRate?: number;
  /** Delay added to every call, in ms, or a `[min, max]` range. @default 0 */
  latencyMs?: number | [number, number];
  /** Seed of the pseudo-random sequence, so a failing run can be replayed. @default 1 */
  seed?: number;
  /** @default 'mixed' */
  mode?: FaultMode;
  /** Method names to leave alone. */
  exclude?: string[];
}

/** Counters of a fault-injecting wrapper. */
export interface FaultStats {
  calls: number;
  failures: number;
}

/** Mulberry32: a tiny seeded PRNG, good enough to spread faults reproducibly. */
function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/**
 * Wraps an adapter so that its methods (nested ones such as `attachments.put` included) are slowed
 * down and fail with a retryable `StorageError('unavailable')` at a seeded rate — either before the
 * call or after it succeeded, which is what makes idempotency necessary.
 * @example const flaky = withFaults(createMemoryAdapter(), { failureRate: 0.3, seed: 7 })
 */
export function withFaults<T extends object>(
  adapter: T,
  options: FaultOptions = {},
): T & { readonly faults: FaultStats } {
  const random = createRandom(options.seed ?? 1);
  const rate = options.failureRate ?? 0.2;
  const mode = options.mode ?? 'mixed';
  const exclude = new Set(options.exclude ?? []);
  const stats: FaultStats = { calls: 0, failures: 0 };

  function latency(): number {
    const l = options.latencyMs ?? 0;
    return Array.isArray(l) ? l[0] + random() * (l[1] - l[0]) : l;
  }

  function fault(): StorageError {
    stats.failures += 1;
    return new StorageError('unavailable', 'Injected fault', { retryable: true });
  }

  function wrap<F extends (...args: unknown[]) => unknown>(fn: F, self: object): F {
    return (async (...args: unknown[]) => {
      stats.calls += 1;
      await sleep(latency());
      const fails = random() < rate;
      const after = mode === 'after' || (mode === 'mixed' && random() < 0.5);
      if (fails && !after) throw fault();
      const result = await fn.apply(self, args);
      if (fails) throw fault();
      return result;
    }) as F;
  }

  function proxy<O extends object>(target: O): O {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(target)) {
      const value = (target as Record<string, unknown>)[key];
      if (typeof value === 'function' && !exclude.has(key))
        out[key] = wrap(value as (...a: unknown[]) => unknown, target);
      else if (value && typeof value === 'object' && !Array.isArray(value) && key !== 'capabilities')
        out[key] = proxy(value);
      else out[key] = value;
    }
    return out as O;
  }

  return Object.assign(proxy(adapter), { faults: stats });
}
