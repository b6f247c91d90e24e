import * as z from 'zod/mini';
import { type AssociationConfig, DEFAULT_ASSOCIATION_CONFIG } from '../config/associationConfig';
import { requiresIban } from '../config/serviceRules';
import { requiresRent, requiresSensitiveConsent } from '../forms/supportRequestRules';
import {
  CONTACT_METHODS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  ID_TYPES,
  MARITAL_STATUSES,
  REGIONS,
} from '../options/applicantOptions';
import { CHANNELS } from '../options/channels';
import { optionIds } from '../options/defineOptions';
import {
  GENDERS,
  HOUSING_OWNERSHIPS,
  HOUSING_TYPES,
  MEMBER_STATUSES,
  RELATIONS,
} from '../options/householdOptions';
import {
  ATTACHMENT_MEDIA_TYPES,
  DEFAULT_MAX_ATTACHMENT_BYTES,
  INCOME_SOURCES,
  SOCIAL_SECURITY_STATUSES,
} from '../options/requestOptions';
import { parseSaudiId } from '../validation/parseSaudiId';
import {
  addIssue,
  addressNumberSchema,
  amountSchema,
  dateSchema,
  emailSchema,
  fullNameSchema,
  ibanSchema,
  integerSchema,
  longText,
  mobileSchema,
  namePartSchema,
  normalizeOtherIdNumber,
  optionalField,
  postalCodeSchema,
  saudiIdSchema,
  shortAddressSchema,
  text,
} from './fields';

/** Most household members one request may list. */
export const MAX_HOUSEHOLD_MEMBERS = 30;

/** Most attachments one request may carry. */
export const MAX_ATTACHMENTS = 20;

const consentGiven = z.literal(true);

/** The applicant: four-part name, identity, date of birth and circumstances. */
export const applicantSchema = z.pipe(
  z.strictObject({
    firstName: namePartSchema,
    fatherName: namePartSchema,
    grandfatherName: namePartSchema,
    familyName: namePartSchema,
    nationality: z
      .pipe(
        z.string(),
        z.transform((v: string) => v.trim().toUpperCase()),
      )
      .check(z.regex(/^[A-Z]{2}$/)),
    idType: z.enum(optionIds(ID_TYPES)),
    idNumber: z.string(),
    dateOfBirth: dateSchema({ past: true }),
    maritalStatus: z.enum(optionIds(MARITAL_STATUSES)),
    education: z.enum(optionIds(EDUCATION_LEVELS)),
    employment: z.enum(optionIds(EMPLOYMENT_STATUSES)),
    occupation: optionalField(text(100)),
  }),
  // The number is checked here, not in its own field, because its rule depends on the ID type.
  z.transform((applicant, ctx) => {
    const path = ['idNumber'];
    if (applicant.idType !== 'national_id' && applicant.idType !== 'iqama') {
      const other = normalizeOtherIdNumber(applicant.idNumber);
      if (other === null) addIssue(ctx, applicant.idNumber.trim() ? 'invalid' : 'required', { path });
      return { ...applicant, idNumber: other ?? applicant.idNumber };
    }
    const parsed = parseSaudiId(applicant.idNumber);
    if (!parsed.ok) {
      addIssue(ctx, applicant.idNumber.trim() ? `saudi_id.${parsed.code}` : 'required', { path });
      return applicant;
    }
    if (applicant.idType === 'national_id' && parsed.kind !== 'citizen')
      addIssue(ctx, 'saudi_id.not_citizen', { path });
    else if (applicant.idType === 'iqama' && parsed.kind !== 'resident')
      addIssue(ctx, 'saudi_id.not_resident', { path });
    else if (applicant.idType === 'national_id' && applicant.nationality !== 'SA') {
      addIssue(ctx, 'id_type.nationality', { path: ['idType'] });
    }
    return { ...applicant, idNumber: parsed.value };
  }),
);

/** How to reach the applicant. */
export const contactSchema = z
  .strictObject({
    mobile: mobileSchema,
    alternateMobile: optionalField(mobileSchema),
    email: optionalField(emailSchema),
    preferredContact: z.enum(optionIds(CONTACT_METHODS)),
  })
  .check(
    z.superRefine((contact, ctx) => {
      if (contact.alternateMobile && contact.alternateMobile === contact.mobile) {
        addIssue(ctx, 'mobile.same_as_primary', { path: ['alternateMobile'] });
      }
      if (contact.preferredContact === 'email' && !contact.email) {
        addIssue(ctx, 'contact.email_required', { path: ['email'] });
      }
    }),
  );

