import * as z from 'zod/mini';
import { CONTACT_METHODS } from '../options/applicantOptions';
import { CHANNELS } from '../options/channels';
import { optionIds } from '../options/defineOptions';
import { INQUIRY_TOPICS } from '../options/otherFormOptions';
import { addIssue, emailSchema, fullNameSchema, longText, mobileSchema, optionalField } from './fields';

/**
 * A question or request for information through any of the association's channels.
 * @example validate(inquirySchema, { name: 'نورة', mobile: '0551234567', … }, { locale: 'ar' })
 */
export const inquirySchema = z
  .strictObject({
    name: fullNameSchema,
    mobile: mobileSchema,
    email: optionalField(emailSchema),
    preferredContact: z.enum(optionIds(CONTACT_METHODS)),
    topic: z.enum(optionIds(INQUIRY_TOPICS)),
    message: longText(2000, 10),
    channel: z.enum(optionIds(CHANNELS)),
    consents: z.strictObject({ processing: z.literal(true) }),
  })
  .check(
    z.superRefine((inquiry, ctx) => {
      if (inquiry.preferredContact === 'email' && !inquiry.email) {
        addIssue(ctx, 'contact.email_required', { path: ['email'] });
      }
    }),
  );

/** An inquiry as entered in a form. */
export type InquiryInput = z.input<typeof inquirySchema>;

/** A validated inquiry. */
export type Inquiry = z.output<typeof inquirySchema>;
