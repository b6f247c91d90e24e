import { formatMessage } from '../i18n/formatMessage';
import { getDirection, type Locale } from '../i18n/locale';
import type { NotificationChannel } from './Notifier';
import {
  type NotificationKind,
  type NotificationTemplateKey,
  notificationTemplates,
} from './notificationTemplates';
import { fitSms } from './smsSegments';

/** What a message says: its placeholders' values (her name, her reference, the link…). */
export interface NotificationParams {
  name: string;
  reference: string;
  /** Where she follows it: a status link (or the survey or signing link). */
  link: string;
  period?: string;
  missing?: string;
  reason?: string;
  answer?: string;
  /** Her access code (a reminder she asked for). */
  code?: string;
}

/** Replacement templates per locale, from the association's configuration. */
export type NotificationTemplateOverrides = {
  readonly [L in Locale]?: Partial<Record<NotificationTemplateKey, string>>;
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/**
 * A message rendered for a channel in her locale: an e-mail gets a subject, the text, and the same text as
 * HTML in her reading direction (user data escaped, the link a link); an SMS or WhatsApp message is the
 * short text with the link, kept to two SMS parts (Arabic counts as UCS-2, 70 characters a part).
 * @example renderNotification('received', params, { channel: 'sms', locale: 'ar' }).text
 */
export function renderNotification(
  kind: NotificationKind,
  params: NotificationParams,
  options: { channel: NotificationChannel; locale: Locale; overrides?: NotificationTemplateOverrides },
): { subject?: string; text: string; html?: string } {
  const { locale } = options;
  const template = (key: NotificationTemplateKey) =>
    options.overrides?.[locale]?.[key] ?? notificationTemplates[locale][key];
  const values = {
    period: '',
    missing: '',
    reason: '',
    answer: '',
    code: '',
    ...params,
  };
  if (options.channel !== 'email') {
    return { text: fitSms(formatMessage(template(`${kind}.sms`), values), params.link) };
  }
  const text = formatMessage(template(`${kind}.text`), values);
  const direction = getDirection(locale);
  const paragraphs = text
    .split(/\n{2,}/)
    .map((paragraph) =>
      escapeHtml(paragraph)
        .replace(
          escapeHtml(params.link),
          `<a href="${escapeHtml(params.link)}">${escapeHtml(params.link)}</a>`,
        )
        .replace(/\n/g, '<br>'),
    )
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n');
  return {
    subject: formatMessage(template(`${kind}.subject`), values),
    text,
    html: `<!doctype html>\n<html lang="${locale}" dir="${direction}"><head><meta charset="utf-8"></head><body dir="${direction}" style="text-align: ${direction === 'rtl' ? 'right' : 'left'}">\n${paragraphs}\n</body></html>`,
  };
}
