/**
 * A fixed-window counter per client: at most `limit` requests a minute. Returns the seconds to wait when
 * the limit is reached, or 0. Memory stays bounded: windows are dropped as they expire.
 */
export function createRateLimiter(limit: number, windowMs = 60_000) {
  const windows = new Map<string, { start: number; count: number }>();
  return (client: string, now = Date.now()): number => {
    if (windows.size > 10_000) {
      for (const [key, w] of windows) if (now - w.start >= windowMs) windows.delete(key);
    }
    const window = windows.get(client);
    if (!window || now - window.start >= windowMs) {
      windows.set(client, { start: now, count: 1 });
      return 0;
    }
    window.count += 1;
    return window.count > limit ? Math.ceil((window.start + windowMs - now) / 1000) : 0;
  };
}
