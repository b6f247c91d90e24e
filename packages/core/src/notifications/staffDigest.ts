import type { AssociationConfig } from '../config/associationConfig';
import { transitionsFor } from '../forms/formDefinitions';
import { formatMessage } from '../i18n/formatMessage';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import type { QueueRow } from '../storage/BackendRepository';
import type { StaffKeyListing } from '../storage/staffKeyInput';
import { getStatusText } from '../workflow/getStatusText';
import { isStageOverdue, stageDueAt } from '../workflow/stageDueAt';
import { FINAL_STATES, type StaffRole } from '../workflow/states';
import { availableTransitions } from '../workflow/transitions';
import { pendingNotification } from './composeNotifications';
import { type NotificationTemplateKey, notificationTemplates } from './notificationTemplates';
import type { NotificationTemplateOverrides } from './renderNotification';
import type { StoredNotification } from './StoredNotification';

/** Most lines a section lists; the count in the subject is the whole number. */
const MAX_LINES = 50;

/**
 * Whether a request waits on a role: it is open, the role has a move from its state, and it is not her
 * turn — a request back with the beneficiary waits on her answer, not on staff.
 */
export function waitsOn(row: Pick<QueueRow, 'form' | 'status'>, role: StaffRole): boolean {
  if (FINAL_STATES.includes(row.status)) return false;
  const table = transitionsFor(row.form);
  const hers = table.some(
    (t) => t.from === row.status && t.to !== 'withdrawn' && t.roles.includes('applicant'),
  );
  return !hers && availableTransitions(row.status, role, table).length > 0;
}

/** What a staff member's daily summary lists: what waits on her past its stage target, and what is new for her. */
export function staffDigestItems(
  member: Pick<StaffKeyListing, 'id' | 'role'>,
  rows: readonly QueueRow[],
  options: { since: Date; now: Date; config: Pick<AssociationConfig, 'stageTargets' | 'decision'> },
): { overdue: QueueRow[]; assigned: QueueRow[] } {
  const overdue = rows.filter(
    (row) =>
      waitsOn(row, member.role) &&
      (!row.assignee || row.assignee.id === member.id) &&
      isStageOverdue(row, options.config, options.now),
  );
  const assigned = rows.filter(
    (row) =>
      row.assignee?.id === member.id &&
      row.assignee.at !== undefined &&
      Date.parse(row.assignee.at) > options.since.getTime() &&
      !FINAL_STATES.includes(row.status),
  );
  return { overdue, assigned };
}

/**
 * A staff member's daily summary by e-mail, in her language: the requests that wait on her past their
 * stage target, and those given to her since the last summary — references, stages and targets only, no
 * beneficiary's personal data. Null when she has no e-mail or nothing to read. Its id — the member and the
 * day — makes it one message a day whatever happens.
 * @example staffDigest(member, rows, { day: '2026-12-02', since, now, config, staffUrl: 'https://mord.example/#/staff' })
 */
export function staffDigest(
  member: Pick<StaffKeyListing, 'id' | 'name' | 'role' | 'email' | 'locale'>,
  rows: readonly QueueRow[],
  options: {
    /** The summary's day in Riyadh, `YYYY-MM-DD`. */
    day: string;
    since: Date;
    now: Date;
    config: Pick<AssociationConfig, 'stageTargets' | 'decision'>;
    /** Where the staff area is. */
    staffUrl: string;
    templates?: NotificationTemplateOverrides;
  },
): StoredNotification | null {
  if (!member.email) return null;
  const { overdue, assigned } = staffDigestItems(member, rows, options);
  if (overdue.length === 0 && assigned.length === 0) return null;
  const locale: Locale = member.locale ?? DEFAULT_LOCALE;
  const template = (key: NotificationTemplateKey) =>
    options.templates?.[locale]?.[key] ?? notificationTemplates[locale][key];
  const number = new Intl.NumberFormat(locale === 'ar' ? 'ar-SA' : 'en');
  const date = new Intl.DateTimeFormat(locale === 'ar' ? 'ar-SA-u-ca-gregory' : 'en-GB', {
    dateStyle: 'medium',
    timeZone: 'Asia/Riyadh',
  });
  const line = (row: QueueRow) => {
    const due = stageDueAt(row, options.config);
    return `• ${formatMessage(template('staff_digest.line'), {
      reference: row.reference,
      state: getStatusText(row.status, locale).title,
      due: due ? date.format(new Date(due)) : '—',
    })}`;
  };
  const section = (key: NotificationTemplateKey, list: QueueRow[]) =>
    list.length
      ? [
          formatMessage(template(key), { count: number.format(list.length) }),
          ...list.slice(0, MAX_LINES).map(line),
          ...(list.length > MAX_LINES ? ['…'] : []),
        ].join('\n')
      : null;
  const values = {
    name: member.name,
    overdue: number.format(overdue.length),
    assigned: number.format(assigned.length),
    link: options.staffUrl,
    sections: [section('staff_digest.overdue', overdue), section('staff_digest.assigned', assigned)]
      .filter(Boolean)
      .join('\n\n'),
  };
  return pendingNotification(
    {
      id: `staff_digest.${member.id}.${options.day}`,
      reference: `staff:${member.id}`,
      kind: 'staff_digest',
      channel: 'email',
      to: member.email,
      locale,
    },
    {
      subject: formatMessage(template('staff_digest.subject'), values),
      text: formatMessage(template('staff_digest.text'), values),
    },
    options.now.toISOString(),
    options.now.toISOString(),
  );
}

/**
 * The day whose summary is due at a moment: the local date (`YYYY-MM-DD`) once the local time has reached
 * `hour`, null before it.
 * @example digestDay(new Date('2026-12-02T04:30:00Z'), 7) // '2026-12-02' (07:30 in Riyadh)
 */
export function digestDay(at: Date, hour: number, timeZone = 'Asia/Riyadh'): string | null {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return Number(parts.hour) >= hour ? `${parts.year}-${parts.month}-${parts.day}` : null;
}
