import * as z from 'zod/mini';
import {
  type AssociationConfig,
  DEFAULT_ASSOCIATION_CONFIG,
  type DecisionWording,
} from '../config/associationConfig';
import { missingDocuments, missingDocumentsMessage } from '../config/serviceRules';
import { type DeclarationRecord, declarationSchema } from '../declaration/declarationSchema';
import { getDeclarationText } from '../declaration/declarationTexts';
import { digestSubmission } from '../declaration/digestSubmission';
import { sha256Hex } from '../declaration/sha256Hex';
import { inspectDeclaration } from '../declaration/verifyDeclaration';
import { FORM_DEFINITIONS } from '../forms/formDefinitions';
import { FORM_IDS, type FormId } from '../forms/formIds';
import { LOCALES, type Locale } from '../i18n/locale';
import { ASSISTED_CHANNELS, CHANNELS, signsInPerson } from '../options/channels';
import { optionIds } from '../options/defineOptions';
import { validationMessage } from '../validation/createErrorMap';
import { type ValidationIssue, validate } from '../validation/validate';
import type { AssistedBy } from './contracts';

/** The verification checklist as sent for a configuration: only its items, each ticked or not. */
export function createChecklistSchema(
  config: Pick<AssociationConfig, 'checklist'> = DEFAULT_ASSOCIATION_CONFIG,
) {
  return z.strictObject(
    Object.fromEntries(config.checklist.map((item) => [item.id, z.optional(z.boolean())])) as Record<
      string,
      z.ZodMiniOptional<z.ZodMiniBoolean>
    >,
  );
}

/** The verification checklist with the default items. */
export const checklistSchema = /* @__PURE__ */ createChecklistSchema();

function createEnvelopeSchema(config: AssociationConfig) {
  return z.strictObject({
    data: z.unknown(),
    declaration: z.optional(z.unknown()),
    channel: z.enum(optionIds(CHANNELS)),
    locale: z.enum(LOCALES as ['ar', 'en']),
    assisted: z.optional(
      z.strictObject({
        checklist: z.optional(createChecklistSchema(config)),
        attest: z.optional(z.boolean()),
      }),
    ),
  });
}

/** Schemas built once per configuration object: a submission never rebuilds them. */
const schemasOf = new WeakMap<AssociationConfig, ReturnType<typeof buildSchemas>>();

function buildSchemas(config: AssociationConfig) {
  return {
    envelope: createEnvelopeSchema(config),
    forms: Object.fromEntries(FORM_IDS.map((form) => [form, FORM_DEFINITIONS[form].schema(config)])) as {
      [F in FormId]: ReturnType<(typeof FORM_DEFINITIONS)[F]['schema']>;
    },
  };
}

/** The data schema of each form for a configuration (cached per configuration object). */
export function formSchemas(config: AssociationConfig = DEFAULT_ASSOCIATION_CONFIG) {
  let schemas = schemasOf.get(config);
  if (!schemas) {
    schemas = buildSchemas(config);
    schemasOf.set(config, schemas);
  }
  return schemas;
}

/**
 * Whether a submission asserts something only staff may assert: an `assisted` block (a staff member took
 * it, documents were checked) or a channel where staff fill the form (interview, phone, letter, branch
 * representative). Public endpoints refuse such a body as `staff_only`; staff send it with their key.
 */
export function isStaffAssertion(payload: unknown): boolean {
  if (payload === null || typeof payload !== 'object') return false;
  const channel = (payload as { channel?: unknown }).channel;
  return Object.hasOwn(payload, 'assisted') || (ASSISTED_CHANNELS as readonly unknown[]).includes(channel);
}

/** A submission that passed {@link validateSubmission}: normalised data and a verified declaration. */
export interface ValidSubmission {
  data: unknown;
  declaration?: DeclarationRecord;
  channel: (typeof CHANNELS)[number]['id'];
  locale: Locale;
  assisted?: AssistedBy;
}

/** Options of {@link validateSubmission}. */
export interface ValidateSubmissionOptions {
  /** Language of the issue messages. @default 'ar' */
  locale?: Locale;
  /** Decision days the declaration text was rendered with. @default the configuration's */
  decisionDays?: number;
  /** How the period was worded. @default the configuration's */
  decisionWording?: DecisionWording;
  /** The association's lists: services, documents each requires, checklist. @default DEFAULT_ASSOCIATION_CONFIG */
  config?: AssociationConfig;
  /** The staff member taking the request (from a staff key); without it there is no `assisted` block. */
  assistedBy?: Omit<AssistedBy, 'checklist'>;
  /** The receiving server's clock: a declaration claiming a later signing time is refused. @default now */
  now?: Date;
}

/** How far a signer's device clock may run ahead of the server's. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

function prefixed(issues: ValidationIssue[], prefix: string): ValidationIssue[] {
  return issues.map((issue) => ({ ...issue, path: issue.path ? `${prefix}.${issue.path}` : prefix }));
}

/**
 * Validates a whole submission the way a backend must (never trusting the client): the envelope, the
 * form's data with its schema for the configuration, the documents the chosen services require, and,
 * for forms with a declaration, one whose digest matches the normalised data and whose text is official.
 */
