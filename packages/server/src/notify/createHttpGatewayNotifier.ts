import type { NotificationChannel, NotificationMessage, Notifier } from '@mord/core';

/** Options of {@link createHttpGatewayNotifier}: the shape Saudi SMS and WhatsApp gateways take. */
export interface HttpGatewayOptions {
  /** The gateway's endpoint. */
  url: string;
  /** What it sends. @default ['sms'] */
  channels?: readonly NotificationChannel[];
  /** Headers sent with each call, e.g. `{ authorization: 'Bearer …' }`. */
  headers?: Readonly<Record<string, string>>;
  /** `json` (an object) or `form` (`application/x-www-form-urlencoded`). @default 'json' */
  format?: 'json' | 'form';
  /**
   * The body, each value a template over `{to}` (digits only, `9665…`), `{text}`, `{id}` and `{channel}`.
   * @default { to: '{to}', text: '{text}', reference: '{id}' }
   */
  body?: Readonly<Record<string, string>>;
  /** Where the provider's message id is in its JSON answer, dotted (`data.id`). Without it, the status is used. */
  idPath?: string;
  /** @default 15 */
  timeoutSeconds?: number;
}

function fill(template: string, message: NotificationMessage): string {
  const values: Record<string, string> = {
    to: message.to.replace(/^\+/, ''),
    text: message.text,
    id: message.id,
    channel: message.channel,
  };
  return template.replace(/\{(to|text|id|channel)\}/g, (_, name: string) => values[name]!);
}

/**
 * SMS and WhatsApp through a configurable HTTP gateway: one POST per message with the configured headers and
 * body template (JSON or form), answered 2xx when the gateway took it; the provider's id is read from the
 * answer. Anything else rejects, so the outbox retries.
 */
export function createHttpGatewayNotifier(options: HttpGatewayOptions): Notifier {
  const channels = options.channels ?? ['sms'];
  const format = options.format ?? 'json';
  const template = options.body ?? { to: '{to}', text: '{text}', reference: '{id}' };
  return {
    name: 'http-gateway',
    capabilities: { channels },
    async send(message) {
      if (!channels.includes(message.channel))
        throw new Error(`This gateway does not send ${message.channel}`);
      const fields = Object.fromEntries(
        Object.entries(template).map(([key, value]) => [key, fill(value, message)]),
      );
      const response = await fetch(options.url, {
        method: 'POST',
        headers: {
          ...options.headers,
          'content-type': format === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
        },
        body: format === 'json' ? JSON.stringify(fields) : new URLSearchParams(fields).toString(),
        signal: AbortSignal.timeout((options.timeoutSeconds ?? 15) * 1000),
      });
      const answer = await response.text();
      if (!response.ok) throw new Error(`The gateway answered ${response.status}`);
      let providerId: unknown;
      if (options.idPath) {
        try {
          providerId = options.idPath
            .split('.')
            .reduce<unknown>(
              (node, key) => (node as Record<string, unknown> | null)?.[key],
              JSON.parse(answer),
            );
        } catch {
          providerId = undefined;
        }
      }
      return {
        providerId:
          providerId === undefined || providerId === null ? `http-${response.status}` : String(providerId),
      };
    },
  };
}
