import * as z from 'zod/mini';
import { EDUCATION_LEVELS, REGIONS } from '../options/applicantOptions';
import { CHANNELS } from '../options/channels';
import { optionIds } from '../options/defineOptions';
import { AVAILABILITY, VOLUNTEER_AREAS } from '../options/otherFormOptions';
import {
  dateSchema,
  emailSchema,
  fullNameSchema,
  integerSchema,
  longText,
  mobileSchema,
  optionalField,
  saudiIdSchema,
  text,
} from './fields';

/** An application to the association's volunteering service (خدمة التطوع). */
export const volunteerApplicationSchema = z.strictObject({
  name: fullNameSchema,
  idNumber: saudiIdSchema,
  dateOfBirth: dateSchema({ past: true }),
  mobile: mobileSchema,
  email: optionalField(emailSchema),
  region: z.enum(optionIds(REGIONS)),
  city: text(80),
  education: z.enum(optionIds(EDUCATION_LEVELS)),
  areas: z
    .array(z.enum(optionIds(VOLUNTEER_AREAS)))
    .check(z.minLength(1), z.maxLength(VOLUNTEER_AREAS.length)),
  availability: z
    .array(z.enum(optionIds(AVAILABILITY)))
    .check(z.minLength(1), z.maxLength(AVAILABILITY.length)),
  hoursPerMonth: integerSchema(1, 200),
  experience: optionalField(longText(1500)),
  channel: z.enum(optionIds(CHANNELS)),
  consents: z.strictObject({ processing: z.literal(true) }),
});

/** A volunteer application as entered in a form. */
export type VolunteerApplicationInput = z.input<typeof volunteerApplicationSchema>;

/** A validated volunteer application. */
export type VolunteerApplication = z.output<typeof volunteerApplicationSchema>;
