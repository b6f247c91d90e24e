import type { Locale } from '../i18n/locale';

/** How a message reaches her (or a staff member). */
export const NOTIFICATION_CHANNELS = ['email', 'sms', 'whatsapp'] as const;

/** A channel a notifier sends through. */
export type NotificationChannel = (typeof NOTIFICATION_CHANNELS)[number];

/** One message to send: rendered, plain text first, with the id of the event that caused it. */
export interface NotificationMessage {
  /**
   * The event's id, stable across retries: a transport that can (an SMTP `Message-ID`, a gateway's
   * reference) passes it on, so a provider can drop a repeat.
   */
  id: string;
  channel: NotificationChannel;
  /** An e-mail address, or a mobile number as `+9665…`. */
  to: string;
  locale: Locale;
  /** E-mail only. */
  subject?: string;
  /** The message as plain text: what an SMS or WhatsApp carries, and the e-mail's text part. */
  text: string;
  /** E-mail only: the same message as right-to-left (or left-to-right) HTML. */
  html?: string;
}

/** What a notifier says about itself. */
export interface NotifierCapabilities {
  /** The channels it sends through. */
  channels: readonly NotificationChannel[];
}

/** What a provider answered: its own id for the message (an SMTP queue id, a gateway's message id). */
export interface NotificationReceipt {
  providerId: string;
}

/**
 * A transport for messages (SMTP, an SMS or WhatsApp gateway, the console): `send` resolves once the
 * provider accepted the message and rejects when it did not — the caller's outbox retries. Run
 * `testNotifier` from `@mord/adapter-testkit` against your own.
 */
export interface Notifier {
  readonly name?: string;
  readonly capabilities: NotifierCapabilities;
  send(message: NotificationMessage): Promise<NotificationReceipt>;
}