export async function validateSubmission(
  form: FormId,
  payload: unknown,
  options: ValidateSubmissionOptions = {},
): Promise<{ success: true; submission: ValidSubmission } | { success: false; issues: ValidationIssue[] }> {
  const locale = options.locale;
  const config = options.config ?? DEFAULT_ASSOCIATION_CONFIG;
  const schemas = formSchemas(config);
  const envelope = validate(schemas.envelope, payload, { locale });
  if (!envelope.success) return envelope;
  // The envelope's validation bounded the whole payload; its parts need no second walk.
  const data = validate(schemas.forms[form] as z.ZodMiniType<unknown>, envelope.data.data, {
    locale,
    limits: false,
  });
  if (!data.success) return { success: false, issues: prefixed(data.issues, 'data') };
  const definition = FORM_DEFINITIONS[form];
  if (definition.attachments) {
    const request = data.data as { request?: { supportTypes?: string[] }; attachments?: { kind: string }[] };
    const missing = missingDocuments(request.request?.supportTypes, request.attachments, config);
    if (missing.length) {
      return {
        success: false,
        issues: [
          {
            path: 'data.attachments',
            code: 'documents.missing',
            message: missingDocumentsMessage(missing, config, locale),
          },
        ],
      };
    }
  }
  const submission: ValidSubmission = {
    data: data.data,
    channel: envelope.data.channel,
    locale: envelope.data.locale,
    ...(options.assistedBy
      ? {
          assisted: {
            ...options.assistedBy,
            checklist: Object.fromEntries(
              Object.entries(envelope.data.assisted?.checklist ?? {}).filter(([, v]) => v !== undefined),
            ) as Record<string, boolean>,
          },
        }
      : {}),
  };
  if (!definition.declaration) return { success: true, submission };

  if (options.assistedBy && envelope.data.assisted?.attest === true) {
    // Taken where she could not sign: the staff member attests, and the request waits for her signature.
    const issue = (code: 'attestation.in_person' | 'attestation.signed') => ({
      success: false as const,
      issues: [{ path: 'assisted.attest', code, message: validationMessage(code, locale) }],
    });
    if (signsInPerson(envelope.data.channel)) return issue('attestation.in_person');
    if (envelope.data.declaration !== undefined) return issue('attestation.signed');
    const attestation = getDeclarationText('staff-attestation', envelope.data.locale);
    const [textSha256, submissionDigest] = await Promise.all([
      sha256Hex(attestation.text),
      digestSubmission(data.data),
    ]);
    return {
      success: true,
      submission: {
        ...submission,
        assisted: {
          ...submission.assisted!,
          attestation: {
            textId: 'staff-attestation',
            textVersion: attestation.version,
            text: attestation.text,
            textSha256,
            locale: envelope.data.locale,
            signedAt: (options.now ?? new Date()).toISOString(),
            submissionDigest,
          },
        },
      },
    };
  }

  if (envelope.data.declaration === undefined) {
    return {
      success: false,
      issues: [
        {
          path: 'declaration',
          code: 'declaration.required',
          message: validationMessage('declaration.required', locale),
        },
      ],
    };
  }
  const declaration = validate(declarationSchema, envelope.data.declaration, { locale, limits: false });
  if (!declaration.success) return { success: false, issues: prefixed(declaration.issues, 'declaration') };
  if (declaration.data.textId !== definition.declaration) {
    // Another official text (a staff attestation) is not her declaration for this form.
    const code = 'declaration.text_mismatch';
    return {
      success: false,
      issues: [{ path: 'declaration.textId', code, message: validationMessage(code, locale) }],
    };
  }
  const inspection = await inspectDeclaration(declaration.data, data.data, {
    decisionDays: options.decisionDays ?? config.decision.days,
  });
  if (!inspection.signerMatches) {
    const code = 'declaration.signer_mismatch';
    return {
      success: false,
      issues: [{ path: 'declaration.signerName', code, message: validationMessage(code, locale) }],
    };
  }
  if (!inspection.valid) {
    const code = inspection.digestMatches ? 'declaration.text_mismatch' : 'declaration.digest_mismatch';
    return {
      success: false,
      issues: [{ path: 'declaration', code, message: validationMessage(code, locale) }],
    };
  }
  // The server's receipt is the signing time that counts; a claimed time ahead of it is a wrong clock or worse.
  if (Date.parse(declaration.data.signedAt) > (options.now ?? new Date()).getTime() + CLOCK_SKEW_MS) {
    const code = 'declaration.future';
    return {
      success: false,
      issues: [{ path: 'declaration.signedAt', code, message: validationMessage(code, locale) }],
    };
  }
  return { success: true, submission: { ...submission, declaration: declaration.data } };
}
