import { createHmac, randomBytes } from 'node:crypto';
import type { TransitionEvent } from '@mord/core';

/** The `X-Mord-Signature` value of a body: `sha256=<hex HMAC-SHA-256>`. */
export function signWebhook(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Sends each state change to a URL (so the association can notify beneficiaries by SMS or WhatsApp through
 * its own provider), signed with HMAC under its own secret, retried three times with backoff; never blocks
 * the request. Each event has an `id` (the same on every retry) and each delivery a `timestamp`, both inside
 * the signed body, so a receiver can refuse replays: accept an id once, and only fresh timestamps. The body
 * carries no personal data — the reference, the form, the states and the time; the receiver fetches more
 * with a staff key.
 */
export function createWebhookSender(url: string, secret: string, fetchImpl: typeof fetch = fetch) {
  if (!secret) throw new Error('A webhook needs its own secret (MORD_WEBHOOK_SECRET)');
  return (event: TransitionEvent) => {
    const id = `evt_${randomBytes(12).toString('base64url')}`;
    const send = async (attempt: number): Promise<void> => {
      const timestamp = new Date().toISOString();
      const body = JSON.stringify({ id, timestamp, type: 'request.transition', ...event });
      try {
        const response = await fetchImpl(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-mord-signature': signWebhook(secret, body),
            'x-mord-delivery': id,
          },
          body,
          signal: AbortSignal.timeout(5000),
        });
        if (!response.ok && response.status >= 500) throw new Error(`webhook answered ${response.status}`);
      } catch (error) {
        if (attempt >= 3) {
          console.error(`webhook failed for ${event.reference}: ${(error as Error).message}`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 500 * 2 ** attempt));
        return send(attempt + 1);
      }
    };
    void send(0);
  };
}
