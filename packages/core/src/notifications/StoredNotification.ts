import type { Locale } from '../i18n/locale';
import type { NotificationChannel } from './Notifier';
import type { NotificationKind } from './notificationTemplates';

/**
 * A message in the store's outbox: written in the same transaction as the change that causes it, then
 * delivered by a worker with retries. Its id is the event's: one message per event, whatever happens.
 */
export interface StoredNotification {
  id: string;
  reference: string;
  kind: NotificationKind;
  channel: NotificationChannel;
  to: string;
  locale: Locale;
  subject?: string;
  text: string;
  html?: string;
  /** `pending` until a transport accepted it (`sent`) or it gave up (`failed`). */
  status: 'pending' | 'sent' | 'failed';
  attempts: number;
  /** When the worker may try it (the next try after a failure, the end of the quiet hours, a claim's lease). */
  nextAttemptAt: string;
  createdAt: string;
  sentAt?: string;
  /** The provider's id for it (an SMTP acknowledgement, a gateway's message id). */
  providerId?: string;
  /** Why the last try failed, for staff; never her data. */
  lastError?: string;
}

/** What happened to a message the worker tried. */
export type DeliveryOutcome =
  | { status: 'sent'; sentAt: string; providerId: string; attempts: number }
  | { status: 'pending'; nextAttemptAt: string; lastError: string; attempts: number }
  | { status: 'failed'; lastError: string; attempts: number };

/** Tries before a message is given up (about a day with the backoff). @default 8 */
export const MAX_DELIVERY_ATTEMPTS = 8;

/** The wait before try `attempts + 1`: 30 s doubling, at most 6 hours. */
export function retryDelayMs(attempts: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempts - 1), 6 * 60 * 60 * 1000);
}
