import type { Locale } from '../i18n/locale';
import type { InquiryInput } from '../schemas/inquirySchema';
import type { SubmissionPayload } from '../storage/contracts';

/**
 * A valid inquiry as a form sends it (Arabic, Arabic-Indic digits), with any field changed: for examples,
 * demos and adapter tests.
 * @example exampleInquirySubmission({ topic: 'complaint', message: 'لم يتصل بي أحد بعد زيارتي.' })
 */
export function exampleInquirySubmission(
  data: Partial<InquiryInput> = {},
  locale: Locale = 'ar',
): SubmissionPayload & { data: InquiryInput } {
  return {
    data: {
      name: 'نورة سعد العتيبي',
      mobile: '٠٥٠١٢٣٤٥٦٧',
      preferredContact: 'phone',
      topic: 'eligibility',
      message: 'هل يمكنني التقديم إذا كنتُ أسكن خارج الرياض؟',
      channel: 'social_media',
      consents: { processing: true },
      ...data,
    },
    channel: data.channel ?? 'social_media',
    locale,
  };
}
