import type { StoredNotification } from '@mord/core';

/** The columns of a message in the outbox, in the order both dialects' inserts use. */
export const NOTIFICATION_COLUMNS = [
  'id',
  'reference',
  'kind',
  'channel',
  'recipient',
  'locale',
  'subject',
  'body',
  'html',
  'status',
  'attempts',
  'next_attempt_at',
  'created_at',
] as const;

/** A message's insert row, in both dialects. */
export function notificationToRow(message: StoredNotification): unknown[] {
  return [
    message.id,
    message.reference,
    message.kind,
    message.channel,
    message.to,
    message.locale,
    message.subject ?? null,
    message.text,
    message.html ?? null,
    message.status,
    message.attempts,
    message.nextAttemptAt,
    message.createdAt,
  ];
}

/** A message from a row of either dialect. */
export function rowToNotification(row: Record<string, unknown>): StoredNotification {
  return {
    id: row.id as string,
    reference: row.reference as string,
    kind: row.kind as StoredNotification['kind'],
    channel: row.channel as StoredNotification['channel'],
    to: row.recipient as string,
    locale: row.locale as StoredNotification['locale'],
    ...(row.subject ? { subject: row.subject as string } : {}),
    text: row.body as string,
    ...(row.html ? { html: row.html as string } : {}),
    status: row.status as StoredNotification['status'],
    attempts: Number(row.attempts),
    nextAttemptAt: row.next_attempt_at as string,
    createdAt: row.created_at as string,
    ...(row.sent_at ? { sentAt: row.sent_at as string } : {}),
    ...(row.provider_id ? { providerId: row.provider_id as string } : {}),
    ...(row.last_error ? { lastError: row.last_error as string } : {}),
  };
}

/** The update a delivery outcome makes: column values, in the order the dialects' statements name them. */
export function outcomeColumns(outcome: import('@mord/core').DeliveryOutcome) {
  return {
    status: outcome.status,
    attempts: outcome.attempts,
    next_attempt_at: outcome.status === 'pending' ? outcome.nextAttemptAt : null,
    sent_at: outcome.status === 'sent' ? outcome.sentAt : null,
    provider_id: outcome.status === 'sent' ? outcome.providerId : null,
    last_error: outcome.status === 'sent' ? null : outcome.lastError,
  };
}
