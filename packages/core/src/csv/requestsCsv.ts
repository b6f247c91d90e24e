import { defineCatalog } from '../i18n/defineCatalog';
import type { Locale } from '../i18n/locale';
import { CHANNELS } from '../options/channels';
import { optionLabel } from '../options/defineOptions';
import type { RequestSummary } from '../storage/contracts';
import { getStatusText } from '../workflow/getStatusText';
import { toCsv } from './toCsv';

const csvMessages = defineCatalog(
  {
    reference: 'Reference',
    form: 'Form',
    status: 'Status',
    submittedAt: 'Submitted at',
    channel: 'Channel',
    name: 'Name',
    decisionDueAt: 'Decision due',
    overdue: 'Overdue',
    'form.support-request': 'Support request',
    'form.inquiry': 'Inquiry',
    'form.volunteer': 'Volunteering',
    yes: 'Yes',
    no: 'No',
  },
  {
    reference: 'الرقم المرجعي',
    form: 'النموذج',
    status: 'الحالة',
    submittedAt: 'تاريخ التقديم',
    channel: 'القناة',
    name: 'الاسم',
    decisionDueAt: 'موعد القرار',
    overdue: 'متأخر',
    'form.support-request': 'طلب دعم',
    'form.inquiry': 'استفسار',
    'form.volunteer': 'تطوع',
    yes: 'نعم',
    no: 'لا',
  },
);

/**
 * The staff queue as a CSV file for a spreadsheet, in the reader's language: headers, forms, states and
 * channels by their labels, "overdue" as yes or no; references, times (ISO) and names as stored.
 * @example requestsCsv(await staff.listRequests(), 'ar')
 */
export function requestsCsv(
  list: readonly Pick<
    RequestSummary,
    'reference' | 'form' | 'status' | 'submittedAt' | 'channel' | 'name' | 'decisionDueAt' | 'overdue'
  >[],
  locale: Locale,
): string {
  const m = csvMessages[locale];
  return toCsv([
    [m.reference, m.form, m.status, m.submittedAt, m.channel, m.name, m.decisionDueAt, m.overdue],
    ...list.map((r) => [
      r.reference,
      m[`form.${r.form}`],
      getStatusText(r.status, locale).title,
      r.submittedAt,
      optionLabel(CHANNELS, r.channel, locale),
      r.name,
      r.decisionDueAt,
      r.overdue ? m.yes : m.no,
    ]),
  ]);
}
