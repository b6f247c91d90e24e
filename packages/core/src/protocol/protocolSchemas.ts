import * as z from 'zod/mini';
import { FORM_IDS } from '../forms/formIds';
import { LOCALES } from '../i18n/locale';
import { NOTIFICATION_CHANNELS } from '../notifications/Notifier';
import { NOTIFICATION_KINDS } from '../notifications/notificationTemplates';
import type { StoredNotification } from '../notifications/StoredNotification';
import { CHANNELS } from '../options/channels';
import { optionIds } from '../options/defineOptions';
import { ATTACHMENT_MEDIA_TYPES } from '../options/requestOptions';
import type {
  AttachmentMeta,
  Receipt,
  RequestSummary,
  SigningContext,
  StaffPerson,
  StatusView,
  SurveyContext,
  UploadGrant,
} from '../storage/contracts';
import type { StaffKeyListing } from '../storage/staffKeyInput';
import { REQUEST_STATES, ROLES } from '../workflow/states';
import { PROTOCOL_ERROR_CODES } from './protocol';

/*
 * The bodies of the HTTP protocol as zod schemas: the OpenAPI document is generated from them, and a test
 * holds every response the server sends in its tests to them. Each is checked against the TypeScript type
 * the client reads (the assignments at the end), so the three cannot drift apart.
 */

const isoTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/));
const state = z.enum(REQUEST_STATES);
const form = z.enum(FORM_IDS);
const channel = z.enum(optionIds(CHANNELS));
const locale = z.enum(LOCALES as ['ar', 'en']);
const DECISION_WORDINGS = ['within', 'at_least'] as const;
const reference = z
  .string()
  .check(z.regex(/^[A-Z]{2,5}-([2-9A-HJ-NP-Y]{5}-[2-9A-HJ-NP-Y]{5}|\d{4}-\d{6,12})$/));

/** The error body of every refusal: a stable code, a fixed message, and the issues of invalid data. */
export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(PROTOCOL_ERROR_CODES),
    message: z.string(),
    issues: z.optional(z.array(z.object({ path: z.string(), code: z.string(), message: z.string() }))),
  }),
});

/** `GET /healthz`. */
export const healthSchema = z.object({ status: z.literal('ok') });

/** What she keeps after submitting. */
export const receiptSchema = z.object({
  reference,
  accessToken: z.string(),
  status: state,
  submittedAt: isoTime,
  decisionDueAt: z.nullable(isoTime),
});

/** What she sees of her request: states and times, no personal data. */
export const statusViewSchema = z.object({
  reference,
  form,
  status: state,
  submittedAt: isoTime,
  history: z.array(
    z.object({
      state,
      at: isoTime,
      missing: z.optional(z.array(z.string())),
      answer: z.optional(z.string()),
      reason: z.optional(z.string()),
    }),
  ),
  decisionDueAt: z.nullable(isoTime),
  overdue: z.boolean(),
  expiresAt: z.nullable(isoTime),
  awaitingSignature: z.optional(z.boolean()),
  linkAnswers: z.optional(z.boolean()),
});

/** A permission to upload files for one form. */
export const uploadGrantSchema = z.object({
  grant: z.string(),
  form,
  expiresAt: isoTime,
  maxFiles: z.number(),
  maxBytes: z.number(),
});

/** A stored attachment, as the upload answers. */
export const storedAttachmentSchema = z.object({
  id: z.string(),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  size: z.number(),
  mediaType: z.enum(ATTACHMENT_MEDIA_TYPES),
});

const localizedText = z.object({ ar: z.string(), en: z.string() });

/** What a survey link shows before answering. */
export const surveyContextSchema = z.object({
  token: z.string(),
  definition: z.looseObject({ id: z.string(), questions: z.array(z.looseObject({ id: z.string() })) }),
  nonce: z.optional(z.string()),
  expiresAt: z.optional(isoTime),
  serviceType: z.optional(z.string()),
  channel: z.optional(channel),
  services: z.optional(z.array(z.object({ id: z.string(), label: localizedText }))),
  decision: z.optional(z.object({ days: z.number(), wording: z.enum(DECISION_WORDINGS) })),
});

/** What a signing link shows her before she signs. */
export const signingContextSchema = z.object({
  reference,
  form,
  data: z.unknown(),
  locale,
  decisionDays: z.number(),
  decisionWording: z.enum(DECISION_WORDINGS),
  expiresAt: isoTime,
});

/** A staff member as colleagues see her. */
export const staffPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  branch: z.optional(z.string()),
});

