import { exampleSupportRequestSubmission, type Locale, type SubmissionPayload } from '@mord/core';

/** A valid, signed support-request submission (see `exampleSupportRequestSubmission` in `@mord/core`). */
export const createSupportRequestSubmission = exampleSupportRequestSubmission;

/** A valid inquiry submission. */
export function createInquirySubmission(locale: Locale = 'ar'): SubmissionPayload {
  return {
    data: {
      name: 'نورة سعد العتيبي',
      mobile: '٠٥٠١٢٣٤٥٦٧',
      preferredContact: 'phone',
      topic: 'eligibility',
      message: 'هل يمكنني التقديم إذا كنتُ أسكن خارج الرياض؟',
      channel: 'phone',
      consents: { processing: true },
    },
    channel: 'phone',
    locale,
  };
}

/** A valid volunteer application submission. */
export function createVolunteerSubmission(locale: Locale = 'ar'): SubmissionPayload {
  return {
    data: {
      name: 'هدى الحربي',
      idNumber: '1234567897',
      dateOfBirth: { calendar: 'gregory', year: 1995, month: 4, day: 2 },
      mobile: '0551234567',
      region: 'riyadh',
      city: 'الرياض',
      education: 'bachelor',
      areas: ['mentoring'],
      availability: ['weekends'],
      hoursPerMonth: 8,
      channel: 'volunteering',
      consents: { processing: true },
    },
    channel: 'volunteering',
    locale,
  };
}

/** A valid response to the default satisfaction survey. */
export function createSurveyResponse() {
  return {
    answers: { csat: 5, ces: 6, nps: 9, courtesy: 5, answered_in_period: 'yes' },
    comment: 'شكرًا على حسن التعامل',
    channel: 'phone',
    serviceType: 'food_basket',
    anonymous: false,
  };
}

/** Smallest byte prefixes of each accepted file type, and of a Windows executable. */
export const FILE_SAMPLES = {
  pdf: new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1]),
  exe: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0]),
} as const;

/** Text that exercises Arabic round trips: diacritics, tatweel, bidi marks, Arabic-Indic digits, emoji. */
export const ARABIC_SAMPLE = 'عَبْدُ الرَّحْمٰنِ ـ \u200Fنورة\u200E ١٢٣ ۴۵۶ 🌙 «مورد»';
