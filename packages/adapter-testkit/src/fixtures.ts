import {
  exampleInquirySubmission,
  exampleSupportRequestSubmission,
  type Locale,
  type SubmissionPayload,
} from '@mord/core';

/** A valid, signed support-request submission (see `exampleSupportRequestSubmission` in `@mord/core`). */
export const createSupportRequestSubmission = exampleSupportRequestSubmission;

/** A valid inquiry submission. */
export function createInquirySubmission(locale: Locale = 'ar'): SubmissionPayload {
  return exampleInquirySubmission({}, locale);
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

/** Small complete files of each accepted type, a Windows executable, and polyglots that must be refused. */
export const FILE_SAMPLES = {
  pdf: new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  /** A complete 1×1 greyscale PNG (IHDR, IDAT, IEND). */
  png: new Uint8Array([
    137, 80, 78, 71, 13, 10, 26, 10, 0, 0, 0, 13, 73, 72, 68, 82, 0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0, 58,
    126, 155, 85, 0, 0, 0, 10, 73, 68, 65, 84, 120, 156, 99, 96, 0, 0, 0, 2, 0, 1, 72, 175, 164, 113, 0, 0, 0,
    0, 73, 69, 78, 68, 174, 66, 96, 130,
  ]),
  /** A complete 2×2 JPEG as Chromium encodes a blank canvas. */
  jpeg: new Uint8Array([
    255, 216, 255, 224, 0, 16, 74, 70, 73, 70, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 255, 219, 0, 67, 0, 16, 11, 12,
    14, 12, 10, 16, 14, 13, 14, 18, 17, 16, 19, 24, 40, 26, 24, 22, 22, 24, 49, 35, 37, 29, 40, 58, 51, 61,
    60, 57, 51, 56, 55, 64, 72, 92, 78, 64, 68, 87, 69, 55, 56, 80, 109, 81, 87, 95, 98, 103, 104, 103, 62,
    77, 113, 121, 112, 100, 120, 92, 101, 103, 99, 255, 219, 0, 67, 1, 17, 18, 18, 24, 21, 24, 47, 26, 26, 47,
    99, 66, 56, 66, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99, 99,
    99, 99, 255, 192, 0, 17, 8, 0, 2, 0, 2, 3, 1, 34, 0, 2, 17, 1, 3, 17, 1, 255, 196, 0, 21, 0, 1, 1, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7, 255, 196, 0, 20, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 255, 196, 0, 20, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 196, 0, 20, 17, 1, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 218, 0, 12, 3, 1, 0, 2, 17, 3, 17, 0, 63, 0, 159, 128,
    15, 255, 217,
  ]),
  exe: new Uint8Array([0x4d, 0x5a, 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0]),
  /** A PDF signature followed by an HTML page with a script. */
  pdfHtmlPolyglot: new TextEncoder().encode(
    '%PDF-1.7\n<html><body><script>alert(document.cookie)</script></body></html>\n%%EOF\n',
  ),
  /** A PDF that runs JavaScript when opened. */
  pdfWithJavaScript: new TextEncoder().encode(
    '%PDF-1.7\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >> endobj\n%%EOF\n',
  ),
} as const;

/** A JPEG header whose comment segment carries a script: an image that is also a page. */
export function jpegScriptPolyglot(): Uint8Array {
  const comment = new TextEncoder().encode('<script>alert(1)</script>');
  const segment = [0xff, 0xfe, 0, comment.length + 2, ...comment];
  const jpeg = FILE_SAMPLES.jpeg;
  return Uint8Array.from([...jpeg.slice(0, 2), ...segment, ...jpeg.slice(2)]);
}

/** A complete PNG with an HTML page appended after its last chunk. */
export function pngWithTrailer(): Uint8Array {
  return Uint8Array.from([...FILE_SAMPLES.png, ...new TextEncoder().encode('<html>hi</html>')]);
}

/** Text that exercises Arabic round trips: diacritics, tatweel, bidi marks, Arabic-Indic digits, emoji. */
export const ARABIC_SAMPLE = 'عَبْدُ الرَّحْمٰنِ ـ \u200Fنورة\u200E ١٢٣ ۴۵۶ 🌙 «مورد»';
