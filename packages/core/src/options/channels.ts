import { defineOptions } from './defineOptions';

/** The eight channels through which the association serves beneficiaries (its board's policy). */
export const CHANNEL_IDS = [
  'interview',
  'phone',
  'social_media',
  'letter',
  'help_request',
  'volunteering',
  'website',
  'branch_representative',
] as const;

/** A channel id. */
export type Channel = (typeof CHANNEL_IDS)[number];

/** The policy's eight channels with Arabic and English labels. */
export const CHANNELS = defineOptions(CHANNEL_IDS, {
  en: {
    interview: 'In-person interview',
    phone: 'Phone call',
    social_media: 'Social media',
    letter: 'Letter',
    help_request: 'Help-request services',
    volunteering: 'Volunteering service',
    website: "The association's website",
    branch_representative: 'Branch office representative',
  },
  ar: {
    interview: 'المقابلة الشخصية',
    phone: 'الاتصالات الهاتفية',
    social_media: 'وسائل التواصل الاجتماعي',
    letter: 'الخطابات',
    help_request: 'خدمات طلب المساعدة',
    volunteering: 'خدمة التطوع',
    website: 'الموقع الإلكتروني للجمعية',
    branch_representative: 'مناديب المكاتب الفرعية',
  },
});

/**
 * The same channels worded as an answer to «كيف وصلتِ إلينا؟» / "How did you reach us?" — singular, as
 * one reaches the association once («اتصال هاتفي»، «خطاب»); `CHANNELS` keeps the policy's own headings
 * for the site's list and the report.
 */
export const CHANNEL_ANSWERS = defineOptions(CHANNEL_IDS, {
  en: {
    interview: 'An in-person interview',
    phone: 'A phone call',
    social_media: 'Social media',
    letter: 'A letter',
    help_request: 'A help-request service',
    volunteering: 'The volunteering service',
    website: "The association's website",
    branch_representative: 'A branch office representative',
  },
  ar: {
    interview: 'مقابلة شخصية',
    phone: 'اتصال هاتفي',
    social_media: 'وسائل التواصل الاجتماعي',
    letter: 'خطاب',
    help_request: 'خدمة طلب المساعدة',
    volunteering: 'خدمة التطوع',
    website: 'الموقع الإلكتروني للجمعية',
    branch_representative: 'مندوبة مكتب فرعي',
  },
});

/**
 * Channels where she is not before the staff member who takes her request (a call, a letter, a message):
 * the staff member attests what she was told, and the request waits for her own signature — through a
 * signing link or on a printed copy.
 */
export const REMOTE_CHANNELS: readonly Channel[] = ['phone', 'letter', 'social_media'];

/** Whether she signs on the device when a request is taken through this channel (she is there). */
export function signsInPerson(channel: Channel): boolean {
  return !REMOTE_CHANNELS.includes(channel);
}

/** Channels where a staff member fills the form for the beneficiary (assisted mode). */
export const ASSISTED_CHANNELS: readonly Channel[] = [
  'interview',
  'phone',
  'letter',
  'branch_representative',
];