/** A staff key as an administrator sees it: never the key itself. */
export const staffKeyListingSchema = z.object({
  id: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  branch: z.optional(z.string()),
  email: z.optional(z.string()),
  locale: z.optional(locale),
  createdAt: isoTime,
  revokedAt: z.nullable(isoTime),
});

/** A message sent (or waiting to be sent) to her about a request, as staff see it. */
export const storedNotificationSchema = z.object({
  id: z.string(),
  reference,
  kind: z.enum(NOTIFICATION_KINDS),
  channel: z.enum(NOTIFICATION_CHANNELS),
  to: z.string(),
  locale,
  subject: z.optional(z.string()),
  text: z.string(),
  html: z.optional(z.string()),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number(),
  nextAttemptAt: isoTime,
  createdAt: isoTime,
  sentAt: z.optional(isoTime),
  providerId: z.optional(z.string()),
  lastError: z.optional(z.string()),
});

const assignee = z.object({ id: z.string(), name: z.string(), at: z.optional(isoTime) });

/** A line of the staff queue. */
export const requestSummarySchema = z.object({
  reference,
  form,
  status: state,
  submittedAt: isoTime,
  channel,
  decisionDueAt: z.nullable(isoTime),
  overdue: z.boolean(),
  stageDueAt: z.nullable(isoTime),
  stageOverdue: z.boolean(),
  name: z.string(),
  assignee: z.nullable(assignee),
  branch: z.nullable(z.string()),
});

/** The record staff review: the queue's line and everything else of the request. */
export const staffRecordSchema = z.looseObject({
  reference,
  form,
  status: state,
  submittedAt: isoTime,
  channel,
  data: z.unknown(),
  checklist: z.record(z.string(), z.boolean()),
  history: z.array(z.looseObject({ to: state, at: isoTime })),
  locale,
  awaitingSignature: z.boolean(),
});

/** Her reply to a request for more information. */
export const replyBodySchema = z.object({
  message: z.optional(z.string()),
  attachments: z.optional(z.array(z.string())),
});

/** The reminder of her access code: the ID or Iqama number she gave. */
export const codeReminderBodySchema = z.object({ idNumber: z.string() });

/** A staff move (see `transitionNeeds` for what each move must carry). */
export const transitionBodySchema = z.object({
  to: state,
  note: z.optional(z.string()),
  missing: z.optional(z.array(z.string())),
  answer: z.optional(z.string()),
  assignee: z.optional(z.string()),
  question: z.optional(z.string()),
  study: z.optional(
    z.object({
      visitDate: z.optional(z.string()),
      findings: z.string(),
      recommendation: z.enum(['accept', 'reject', 'more_information']),
    }),
  ),
  reason: z.optional(z.string()),
});

/** Who works a request now (a staff id), or nobody. */
export const assigneeBodySchema = z.object({ assignee: z.nullable(z.string()) });

/** The verification code printed on the copy she signed on paper. */
export const wetSignatureBodySchema = z.object({ code: z.string() });

/** A new staff key. */
export const staffKeyBodySchema = z.object({
  role: z.enum(ROLES.filter((role) => role !== 'applicant') as ['relations_officer']),
  name: z.string(),
  branch: z.optional(z.string()),
  email: z.optional(z.string()),
  locale: z.optional(locale),
});

type Assert<T extends true> = T;

/** Each schema's output is the type the clients read: a drift is a compile error here. */
export type ProtocolSchemaChecks = [
  Assert<z.output<typeof receiptSchema> extends Receipt ? true : false>,
  Assert<z.output<typeof statusViewSchema> extends StatusView ? true : false>,
  Assert<z.output<typeof uploadGrantSchema> extends UploadGrant ? true : false>,
  Assert<z.output<typeof storedAttachmentSchema> extends AttachmentMeta ? true : false>,
  Assert<z.output<typeof signingContextSchema> extends SigningContext ? true : false>,
  Assert<Omit<z.output<typeof staffPersonSchema>, 'role'> extends Omit<StaffPerson, 'role'> ? true : false>,
  Assert<z.output<typeof requestSummarySchema> extends RequestSummary ? true : false>,
  Assert<
    Omit<z.output<typeof staffKeyListingSchema>, 'role'> extends Omit<StaffKeyListing, 'role'> ? true : false
  >,
  Assert<z.output<typeof storedNotificationSchema> extends StoredNotification ? true : false>,
  Assert<
    Pick<z.output<typeof surveyContextSchema>, 'token' | 'nonce' | 'expiresAt'> extends Pick<
      SurveyContext,
      'token' | 'nonce' | 'expiresAt'
    >
      ? true
      : false
  >,
];
