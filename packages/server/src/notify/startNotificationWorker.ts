import {
  type BackendRepository,
  DEFAULT_QUIET_HOURS,
  MAX_DELIVERY_ATTEMPTS,
  type Notifier,
  nextSendingTime,
  type QuietHours,
  retryDelayMs,
} from '@mord/core';

/** Options of {@link startNotificationWorker}. */
export interface NotificationWorkerOptions {
  repository: BackendRepository;
  /** The transports; each message goes to the first that sends its channel. */
  notifiers: readonly Notifier[];
  /** @default 2000 */
  intervalMs?: number;
  /** How long a claimed message is held for this worker before another may take it. @default 60 s */
  leaseMs?: number;
  /** @default 20 */
  batch?: number;
  quietHours?: QuietHours;
  /** @default () => new Date() */
  now?: () => Date;
  /** Told of each failure, without the message's text or address (for the log). */
  onError?: (id: string, error: string) => void;
  /** Run before each round: writes the staff's daily summaries when they are due (`sendStaffDigests`). */
  digests?: () => Promise<unknown>;
}

/**
 * Delivers the outbox: every `intervalMs` it claims due messages (with a lease, so a crashed worker's
 * messages come back after it), sends each through its channel's transport, and records the provider's id;
 * a failure is retried with backoff (`retryDelayMs`) up to `MAX_DELIVERY_ATTEMPTS`, and a message to a phone
 * that falls due at night waits for the morning. Returns `stop` and `tick` (one round, for tests).
 */
export function startNotificationWorker(options: NotificationWorkerOptions): {
  stop(): Promise<void>;
  tick(): Promise<number>;
} {
  const now = options.now ?? (() => new Date());
  const leaseMs = options.leaseMs ?? 60_000;
  const quiet = options.quietHours ?? DEFAULT_QUIET_HOURS;
  let running: Promise<number> | null = null;
  let stopped = false;

  async function round(): Promise<number> {
    try {
      await options.digests?.();
    } catch (error) {
      options.onError?.('staff-digests', error instanceof Error ? error.message : String(error));
    }
    const at = now();
    const claimed = await options.repository.claimNotifications(
      at.toISOString(),
      options.batch ?? 20,
      new Date(at.getTime() + leaseMs).toISOString(),
    );
    for (const message of claimed) {
      const attempts = message.attempts + 1;
      const transport = options.notifiers.find((n) => n.capabilities.channels.includes(message.channel));
      if (message.channel !== 'email') {
        const morning = nextSendingTime(now(), quiet);
        if (morning.getTime() > now().getTime()) {
          await options.repository.recordDelivery(message.id, {
            status: 'pending',
            nextAttemptAt: morning.toISOString(),
            lastError: 'quiet hours',
            attempts: message.attempts,
          });
          continue;
        }
      }
      try {
        if (!transport) throw new Error(`No transport sends ${message.channel}`);
        const receipt = await transport.send(message);
        await options.repository.recordDelivery(message.id, {
          status: 'sent',
          sentAt: now().toISOString(),
          providerId: receipt.providerId,
          attempts,
        });
      } catch (error) {
        // Only the transport's own words, cut short: never the message or its address.
        // Providers sometimes echo the recipient in their error: addresses and numbers are masked.
        const reason = (error instanceof Error ? error.message : String(error))
          .replace(/[^\s<>"']+@[^\s<>"']+/g, '<address>')
          .replace(/\+?\d[\d\s-]{7,}\d/g, '<number>')
          .slice(0, 200);
        options.onError?.(message.id, reason);
        await options.repository.recordDelivery(
          message.id,
          attempts >= MAX_DELIVERY_ATTEMPTS
            ? { status: 'failed', lastError: reason, attempts }
            : {
                status: 'pending',
                nextAttemptAt: new Date(now().getTime() + retryDelayMs(attempts)).toISOString(),
                lastError: reason,
                attempts,
              },
        );
      }
    }
    return claimed.length;
  }

  const tick = () => {
    running ??= round().finally(() => {
      running = null;
    });
    return running;
  };
  const timer = setInterval(() => {
    if (!stopped) void tick().catch((error) => options.onError?.('worker', String(error)));
  }, options.intervalMs ?? 2000);
  timer.unref?.();
  return {
    tick,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
