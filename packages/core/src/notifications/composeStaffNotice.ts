import { DEFAULT_LOCALE } from '../i18n/locale';
import type { StaffKeyListing } from '../storage/staffKeyInput';
import { type NotificationSettings, pendingNotification } from './composeNotifications';
import type { NotificationKind } from './notificationTemplates';
import { renderNotification } from './renderNotification';
import type { StoredNotification } from './StoredNotification';

/**
 * An e-mail to a staff member about a request — its reference and the staff area's link, never the
 * beneficiary's data — in the member's language; null without her address or a staff area to link to.
 * @example composeStaffNotice('reply_received', member, 'MRD-…', settings, { id: 'reply_received.MRD-….4', at })
 */
export function composeStaffNotice(
  kind: Extract<NotificationKind, 'reply_received'>,
  member: Pick<StaffKeyListing, 'name' | 'email' | 'locale'>,
  reference: string,
  settings: Pick<NotificationSettings, 'channels' | 'staffUrl' | 'templates'>,
  event: { id: string; at: string },
): StoredNotification | null {
  if (!member.email || !settings.staffUrl || !settings.channels.includes('email')) return null;
  const locale = member.locale ?? DEFAULT_LOCALE;
  const rendered = renderNotification(
    kind,
    { name: member.name, reference, link: settings.staffUrl },
    { channel: 'email', locale, ...(settings.templates ? { overrides: settings.templates } : {}) },
  );
  return pendingNotification(
    { id: event.id, reference, kind, channel: 'email', to: member.email, locale },
    rendered,
    event.at,
    event.at,
  );
}
