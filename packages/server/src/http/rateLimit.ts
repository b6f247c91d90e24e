/**
 * Fixed-window counters per client: each client may add up to `limit` (requests, bytes, failures) per
 * window. Memory stays bounded: expired windows are dropped, and past `maxClients` the oldest go first.
 */
export function createWindowCounter(limit: number, windowMs = 60_000, maxClients = 50_000) {
  const windows = new Map<string, { start: number; count: number }>();
  const current = (client: string, now: number) => {
    let window = windows.get(client);
    if (!window || now - window.start >= windowMs) {
      if (windows.size >= maxClients) {
        for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
        // Still full of live windows: forget the oldest rather than grow without bound.
        if (windows.size >= maxClients) windows.delete(windows.keys().next().value!);
      }
      window = { start: now, count: 0 };
      windows.delete(client);
      windows.set(client, window);
    }
    return window;
  };
  const wait = (window: { start: number }, now: number) =>
    Math.max(1, Math.ceil((window.start + windowMs - now) / 1000));
  return {
    /** Adds `amount`; returns 0 when within the limit, otherwise the seconds until the window ends. */
    add(client: string, amount = 1, now = Date.now()): number {
      const window = current(client, now);
      window.count += amount;
      return window.count > limit ? wait(window, now) : 0;
    },
    /** Seconds until the client may go on, without adding anything; 0 when within the limit. */
    check(client: string, now = Date.now()): number {
      const window = windows.get(client);
      if (!window || now - window.start >= windowMs) return 0;
      return window.count >= limit ? wait(window, now) : 0;
    },
  };
}

/** A fixed-window request limiter: at most `limit` requests a minute per client; returns seconds to wait or 0. */
export function createRateLimiter(limit: number, windowMs = 60_000) {
  const counter = createWindowCounter(limit, windowMs);
  return (client: string, now = Date.now()): number => counter.add(client, 1, now);
}