/** The Saudi national address: a short address, or building number + postal code + additional number. */
export const nationalAddressSchema = z
  .strictObject({
    shortAddress: optionalField(shortAddressSchema),
    buildingNumber: optionalField(addressNumberSchema),
    street: optionalField(text(120)),
    postalCode: optionalField(postalCodeSchema),
    additionalNumber: optionalField(addressNumberSchema),
    unitNumber: optionalField(text(10)),
  })
  .check(
    z.superRefine((address, ctx) => {
      const given = Object.values(address).some((v) => v !== undefined);
      const complete = address.buildingNumber && address.postalCode && address.additionalNumber;
      if (given && !address.shortAddress && !complete) {
        addIssue(ctx, 'national_address.incomplete', {
          path: [
            address.buildingNumber
              ? address.postalCode
                ? 'additionalNumber'
                : 'postalCode'
              : 'buildingNumber',
          ],
        });
      }
    }),
  );

/** Where the applicant lives. */
export const addressSchema = z.strictObject({
  region: z.enum(optionIds(REGIONS)),
  city: text(80),
  district: text(80),
  nationalAddress: optionalField(nationalAddressSchema),
});

/** The dwelling; the annual rent is asked (and kept) only when it is rented. */
export const housingSchema = z.pipe(
  z.strictObject({
    type: z.enum(optionIds(HOUSING_TYPES)),
    ownership: z.enum(optionIds(HOUSING_OWNERSHIPS)),
    annualRent: optionalField(amountSchema({ min: 1 })),
  }),
  z.transform((housing, ctx) => {
    if (!requiresRent(housing.ownership)) return { type: housing.type, ownership: housing.ownership };
    if (housing.annualRent === undefined) addIssue(ctx, 'required', { path: ['annualRent'] });
    return housing;
  }),
);

/** One member of the applicant's household. */
export const householdMemberSchema = z.strictObject({
  name: fullNameSchema,
  relation: z.enum(optionIds(RELATIONS)),
  gender: z.enum(optionIds(GENDERS)),
  idNumber: optionalField(saudiIdSchema),
  dateOfBirth: dateSchema({ past: true }),
  status: z.enum(optionIds(MEMBER_STATUSES)),
  monthlyIncome: optionalField(amountSchema()),
  /** Health or disability: sensitive personal data under the PDPL, asked only with explicit consent. */
  healthCondition: optionalField(text(500)),
});

/** One source of monthly income. */
export const incomeSourceSchema = z.strictObject({
  type: z.enum(optionIds(INCOME_SOURCES)),
  amount: amountSchema({ min: 1 }),
});

/** The household's income, social-security status and debts. */
export const incomeSchema = z
  .strictObject({
    sources: z.array(incomeSourceSchema).check(z.maxLength(INCOME_SOURCES.length)),
    socialSecurity: z.enum(optionIds(SOCIAL_SECURITY_STATUSES)),
    debts: optionalField(amountSchema()),
  })
  .check(
    z.superRefine((income, ctx) => {
      const seen = new Set<string>();
      income.sources.forEach((source, index) => {
        if (seen.has(source.type))
          addIssue(ctx, 'income.duplicate_source', { path: ['sources', index, 'type'] });
        seen.add(source.type);
      });
      if (income.socialSecurity === 'yes' && !seen.has('social_security')) {
        addIssue(ctx, 'income.social_security_missing', { path: ['sources'] });
      }
    }),
  );

/** The lists of the association's configuration a support request is checked against. */
export type SupportRequestConfig = Pick<AssociationConfig, 'services' | 'documents'>;

const idsOf = (list: readonly { id: string }[]) => list.map((entry) => entry.id) as [string, ...string[]];

/** What is asked for, from the configured services; the IBAN is asked (and kept) only for cash support. */
export function createRequestDetailsSchema(config: SupportRequestConfig = DEFAULT_ASSOCIATION_CONFIG) {
  return z.pipe(
    z.strictObject({
      supportTypes: z
        .array(z.enum(idsOf(config.services)))
        .check(z.minLength(1), z.maxLength(config.services.length)),
      description: longText(2000, 10),
      channel: z.enum(optionIds(CHANNELS)),
      iban: optionalField(ibanSchema),
    }),
    z.transform((request, ctx) => {
      const types = [...new Set(request.supportTypes)];
      if (!requiresIban(types, config))
        return { supportTypes: types, description: request.description, channel: request.channel };
      if (!request.iban) addIssue(ctx, 'support.iban_required', { path: ['iban'] });
      return { ...request, supportTypes: types };
    }),
  );
}

