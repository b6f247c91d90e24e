import type { AssociationConfig } from '../config/associationConfig';
import { formatDecisionPeriod } from '../declaration/formatDecisionPeriod';
import { displayName } from '../forms/formDefinitions';
import { optionLabel } from '../options/defineOptions';
import type { StoredRequest } from '../storage/BackendRepository';
import type { HistoryEntry } from '../workflow/applyTransition';
import { rejectionReasons } from '../workflow/referral';
import { linkInLanguage } from './linkInLanguage';
import type { NotificationChannel } from './Notifier';
import { notificationKind } from './notificationKind';
import type { NotificationKind } from './notificationTemplates';
import { DEFAULT_QUIET_HOURS, nextSendingTime, type QuietHours } from './quietHours';
import { recipientOf } from './recipientOf';
import { type NotificationTemplateOverrides, renderNotification } from './renderNotification';
import type { StoredNotification } from './StoredNotification';

/** How a backend tells her what happened: the channels it has a transport for, and where her links go. */
export interface NotificationSettings {
  /** The channels with a transport (e-mail, SMS, WhatsApp). Without any, nothing is written. */
  channels: readonly NotificationChannel[];
  /** Base of her status page; `<reference>/<link token>` is appended (her status link). */
  statusUrl: string;
  /** The association's own wording, per locale. */
  templates?: NotificationTemplateOverrides;
  /** No SMS or WhatsApp at night. @default 22:00–07:00 Asia/Riyadh */
  quietHours?: QuietHours;
  /** The staff area: with it (and e-mail), each staff member with an address gets a daily summary. */
  staffUrl?: string;
  /** The hour (Riyadh) from which the day's summaries go. @default 7 */
  digestHour?: number;
}

/**
 * The message a change sends her, ready for the outbox: which event (`notificationKind`), where
 * (`recipientOf`, her preferred contact among the channels there is a transport for), in her language and
 * words (what is missing and the reason by their labels, the answer as written), with its link (her status,
 * or the survey or signing link the caller made), held until morning for a phone. The event's id —
 * kind, reference and the history entry's index — makes it one message per event.
 */
export function composeNotifications(
  request: NotifiedRequest & { awaitingSignature?: boolean },
  entry: Pick<HistoryEntry, 'from' | 'to' | 'at' | 'answer' | 'missing' | 'reason'>,
  index: number,
  context: ComposeContext,
): StoredNotification[] {
  const kind = notificationKind(request.form, entry, { awaitingSignature: request.awaitingSignature });
  if (!kind) return [];
  const message = composeMessage(
    kind,
    request,
    `${kind}.${request.reference}.${index}`,
    entry.at,
    context,
    entry,
  );
  return message ? [message] : [];
}

/** What a message is about. */
export type NotifiedRequest = Pick<StoredRequest, 'reference' | 'form' | 'data' | 'locale' | 'decisionDays'>;

/** The settings, the association's lists, the link and (a reminder) her code. */
export interface ComposeContext {
  settings: NotificationSettings;
  config: AssociationConfig;
  link?: string;
  code?: string;
}

/**
 * One message of a kind about a request, with its id and time: rendered in her language, to her preferred
 * contact, held until morning for a phone; null when she left nothing that can receive it.
 */
export function composeMessage(
  kind: NotificationKind,
  request: NotifiedRequest,
  id: string,
  at: string,
  context: ComposeContext,
  entry: Pick<HistoryEntry, 'answer' | 'missing' | 'reason'> = {},
): StoredNotification | null {
  const { settings, config } = context;
  const target = recipientOf(request.data, settings.channels);
  if (!target) return null;
  const locale = request.locale;
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
  const rendered = renderNotification(
    kind,
    {
      name: displayName(request.form, request.data),
      reference: request.reference,
      link: linkInLanguage(
        context.link ?? `${settings.statusUrl}${encodeURIComponent(request.reference)}`,
        locale,
      ),
      period: formatDecisionPeriod(
        request.decisionDays ?? config.decision.days,
        locale,
        config.decision.wording,
      ),
      missing: list(
        (entry.missing ?? []).map((item) =>
          optionLabel([...config.documents, ...config.checklist], item, locale),
        ),
      ),
      reason: entry.reason ? optionLabel(rejectionReasons(config), entry.reason, locale) : '',
      answer: entry.answer ?? '',
      ...(context.code ? { code: context.code } : {}),
    },
    { channel: target.channel, locale, ...(settings.templates ? { overrides: settings.templates } : {}) },
  );
  const due =
    target.channel === 'email'
      ? new Date(at)
      : nextSendingTime(new Date(at), settings.quietHours ?? DEFAULT_QUIET_HOURS);
  return pendingNotification(
    { id, reference: request.reference, kind, channel: target.channel, to: target.to, locale },
    rendered,
    due.toISOString(),
    at,
  );
}

/** A rendered message, waiting in the outbox until `due`. */
export function pendingNotification(
  message: Pick<StoredNotification, 'id' | 'reference' | 'kind' | 'channel' | 'to' | 'locale'>,
  rendered: { subject?: string; text: string; html?: string },
  due: string,
  at: string,
): StoredNotification {
  return {
    ...message,
    ...(rendered.subject ? { subject: rendered.subject } : {}),
    text: rendered.text,
    ...(rendered.html ? { html: rendered.html } : {}),
    status: 'pending',
    attempts: 0,
    nextAttemptAt: due,
    createdAt: at,
  };
}
