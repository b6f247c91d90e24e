import { createHmac } from 'node:crypto';

/** A state change sent to the association's webhook (no personal data: the reference and the states). */
export interface TransitionEvent {
  reference: string;
  form: string;
  from: string | null;
  to: string;
  at: string;
}

/** The `X-Mord-Signature` value of a body: `sha256=<hex HMAC-SHA-256>`. */
export function signWebhook(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;
}

/**
 * Sends each state change to a URL (so the association can notify beneficiaries by SMS or WhatsApp through
 * its own provider), signed with HMAC, retried three times with backoff; never blocks the request.
 */
export function createWebhookSender(url: string, secret: string, fetchImpl: typeof fetch = fetch) {
  return (event: TransitionEvent) => {
    const body = JSON.stringify({ type: 'request.transition', ...event });
    const send = async (attempt: number): Promise<void> => {
      try {
        const response = await fetchImpl(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-mord-signature': signWebhook(secret, body) },
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