/** What is asked for, with the association's default services. */
export const requestDetailsSchema = /* @__PURE__ */ createRequestDetailsSchema();

/** Metadata of an uploaded supporting document of a configured type (the bytes live in the backend's store). */
export function createAttachmentMetaSchema(
  config: Pick<AssociationConfig, 'documents'> = DEFAULT_ASSOCIATION_CONFIG,
) {
  return z.strictObject({
    id: z.string().check(z.minLength(1), z.maxLength(100)),
    kind: z.enum(idsOf(config.documents)),
    name: text(200),
    mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
    size: integerSchema(1, DEFAULT_MAX_ATTACHMENT_BYTES),
    sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  });
}

/** Metadata of an uploaded supporting document, with the association's default document types. */
export const attachmentMetaSchema = /* @__PURE__ */ createAttachmentMetaSchema();

/** Consents under the PDPL: separate, never pre-ticked; sensitive data needs its own explicit consent. */
export const consentsSchema = z.strictObject({
  processing: consentGiven,
  verification: consentGiven,
  privacyNotice: consentGiven,
  sensitiveData: z.optional(z.boolean()),
});

/**
 * The wizard's sections, each validated on its own before the applicant moves on, built from the
 * association's configuration (services, document types).
 */
export function createSupportRequestSections(config: SupportRequestConfig = DEFAULT_ASSOCIATION_CONFIG) {
  return {
    applicant: applicantSchema,
    contact: contactSchema,
    address: addressSchema,
    housing: housingSchema,
    household: z.array(householdMemberSchema).check(z.maxLength(MAX_HOUSEHOLD_MEMBERS)),
    income: incomeSchema,
    request: createRequestDetailsSchema(config),
    attachments: z.array(createAttachmentMetaSchema(config)).check(z.maxLength(MAX_ATTACHMENTS)),
    consents: consentsSchema,
  } as const;
}

/** The wizard's sections with the association's defaults. */
export const SUPPORT_REQUEST_SECTIONS = /* @__PURE__ */ createSupportRequestSections();

/**
 * The beneficiary support request (طلب دعم مستفيد) for a configuration. Parsing normalises digits, names,
 * phone numbers and IBAN, converts dates to ISO Gregorian (keeping the calendar used), and drops
 * conditional fields that do not apply (rent when not renting, IBAN without cash support) so only what is
 * needed is kept. Required documents are checked separately (`missingDocuments`), when submitting.
 */
export function createSupportRequestSchema(config: SupportRequestConfig = DEFAULT_ASSOCIATION_CONFIG) {
  return z.strictObject(createSupportRequestSections(config)).check(
    z.superRefine((value, ctx) => {
      const ids = new Map<string, number>();
      value.household.forEach((member, index) => {
        if (!member.idNumber) return;
        if (member.idNumber === value.applicant.idNumber) {
          addIssue(ctx, 'household.same_as_applicant', { path: ['household', index, 'idNumber'] });
        } else if (ids.has(member.idNumber)) {
          addIssue(ctx, 'household.duplicate_id', { path: ['household', index, 'idNumber'] });
        }
        ids.set(member.idNumber, index);
      });
      if (requiresSensitiveConsent(value.household) && value.consents.sensitiveData !== true) {
        addIssue(ctx, 'consent.sensitive_required', { path: ['consents', 'sensitiveData'] });
      }
    }),
  );
}

/**
 * The beneficiary support request with the association's default services and documents.
 * @example validate(supportRequestSchema, formValues, { locale: 'ar' })
 */
export const supportRequestSchema = /* @__PURE__ */ createSupportRequestSchema();

/** A support request as entered in a form (strings for numbers, any digits). */
export type SupportRequestInput = z.input<typeof supportRequestSchema>;

/** A validated, normalised support request. */
export type SupportRequest = z.output<typeof supportRequestSchema>;

/** Household size including the applicant. */
export function householdSize(request: Pick<SupportRequest, 'household'>): number {
  return request.household.length + 1;
}
