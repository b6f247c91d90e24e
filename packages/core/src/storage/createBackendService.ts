import * as z from 'zod/mini';
import {
  type AssociationConfig,
  DEFAULT_ASSOCIATION_CONFIG,
  type PublicAssociationConfig,
  publicAssociationConfig,
} from '../config/associationConfig';
import { declarationSchema } from '../declaration/declarationSchema';
import { getDeclarationText } from '../declaration/declarationTexts';
import { digestSubmission } from '../declaration/digestSubmission';
import { sha256Hex } from '../declaration/sha256Hex';
import { inspectDeclaration } from '../declaration/verifyDeclaration';
import { assertBlobId, type BlobStore, createMemoryBlobStore, isBlobId } from '../files/BlobStore';
import { inspectFile } from '../files/inspectFile';
import { sanitizeFileName } from '../files/sanitizeFileName';
import { readToken, signToken } from '../files/signedToken';
import { readUploadGrant, signUploadGrant } from '../files/uploadGrant';
import { displayName, FORM_DEFINITIONS, formDefinition, transitionsFor } from '../forms/formDefinitions';
import { FORM_IDS, type FormId } from '../forms/formIds';
import {
  composeMessage,
  composeNotifications,
  type NotificationSettings,
} from '../notifications/composeNotifications';
import { composeStaffNotice } from '../notifications/composeStaffNotice';
import type { StoredNotification } from '../notifications/StoredNotification';
import { digestDay, staffDigest } from '../notifications/staffDigest';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from '../options/requestOptions';
import { createAttachmentMetaSchema, MAX_ATTACHMENTS } from '../schemas/supportRequestSchema';
import { createSurveyResponseSchema } from '../survey/createSurveyResponseSchema';
import { summarizeSatisfaction } from '../survey/summarizeSatisfaction';
import { DEFAULT_SURVEY, GENERAL_SURVEY_TOKEN, type SurveyDefinition } from '../survey/surveyDefinition';
import { issueMessage } from '../validation/createErrorMap';
import { normalizeDigits } from '../validation/normalizeDigits';
import { normalizeMultilineText } from '../validation/normalizeText';
import { type ValidationIssue, validate } from '../validation/validate';
import type { ValidationCode } from '../validation/validationMessages';
import { type Actor, applyTransition } from '../workflow/applyTransition';
import { expectedDecisionAt, isOverdue } from '../workflow/decisionDueAt';
import { readScope } from '../workflow/readScope';
import { type Assignee, assigneeAfter } from '../workflow/referral';
import {
  canAssign,
  canEditChecklist,
  canErase,
  canInviteToSurvey,
  canManageKeys,
  canReadRequest,
  canReissueAccessCode,
  canTakeAssistedIntake,
} from '../workflow/staffPowers';
import { isStageOverdue, stageDueAt } from '../workflow/stageDueAt';
import { FINAL_STATES, type RequestState, type StaffRole } from '../workflow/states';
import type { TransitionEvent } from '../workflow/TransitionEvent';
import { checklistBlocking } from '../workflow/verification';
import { WorkflowError } from '../workflow/WorkflowError';
import type { BackendRepository, QueueRow, StoredAttachment, StoredRequest } from './BackendRepository';
import { checkTransitionInput } from './checkTransitionInput';
import type {
  AttachmentContent,
  AttachmentInput,
  AttachmentMeta,
  MaybePromise,
  Receipt,
  RequestQuery,
  RequestSummary,
  SigningContext,
  StaffApi,
  StaffPerson,
  StaffRequestRecord,
  StatusView,
  StoredDeclaration,
  SubmissionPayload,
  SubmitOptions,
  SurveyContext,
  UploadGrant,
} from './contracts';
import { deriveToken } from './deriveToken';
import { searchFields, searchTerms } from './matchesSearch';
import { randomToken } from './randomToken';
import { createReference, isReference } from './reference';
import { isStorageError, StorageError } from './StorageError';
import { awaitingSignature, formatPrintCode, normalizePrintCode } from './signing';
import { parseStaffKeyInput, type StaffKeyListing, type StaffKeyRegistry } from './staffKeyInput';
import {
  createChecklistSchema,
  isStaffAssertion,
  type ValidSubmission,
  validateSubmission,
} from './validateSubmission';

/** A staff member the service acts for. */
export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
  /** The branch the member works at, recorded on requests she takes. */
  branch?: string;
}

/** The forms that carry documents. */
export const FORMS_WITH_ATTACHMENTS: readonly FormId[] = FORM_IDS.filter(
  (form) => FORM_DEFINITIONS[form].attachments,
);

/** Longest staff note, in characters, after normalisation. */
export const MAX_NOTE_LENGTH = 2000;

/** Normalises free text staff write (notes): the same clean-up as form text, capped. */
export function normalizeNote(note: unknown): string | undefined {
  if (typeof note !== 'string') return undefined;
  const text = normalizeMultilineText(note).slice(0, MAX_NOTE_LENGTH).trim();
  return text || undefined;
}

/** Options of {@link createBackendService}. */
export interface BackendServiceOptions {
  repository: BackendRepository;
  /** Secret from which access tokens are derived; keep it stable across restarts. */
  secret: string;
  /**
   * The association's lists and periods: services and the documents each requires, document types,
   * checklist, branches, the decision period. @default DEFAULT_ASSOCIATION_CONFIG
   */
  config?: AssociationConfig;
  /** Overrides the configuration's decision period. @default config.decision.days */
  decisionDays?: number;
  /** @default () => new Date() */
  now?: () => Date;
  /** @default DEFAULT_SURVEY */
  survey?: SurveyDefinition;
  /** Base of survey links; the token is appended. */
  surveyUrl?: string;
  /** Base of signing links (a request taken by phone or letter); the token is appended. */
  signingUrl?: string;
  /** Days a signing link works. @default 14 */
  signingLinkDays?: number;
  /** @default 10 MB */
  maxAttachmentBytes?: number;
  /** Where attachments' bytes live. @default a store in memory */
  blobs?: BlobStore;
  /** How long an upload grant lasts. @default 15 minutes */
  uploadGrantMs?: number;
  /** Most bytes of attachments not (yet) linked to a request, across all uploaders. @default 2 GiB */
  maxUnlinkedBytes?: number;
  /** Days an access code keeps working after the request ended. @default 365 */
  accessCodeDays?: number;
  /** Days a survey invitation link works. @default 30 */
  surveyLinkDays?: number;
  /** @default 'MRD' */
  referencePrefix?: string;
  /** Called after every state change (e.g. to send a webhook). */
  onTransition?: (event: TransitionEvent) => void;
  /**
   * The staff members with an active key, whom requests are referred and assigned to (the server reads
   * its key store). @default nobody
   */
  staffDirectory?: () => MaybePromise<readonly StaffMember[]>;
  /** Where staff keys live, for the administrator's key screen; without it those calls fail `unavailable`. */
  keyRegistry?: StaffKeyRegistry;
  /**
   * Tell her what happened: each submission and move that concerns her writes its message to the store's
   * outbox in the same transaction (the server's worker delivers it). Without it, nothing is written.
   */
  notifications?: NotificationSettings;
}

/**
 * The rules every backend applies, over any {@link BackendRepository}: validation with the core schemas
 * (never trusting the client), declarations verified against the data, one record per idempotency key
 * (also under concurrent submits), access tokens derived from a secret and stored hashed, the workflow
 * with its roles, one-time survey links and the satisfaction summary. The memory adapter and the
 * reference server are both built on it.
 */
export function createBackendService(options: BackendServiceOptions) {
  const repo = options.repository;
  const now = options.now ?? (() => new Date());
  const config = options.config ?? DEFAULT_ASSOCIATION_CONFIG;
  const deadline = { decisionDays: options.decisionDays ?? config.decision.days };
  // The period in force when the request came is the one promised to her: a later change of the setting
  // moves no promised date and leaves every earlier declaration verifiable.
  const periodOf = (request: Pick<StoredRequest, 'decisionDays'>) => ({
    decisionDays: request.decisionDays ?? deadline.decisionDays,
  });
  const survey = options.survey ?? DEFAULT_SURVEY;
  const checklistSchema = createChecklistSchema(config);
  const serviceOptions = config.services.map(({ id, label }) => ({ id, label }));
  const responseSchema = createSurveyResponseSchema(
    survey,
    config.services.map((service) => service.id),
  );
  const maxBytes = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const blobs = options.blobs ?? createMemoryBlobStore();
  const grantMs = options.uploadGrantMs ?? 15 * 60 * 1000;
  const maxUnlinked = options.maxUnlinkedBytes ?? 2 * 1024 ** 3;
  const grantKey = `grants:${options.secret}`;
  const inFlight = new Map<string, Promise<Receipt>>();
  const DAY = 24 * 60 * 60 * 1000;
  const accessCodeMs = (options.accessCodeDays ?? 365) * DAY;
  const surveyLinkMs = (options.surveyLinkDays ?? 30) * DAY;
  const signingLinkMs = (options.signingLinkDays ?? 14) * DAY;
  // Version 0 keeps the label codes were first derived with; each re-issue derives a new one.
  const accessToken = (reference: string, version = 0) =>
    deriveToken(options.secret, version ? `access:${reference}:v${version}` : `access:${reference}`);
  /** Until when a request's access code works: some time after it ended; null while it is open. */
  const codeExpiresAt = (request: StoredRequest): string | null => {
    if (!FINAL_STATES.includes(request.status)) return null;
    const ended = request.history.at(-1)?.at ?? request.submittedAt;
    return new Date(Date.parse(ended) + accessCodeMs).toISOString();
  };

  const decisionFor = (request: QueueRow | StoredRequest) =>
    FORM_DEFINITIONS[request.form].hasDecision ? expectedDecisionAt(request, periodOf(request)) : null;

  async function receiptFor(request: StoredRequest): Promise<Receipt> {
    return {
      reference: request.reference,
      accessToken: await accessToken(request.reference, request.accessVersion ?? 0),
      status: 'submitted',
      submittedAt: request.submittedAt,
      decisionDueAt: decisionFor(request),
    };
  }

  function summary(request: QueueRow | StoredRequest): RequestSummary {
    return {
      reference: request.reference,
      form: request.form,
      status: request.status,
      submittedAt: request.submittedAt,
      channel: request.channel,
      decisionDueAt: decisionFor(request),
      overdue: isOverdue(request, now(), periodOf(request)),
      stageDueAt: stageDueAt(request, config),
      stageOverdue: isStageOverdue(request, config, now()),
      name: 'name' in request ? request.name : displayName(request.form, request.data),
      assignee: request.assignee ? { ...request.assignee } : null,
      branch: request.assisted?.branch ?? null,
    };
  }

  async function staffRecord(request: StoredRequest): Promise<StaffRequestRecord> {
    const verification = request.declaration
      ? await inspectDeclaration(request.declaration, request.data, periodOf(request))
      : null;
    // The one place stored data meets its form's type: it was parsed by that form's schema on the way in.
    return {
      ...summary(request),
      data: request.data,
      declaration: request.declaration ?? null,
      verification,
      locale: request.locale,
      ...(request.assisted ? { assisted: request.assisted } : {}),
      checklist: request.checklist,
      history: request.history,
      ...(request.erasedAt ? { erasedAt: request.erasedAt } : {}),
      awaitingSignature: awaitingSignature(request),
      decisionDays: periodOf(request).decisionDays,
    } as StaffRequestRecord;
  }

  /**
   * What an erased request keeps: nothing that names or reaches her — the service asked for and the
   * region, for the association's statistics.
   */
  function anonymisedStub(data: unknown): unknown {
    const d = data as { request?: { supportTypes?: unknown }; address?: { region?: unknown } } | null;
    return {
      ...(Array.isArray(d?.request?.supportTypes)
        ? { request: { supportTypes: d.request.supportTypes } }
        : {}),
      ...(typeof d?.address?.region === 'string' ? { address: { region: d.address.region } } : {}),
    };
  }

  /** Erases a request's personal data, documents and signature; the stub and the audit chain stay. */
  async function eraseRequest(reference: string, actor: Actor): Promise<void> {
    const request = isReference(reference) ? await repo.getRequest(reference) : null;
    if (!request) throw new StorageError('not_found', 'No such request');
    if (request.erasedAt) return;
    const at = now().toISOString();
    const removed = await repo.eraseRequest(reference, anonymisedStub(request.data), {
      at,
      actor,
      note: 'erased',
    });
    for (const id of removed) if (isBlobId(id)) await blobs.delete(id);
  }

  /**
   * Erases the requests that ended (rejected, closed, withdrawn) more than `days` ago: the retention
   * period after which their personal data goes. Returns how many.
   */
  async function eraseEndedRequests(days: number): Promise<number> {
    const cutoff = now().getTime() - days * 24 * 60 * 60 * 1000;
    let erased = 0;
    for (const status of FINAL_STATES) {
      for (const request of await repo.listRequests({ status })) {
        const ended = request.history.at(-1)?.at;
        if (request.erasedAt || !ended || Date.parse(ended) >= cutoff) continue;
        await eraseRequest(request.reference, { id: 'retention', role: 'admin' });
        erased += 1;
      }
    }
    return erased;
  }

  async function replay(key: string, bodyDigest: string): Promise<Receipt | null> {
    const existing = await repo.findIdempotency(key);
    if (!existing) return null;
    if (existing.bodyDigest !== bodyDigest) {
      throw new StorageError('idempotency_conflict', 'This idempotency key was used for another submission');
    }
    const request = await repo.getRequest(existing.reference);
    if (!request)
      throw new StorageError('unavailable', 'The stored request could not be read', { retryable: true });
    return receiptFor(request);
  }

  /** The attachments a submission cites, each checked against what was uploaded for this form. */
  async function citedAttachments(
    form: FormId,
    data: unknown,
    locale: SubmitOptions['locale'],
  ): Promise<string[]> {
    const cited = (data as { attachments?: AttachmentMeta[] } | null)?.attachments ?? [];
    const issues: ValidationIssue[] = [];
    const ids: string[] = [];
    for (const [index, meta] of cited.entries()) {
      const stored = isBlobId(meta.id) ? await repo.getAttachment(meta.id) : null;
      const path = `data.attachments.${index}`;
      if (!stored || stored.reference !== null || (stored.form !== null && stored.form !== form)) {
        issues.push({
          path,
          code: 'attachment.unknown',
          message: issueMessage('attachment.unknown', locale),
        });
      } else if (
        stored.size !== meta.size ||
        stored.mediaType !== meta.mediaType ||
        stored.sha256 !== meta.sha256 ||
        ids.includes(stored.id)
      ) {
        issues.push({
          path,
          code: 'attachment.mismatch',
          message: issueMessage('attachment.mismatch', locale),
        });
      } else {
        ids.push(stored.id);
      }
    }
    if (issues.length) throw new StorageError('validation_failed', 'The submission is not valid', { issues });
    return ids;
  }

  async function record(
    form: FormId,
    submission: ValidSubmission,
    key: string,
    bodyDigest: string,
    locale: SubmitOptions['locale'],
    staff: StaffMember | undefined,
  ): Promise<Receipt> {
    const seen = await replay(key, bodyDigest);
    if (seen) return seen;
    const attachmentIds = FORMS_WITH_ATTACHMENTS.includes(form)
      ? await citedAttachments(form, submission.data, locale ?? submission.locale)
      : [];
    const at = now();
    const submittedAt = at.toISOString();
    // Random, so a reference says nothing of volume or order; drawn again in the (vanishingly rare) case it exists.
    let reference = createReference(options.referencePrefix);
    while (await repo.getRequest(reference)) reference = createReference(options.referencePrefix);
    const actor: Actor = staff ? { id: staff.id, role: staff.role } : { id: 'applicant', role: 'applicant' };
    const request: StoredRequest = {
      reference,
      form,
      data: submission.data,
      // The server's receipt time is the signing time that counts; the device's `signedAt` stays as claimed.
      ...(submission.declaration
        ? { declaration: { ...submission.declaration, receivedAt: submittedAt } }
        : {}),
      decisionDays: deadline.decisionDays,
      channel: submission.channel,
      locale: submission.locale,
      ...(submission.assisted ? { assisted: submission.assisted } : {}),
      status: 'submitted',
      history: [{ from: null, to: 'submitted', at: submittedAt, actor }],
      submittedAt,
      tokenHash: await sha256Hex(await accessToken(reference)),
      checklist: {},
    };
    const awaiting = awaitingSignature(request);
    // Her signing link exists before the message that carries it (derived, so the same on a replay).
    const signingLink =
      awaiting && options.notifications && options.signingUrl
        ? `${options.signingUrl}${encodeURIComponent(await createSigningToken(reference, submittedAt))}`
        : undefined;
    const link = signingLink ?? (await statusLinkOf(request));
    const messages = options.notifications
      ? composeNotifications({ ...request, awaitingSignature: awaiting }, request.history[0]!, 0, {
          settings: options.notifications,
          config,
          ...(link ? { link } : {}),
        })
      : [];
    const taken = await repo.insertRequest(request, { key, bodyDigest }, attachmentIds, messages);
    if (taken) {
      // Another process stored this key first: answer with its request, never a second one.
      const winner = await replay(key, bodyDigest);
      if (winner) return winner;
    }
    const ticked = submission.assisted?.checklist ?? {};
    if (staff && Object.keys(ticked).length > 0) {
      await saveChecklist(request, ticked, { id: staff.id, role: staff.role }, submittedAt);
    }
    options.onTransition?.({ reference, form, from: null, to: 'submitted', at: submittedAt });
    return receiptFor(request);
  }

  /** Records a public submission; one that asserts what only staff may ({@link isStaffAssertion}) is refused. */
  function submit(form: FormId, payload: SubmissionPayload, options: SubmitOptions): Promise<Receipt> {
    if (isStaffAssertion(payload))
      return Promise.reject(
        new StorageError('staff_only', 'Only staff may submit on behalf of a beneficiary'),
      );
    return submitAs(undefined, form, payload, options);
  }

  async function submitAs(
    staff: StaffMember | undefined,
    form: FormId,
    payload: SubmissionPayload,
    { idempotencyKey, locale }: SubmitOptions,
  ): Promise<Receipt> {
    if (!(FORM_IDS as readonly string[]).includes(form)) throw new StorageError('not_found', 'Unknown form');
    if (typeof idempotencyKey !== 'string' || !/^[\x21-\x7e]{8,200}$/.test(idempotencyKey)) {
      throw new StorageError(
        'validation_failed',
        'An idempotency key of 8–200 visible ASCII characters is required',
      );
    }
    // Validated before its digest: a body that can only be refused costs its bounded validation, never
    // the canonical JSON and hash of up to half a megabyte.
    const checked = await validateSubmission(form, payload, {
      locale: locale ?? payload?.locale,
      ...deadline,
      decisionWording: config.decision.wording,
      config,
      now: now(),
      ...(staff
        ? {
            assistedBy: {
              staffId: staff.id,
              staffName: staff.name,
              staffRole: staff.role,
              ...(staff.branch ? { branch: staff.branch } : {}),
            },
          }
        : {}),
    });
    if (!checked.success)
      throw new StorageError('validation_failed', 'The submission is not valid', { issues: checked.issues });
    let bodyDigest: string;
    try {
      bodyDigest = await digestSubmission({ form, payload });
    } catch (cause) {
      throw new StorageError('validation_failed', 'The submission is not JSON', { cause });
    }
    // A key a staff member used never collides with one a beneficiary's browser made.
    const key = staff ? `${form}:staff:${staff.id}:${idempotencyKey}` : `${form}:${idempotencyKey}`;
    const pending = inFlight.get(key);
    if (pending) {
      await pending.catch(() => undefined);
      return (
        (await replay(key, bodyDigest)) ??
        submitAs(staff, form, payload, { idempotencyKey, ...(locale ? { locale } : {}) })
      );
    }
    const work = record(form, checked.submission, key, bodyDigest, locale, staff);
    inFlight.set(key, work);
    try {
      return await work;
    } finally {
      inFlight.delete(key);
    }
  }

  /**
   * The token of her status link: derived for this purpose only (it opens her status and does nothing
   * else), from the access code's version — re-issuing her code revokes it — and ending when the code ends.
   */
  const statusLinkToken = (reference: string, version = 0) =>
    deriveToken(options.secret, `status-link:${reference}:v${version}`);

  /**
   * The link in a message that asked her for more information: it opens her status, and answers that one
   * request (the history entry `index`) while it is the open one — never another, never a withdrawal.
   */
  const replyLinkToken = (reference: string, version: number, index: number) =>
    deriveToken(options.secret, `reply-link:${reference}:v${version}:${index}`);

  /** What a message's link opens: her status, her status and the answer to the open request, or nothing. */
  async function linkOpens(request: StoredRequest, token: unknown): Promise<'status' | 'reply' | null> {
    if (request.erasedAt || typeof token !== 'string') return null;
    const version = request.accessVersion ?? 0;
    if (token === (await statusLinkToken(request.reference, version))) return 'status';
    const last = request.history.length - 1;
    for (let index = last; index >= 0; index--) {
      if (request.history[index]!.to !== 'needs_information') continue;
      if (token !== (await replyLinkToken(request.reference, version, index))) continue;
      return index === last && request.status === 'needs_information' ? 'reply' : 'status';
    }
    return null;
  }

  /**
   * Writes each staff member's daily summary to the outbox (`staffDigest`) once the day's summary hour has
   * come: to everyone with an active key and an e-mail, what waits on her past its stage target and what
   * was given to her in the last day. Each summary's id is its person and day, so running it again the
   * same day (a restart) sends nothing twice. Returns how many it wrote (including any already there).
   * `anyHour` writes the day's before its hour (an operator asking for them now).
   */
  async function sendStaffDigests(at: Date = now(), { anyHour = false } = {}): Promise<number> {
    const settings = options.notifications;
    if (!settings?.staffUrl || !settings.channels.includes('email') || !options.keyRegistry) return 0;
    const day = digestDay(at, anyHour ? 0 : (settings.digestHour ?? 7));
    if (!day) return 0;
    const members = new Map<string, StaffKeyListing>();
    for (const key of await options.keyRegistry.list())
      if (!key.revokedAt && key.email) members.set(key.id, key);
    const messages: StoredNotification[] = [];
    for (const member of members.values()) {
      const rows = await repo.listQueue({ scope: readScope(member) });
      const message = staffDigest(member, rows, {
        day,
        since: new Date(at.getTime() - 24 * 60 * 60 * 1000),
        now: at,
        config,
        staffUrl: settings.staffUrl,
        ...(settings.templates ? { templates: settings.templates } : {}),
      });
      if (message) messages.push(message);
    }
    if (messages.length) await repo.insertNotifications(messages);
    return messages.length;
  }

  /** Her status through the link she was sent; null for a wrong, revoked or expired link (like a wrong code). */
  async function getStatusByLink(reference: string, token: string): Promise<StatusView | null> {
    const request = isReference(reference) ? await repo.getRequest(reference) : null;
    const opens = request ? await linkOpens(request, token) : null;
    if (!request || !opens) return null;
    const view = statusOf(request);
    return view && opens === 'reply' ? { ...view, linkAnswers: true } : view;
  }

  /**
   * Sends her code again to the contact she gave, when the reference and ID number match and no reminder
   * went in the last 10 minutes; otherwise nothing — and the caller cannot tell which.
   */
  async function remindCode(reference: string, idNumber: string): Promise<void> {
    if (!options.notifications || typeof idNumber !== 'string') return;
    const wanted = normalizeDigits(idNumber).replace(/\s/g, '');
    const request = isReference(reference) ? await repo.getRequest(reference) : null;
    // Only for a request whose code still works (`statusOf` says which), and her own ID number.
    if (!request || request.erasedAt || !statusOf(request)) return;
    if (!/^\d{10}$/.test(wanted) || searchFields(request).idNumber !== wanted) return;
    const at = now();
    const recent = (await repo.listNotifications(reference)).some(
      (message) =>
        message.kind === 'code_reminder' && at.getTime() - Date.parse(message.createdAt) < 10 * 60 * 1000,
    );
    if (recent) return;
    const link = await statusLinkOf(request);
    const message = composeMessage(
      'code_reminder',
      request,
      `code_reminder.${reference}.${at.getTime()}`,
      at.toISOString(),
      {
        settings: options.notifications,
        config,
        code: await accessToken(reference, request.accessVersion ?? 0),
        ...(link ? { link } : {}),
      },
    );
    if (message) await repo.insertNotifications([message]);
  }

  /** Her request, when its access code is this one; `not_found` otherwise (as for an unknown reference). */
  async function requestWithCode(reference: string, token: unknown): Promise<StoredRequest> {
    const request = isReference(reference) ? await repo.getRequest(reference) : null;
    if (
      !request ||
      request.erasedAt ||
      typeof token !== 'string' ||
      (await sha256Hex(token)) !== request.tokenHash
    )
      throw new StorageError('not_found', 'No such request');
    return request;
  }

  /** Her answer to a request for more information: a message and documents; back to the officer. */
  async function reply(
    reference: string,
    token: string,
    input: { message?: unknown; attachments?: unknown },
  ): Promise<StatusView> {
    return answerRequest(await requestWithCode(reference, token), input);
  }

  /** Her answer through the link of the message that asked for it (see `replyLinkToken`). */
  async function replyByLink(
    reference: string,
    linkToken: string,
    input: { message?: unknown; attachments?: unknown },
  ): Promise<StatusView> {
    const request = isReference(reference) ? await repo.getRequest(reference) : null;
    const opens = request ? await linkOpens(request, linkToken) : null;
    if (!request || !opens) throw new StorageError('not_found', 'No such request');
    if (opens !== 'reply') throw new StorageError('invalid_transition', 'Nothing is asked of her now');
    return answerRequest(request, input);
  }

  async function answerRequest(
    request: StoredRequest,
    input: { message?: unknown; attachments?: unknown },
  ): Promise<StatusView> {
    const reference = request.reference;
    if (request.status !== 'needs_information')
      throw new StorageError('invalid_transition', 'Nothing is asked of her now');
    const message = normalizeNote(input?.message);
    const listed = validate(
      z.optional(z.array(createAttachmentMetaSchema(config)).check(z.maxLength(MAX_ATTACHMENTS))),
      input?.attachments,
      { locale: request.locale },
    );
    if (!listed.success)
      throw new StorageError('validation_failed', 'The documents are not valid', { issues: listed.issues });
    const files = listed.data ?? [];
    if (!message && files.length === 0) {
      const code = 'reply.empty';
      throw new StorageError('validation_failed', 'The reply is empty', {
        issues: [{ path: 'message', code, message: issueMessage(code, request.locale) }],
      });
    }
    const ids = files.length
      ? await citedAttachments(request.form, { attachments: files }, request.locale)
      : [];
    const next = applyTransition(request, {
      to: 'verifying',
      actor: { id: 'applicant', role: 'applicant' },
      at: now(),
      transitions: transitionsFor(request.form),
    });
    const entry = {
      ...next.history.at(-1)!,
      reply: { ...(message ? { message } : {}), ...(files.length ? { attachments: files } : {}) },
    };
    // Whoever asked her is told she answered (with an address on her key).
    const asker = request.history.findLast((e) => e.to === 'needs_information')?.actor.id;
    const member = options.keyRegistry
      ? (await options.keyRegistry.list()).find((key) => key.id === asker && !key.revokedAt)
      : undefined;
    const notice =
      member && options.notifications
        ? composeStaffNotice('reply_received', member, reference, options.notifications, {
            id: `reply_received.${reference}.${request.history.length}`,
            at: entry.at,
          })
        : null;
    if (
      !(await repo.saveTransition(reference, request.status, entry, undefined, notice ? [notice] : [], ids))
    )
      throw new StorageError('invalid_transition', 'The request changed meanwhile; reload it');
    options.onTransition?.({
      reference,
      form: request.form,
      from: request.status,
      to: 'verifying',
      at: entry.at,
    });
    return statusOf({ ...next, history: [...request.history, entry] })!;
  }

  /** She withdraws her own request (with its access code), before the committee decides. */
  async function withdraw(reference: string, token: string): Promise<StatusView> {
    const request = await requestWithCode(reference, token);
    let next: StoredRequest;
    try {
      next = applyTransition(request, {
        to: 'withdrawn',
        actor: { id: 'applicant', role: 'applicant' },
        at: now(),
        transitions: transitionsFor(request.form),
      });
    } catch (error) {
      if (error instanceof WorkflowError)
        throw new StorageError('invalid_transition', 'It can no longer be withdrawn');
      throw error;
    }
    const entry = next.history.at(-1)!;
    if (!(await repo.saveTransition(reference, request.status, entry, assigneeAfter(entry))))
      throw new StorageError('invalid_transition', 'The request changed meanwhile; reload it');
    options.onTransition?.({
      reference,
      form: request.form,
      from: request.status,
      to: 'withdrawn',
      at: entry.at,
    });
    return statusOf(next)!;
  }

  /** Where a message's link takes her: her status, opened directly. */
  async function statusLinkOf(
    request: Pick<StoredRequest, 'reference' | 'accessVersion'>,
  ): Promise<string | undefined> {
    if (!options.notifications) return undefined;
    const token = await statusLinkToken(request.reference, request.accessVersion ?? 0);
    return `${options.notifications.statusUrl}${encodeURIComponent(request.reference)}/${token}`;
  }

  async function getStatus(reference: string, token: string): Promise<StatusView | null> {
    // A string that is not a reference never reaches the store (some stores refuse NUL and the like).
    const request = isReference(reference) ? await repo.getRequest(reference) : null;
    if (!request || typeof token !== 'string' || (await sha256Hex(token)) !== request.tokenHash) return null;
    return statusOf(request);
  }

  function statusOf(request: StoredRequest): StatusView | null {
    const reference = request.reference;
    const expiresAt = codeExpiresAt(request);
    if (expiresAt && Date.parse(expiresAt) <= now().getTime()) return null;
    return {
      reference,
      form: request.form,
      status: request.status,
      submittedAt: request.submittedAt,
      history: request.history.map((entry) => ({
        state: entry.to,
        at: entry.at,
        ...(entry.missing?.length ? { missing: entry.missing } : {}),
        ...(entry.answer ? { answer: entry.answer } : {}),
        ...(entry.reason ? { reason: entry.reason } : {}),
      })),
      decisionDueAt: decisionFor(request),
      overdue: isOverdue(request, now(), periodOf(request)),
      expiresAt,
      ...(awaitingSignature(request) ? { awaitingSignature: true } : {}),
    };
  }

  /** A signing link that exists, is unused and has not expired, with its request; otherwise the refusal. */
  async function liveSigningLink(token: string) {
    const tokenHash = await sha256Hex(String(token));
    const link = await repo.getSigningLink(tokenHash);
    if (!link) throw new StorageError('not_found', 'Unknown signing link');
    if (link.usedAt) throw new StorageError('token_used', 'This request is signed already');
    const expiresAt = new Date(Date.parse(link.createdAt) + signingLinkMs);
    if (expiresAt.getTime() <= now().getTime())
      throw new StorageError('not_found', 'This signing link has expired');
    const request = await repo.getRequest(link.reference);
    if (!request || request.erasedAt) throw new StorageError('not_found', 'Unknown signing link');
    if (!awaitingSignature(request)) throw new StorageError('token_used', 'This request is signed already');
    return { tokenHash, request, expiresAt: expiresAt.toISOString() };
  }

  async function getSigning(token: string): Promise<SigningContext | null> {
    try {
      const { request, expiresAt } = await liveSigningLink(token);
      return {
        reference: request.reference,
        form: request.form,
        data: request.data,
        locale: request.locale,
        decisionDays: periodOf(request).decisionDays,
        decisionWording: config.decision.wording,
        expiresAt,
      };
    } catch (error) {
      if (isStorageError(error) && error.code === 'not_found') return null;
      throw error;
    }
  }

  async function submitSignature(token: string, declaration: unknown): Promise<{ reference: string }> {
    const { tokenHash, request } = await liveSigningLink(token);
    const refuse = (path: string, code: ValidationCode) =>
      new StorageError('validation_failed', 'The declaration is not valid', {
        issues: [{ path, code, message: issueMessage(code, request.locale) }],
      });
    const parsed = validate(declarationSchema, declaration, { locale: request.locale });
    if (!parsed.success)
      throw new StorageError('validation_failed', 'The declaration is not valid', { issues: parsed.issues });
    if (parsed.data.textId !== FORM_DEFINITIONS[request.form].declaration)
      throw refuse('declaration.textId', 'declaration.text_mismatch');
    // Over her data exactly as it was taken: a declaration over anything else is refused.
    const inspection = await inspectDeclaration(parsed.data, request.data, periodOf(request));
    if (!inspection.signerMatches) throw refuse('declaration.signerName', 'declaration.signer_mismatch');
    if (!inspection.valid)
      throw refuse(
        'declaration',
        inspection.digestMatches ? 'declaration.text_mismatch' : 'declaration.digest_mismatch',
      );
    const at = now().toISOString();
    if (Date.parse(parsed.data.signedAt) > Date.parse(at) + 5 * 60 * 1000)
      throw refuse('declaration.signedAt', 'declaration.future');
    const saved = await repo.saveDeclaration(
      request.reference,
      { ...parsed.data, receivedAt: at },
      tokenHash,
      {
        at,
        actor: { id: 'applicant', role: 'applicant' },
        note: 'signed through the signing link',
      },
    );
    if (!saved) throw new StorageError('token_used', 'This request is signed already');
    return { reference: request.reference };
  }

  /** An invitation that exists, is unused and has not expired; otherwise the refusal. */
  async function liveInvitation(tokenHash: string) {
    const invitation = await repo.getInvitation(tokenHash);
    if (!invitation) throw new StorageError('not_found', 'Unknown survey link');
    if (invitation.usedAt) throw new StorageError('token_used', 'This survey link has already been used');
    const expiresAt = new Date(Date.parse(invitation.createdAt) + surveyLinkMs);
    if (expiresAt.getTime() <= now().getTime())
      throw new StorageError('not_found', 'This survey link has expired');
    return { ...invitation, expiresAt: expiresAt.toISOString() };
  }

  async function getSurvey(token: string): Promise<SurveyContext | null> {
    if (token === GENERAL_SURVEY_TOKEN) {
      // A fresh nonce with every form: each answer to the open survey consumes one (see submitSurveyResponse).
      const nonce = await signToken(grantKey, 'survey-nonce', [], new Date(now().getTime() + 30 * DAY));
      return { token, definition: survey, nonce, services: serviceOptions, decision: config.decision };
    }
    let invitation: Awaited<ReturnType<typeof liveInvitation>>;
    try {
      invitation = await liveInvitation(await sha256Hex(String(token)));
    } catch (error) {
      if (error instanceof StorageError && error.code === 'not_found') return null;
      throw error;
    }
    const request = await repo.getRequest(invitation.reference);
    let serviceType: string | undefined;
    try {
      serviceType = request ? formDefinition(request.form).service(request.data as never) : undefined;
    } catch {
      // An erased stub or older data may lack it; the survey goes on without it.
    }
    return {
      token,
      definition: survey,
      services: serviceOptions,
      expiresAt: invitation.expiresAt,
      ...(serviceType ? { serviceType } : {}),
      ...(request ? { channel: request.channel } : {}),
      decision: { ...config.decision, days: request?.decisionDays ?? config.decision.days },
    };
  }

  async function submitSurveyResponse(token: string, response: unknown): Promise<{ id: string }> {
    const tokenHash = token === GENERAL_SURVEY_TOKEN ? null : await sha256Hex(String(token));
    const invitation = tokenHash ? await liveInvitation(tokenHash) : null;
    const { nonce, ...answer } = (response ?? {}) as { nonce?: unknown };
    let nonceHash: string | null = null;
    if (!tokenHash) {
      // The open survey takes one answer per form it handed out: no record of who answered, only that
      // this form was used (with the rate limit, this keeps one device from answering over and over).
      if (!(await readToken(grantKey, 'survey-nonce', nonce, 0, now())))
        throw new StorageError('forbidden', 'Open the survey again to answer it');
      nonceHash = await sha256Hex(String(nonce));
    }
    const parsed = validate(responseSchema, answer);
    if (!parsed.success)
      throw new StorageError('validation_failed', 'The response is not valid', { issues: parsed.issues });
    // An anonymous answer keeps no join key to the request: no reference, and only the day — of the
    // answer and of the invitation's use — so their times cannot be matched either.
    const at = now().toISOString();
    const anonymous = parsed.data.anonymous || !invitation;
    const branch = invitation ? (await repo.getRequest(invitation.reference))?.assisted?.branch : undefined;
    const stored = {
      id: randomToken(12),
      ...(invitation && !parsed.data.anonymous ? { reference: invitation.reference } : {}),
      answers: parsed.data.answers,
      ...(parsed.data.channel ? { channel: parsed.data.channel } : {}),
      ...(parsed.data.serviceType ? { serviceType: parsed.data.serviceType } : {}),
      ...(parsed.data.comment ? { comment: parsed.data.comment } : {}),
      ...(branch ? { branch } : {}),
      receivedAt: anonymous ? at.slice(0, 10) : at,
    };
    if (tokenHash) {
      if (!(await repo.useInvitation(tokenHash, stored)))
        throw new StorageError('token_used', 'This survey link has already been used');
    } else {
      if (!(await repo.useSurveyNonce(nonceHash!, stored.receivedAt)))
        throw new StorageError('token_used', 'This survey form has already been answered');
      await repo.insertResponse(stored);
    }
    return { id: stored.id };
  }

  /** Issues a short-lived grant to upload the documents one submission of `form` will cite. */
  async function createUploadGrant(form: FormId): Promise<UploadGrant> {
    if (!FORMS_WITH_ATTACHMENTS.includes(form))
      throw new StorageError('not_found', 'This form takes no files');
    const expiresAt = new Date(now().getTime() + grantMs);
    return {
      grant: await signUploadGrant(grantKey, form, expiresAt),
      form,
      expiresAt: expiresAt.toISOString(),
      maxFiles: MAX_ATTACHMENTS,
      maxBytes,
    };
  }

  /**
   * Stores an uploaded file under a grant: the grant must be valid and not used up, the content must
   * pass {@link inspectFile} and match the declared type, the name is sanitised, and all not-yet-linked
   * uploads together stay under the global quota. The bytes go to the blob store, the metadata to the
   * repository; a submission links them later, and unlinked ones are purged.
   */
  async function putAttachment(file: AttachmentInput, { grant }: { grant: string }): Promise<AttachmentMeta> {
    const claims = await readUploadGrant(grantKey, grant, now());
    if (!claims) throw new StorageError('forbidden', 'A valid upload grant is required');
    if (!(file?.bytes instanceof Uint8Array) || file.bytes.byteLength === 0)
      throw new StorageError('validation_failed', 'Attachment bytes are required');
    if (file.bytes.byteLength > maxBytes)
      throw new StorageError('payload_too_large', 'The file is too large');
    const usage = await repo.attachmentUsage({ grantId: claims.id });
    if (usage.count >= MAX_ATTACHMENTS)
      throw new StorageError('rate_limited', 'This upload grant is used up; ask for another', {
        retryable: false,
      });
    const unlinked = await repo.attachmentUsage({ unlinked: true });
    if (unlinked.bytes + file.bytes.byteLength > maxUnlinked)
      throw new StorageError('unavailable', 'Uploads are paused; try again later', { retryable: true });
    const inspection = inspectFile(file.bytes);
    if (!inspection.ok || (file.mediaType && file.mediaType !== inspection.mediaType)) {
      throw new StorageError(
        'unsupported_media_type',
        'Only PDF, JPEG and PNG files without active content are accepted, judged by content',
      );
    }
    const attachment: StoredAttachment = {
      id: `att_${randomToken(12)}`,
      sha256: await sha256Hex(file.bytes),
      size: file.bytes.byteLength,
      mediaType: inspection.mediaType,
      name: sanitizeFileName(file.name),
      form: claims.form,
      grantId: claims.id,
      reference: null,
      createdAt: now().toISOString(),
    };
    await blobs.put(attachment.id, file.bytes);
    try {
      await repo.insertAttachment(attachment);
    } catch (error) {
      await Promise.resolve(blobs.delete(attachment.id)).catch(() => undefined);
      throw error;
    }
    const { id, sha256, size, mediaType } = attachment;
    return { id, sha256, size, mediaType };
  }

  /** Deletes uploads no request cites that are older than `olderThanMs` (default 24 h); returns how many. */
  async function purgeUnlinkedAttachments(olderThanMs = 24 * 60 * 60 * 1000): Promise<number> {
    const before = new Date(now().getTime() - olderThanMs).toISOString();
    let purged = 0;
    for (;;) {
      const ids = await repo.listUnlinkedAttachments(before, 500);
      if (ids.length === 0) return purged;
      await repo.deleteUnlinkedAttachments(ids);
      for (const id of ids) await blobs.delete(id);
      purged += ids.length;
      if (ids.length < 500) return purged;
    }
  }

  async function saveChecklist(
    request: StoredRequest,
    changes: Record<string, boolean>,
    actor: Actor,
    at: string,
  ): Promise<Record<string, boolean>> {
    const merged = { ...request.checklist, ...changes };
    const note = Object.entries(changes)
      .map(([item, ticked]) => `${item}=${ticked ? 'yes' : 'no'}`)
      .join(', ');
    await repo.saveChecklist(request.reference, merged, { at, actor, note: `checklist: ${note}` });
    return merged;
  }

  /** The staff with an active key, each once, by name. */
  async function people(): Promise<StaffPerson[]> {
    const byId = new Map<string, StaffPerson>();
    for (const member of (await options.staffDirectory?.()) ?? []) {
      byId.set(member.id, {
        id: member.id,
        name: member.name,
        role: member.role,
        ...(member.branch ? { branch: member.branch } : {}),
      });
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name));
  }

  /** The staff API for one authenticated staff member. */
  function staffFor(member: StaffMember): StaffApi {
    const actor = { id: member.id, role: member.role, name: member.name };
    const mayRead = (request: StoredRequest) => canReadRequest(actor, request);
    /** A request waiting for her signature that this member may collect it for. */
    const signable = async (reference: string) => {
      if (!canTakeAssistedIntake(actor.role))
        throw new StorageError('forbidden', 'Only relations officers collect a signature');
      const request = await find(reference);
      if (!awaitingSignature(request))
        throw new StorageError('invalid_transition', 'The request is signed already');
      return request;
    };
    /** The key registry, for an administrator acting on someone else's keys. */
    const keys = async (target?: string) => {
      if (!canManageKeys(actor.role))
        throw new StorageError('forbidden', 'Only an administrator manages keys');
      if (target !== undefined && target === actor.id)
        throw new StorageError('forbidden', 'Your own key is changed from the command line');
      if (!options.keyRegistry) throw new StorageError('unavailable', 'This backend keeps no staff keys');
      return options.keyRegistry;
    };
    /** A request this member may read (need-to-know); otherwise a 404 or a 403. */
    const find = async (reference: string) => {
      const request = isReference(reference) ? await repo.getRequest(reference) : null;
      if (!request) throw new StorageError('not_found', 'No such request');
      if (!mayRead(request)) throw new StorageError('forbidden', 'This request is not for this role');
      return request;
    };
    const scope = readScope(actor);
    /** The store's query for the queue: her scope, the filters, the search. */
    const queueQuery = (query: RequestQuery) => {
      const terms = query.search ? searchTerms(query.search) : null;
      return {
        scope,
        ...(query.form ? { form: query.form } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.channel ? { channel: query.channel } : {}),
        ...(query.branch ? { branch: query.branch } : {}),
        ...(query.assignee ? { assignee: query.assignee } : {}),
        ...(terms ? { search: terms } : {}),
      };
    };
    /**
     * Requests past or within the committee's period: only those before the committee can be overdue, so
     * the store reads those, and the time is compared here.
     */
    const overdueRows = async (query: RequestQuery) => {
      const at = now();
      if (query.overdue && query.status && query.status !== 'in_committee') return [];
      const rows = await repo.listQueue({
        ...queueQuery(query),
        ...(query.overdue ? { status: 'in_committee' as const } : {}),
      });
      return rows.filter((row) => isOverdue(row, at, periodOf(row)) === query.overdue);
    };
    return {
      actor,
      async countRequests(query = {}) {
        if (query.overdue === undefined) return repo.countQueue(queueQuery(query));
        const counts: Partial<Record<RequestState, number>> = {};
        for (const row of await overdueRows(query)) counts[row.status] = (counts[row.status] ?? 0) + 1;
        return counts;
      },
      async listRequests(query = {}) {
        const limit = query.limit ?? 100;
        const offset = query.offset ?? 0;
        if (query.overdue === undefined) {
          // Filtered, searched and paged by the store, over what her role may read.
          const rows = await repo.listQueue({
            ...queueQuery(query),
            ...(query.sort === 'newest' ? { newestFirst: true } : {}),
            limit,
            offset,
          });
          return rows.map(summary);
        }
        const rows = await overdueRows(query);
        return (query.sort === 'newest' ? rows.reverse() : rows).slice(offset, offset + limit).map(summary);
      },
      async getRequest(reference) {
        const request = isReference(reference) ? await repo.getRequest(reference) : null;
        if (!request) return null;
        if (!mayRead(request)) throw new StorageError('forbidden', 'This request is not for this role');
        // Every read of a full record is on the audit trail.
        await repo.recordAccess({ action: 'read', reference, at: now().toISOString(), actor, note: '' });
        return staffRecord(request);
      },
      async transition(reference, input) {
        const request = await find(reference);
        const note = normalizeNote(input?.note);
        const answer = normalizeNote(input?.answer);
        if (answer && FORM_DEFINITIONS[request.form].hasDecision) {
          const code = 'answer.not_here';
          throw new StorageError(
            'validation_failed',
            'A request is answered by its decision, not a message',
            {
              issues: [{ path: 'answer', code, message: issueMessage(code, request.locale) }],
            },
          );
        }
        const extras = checkTransitionInput(config, request.status, input, {
          people: await people(),
          locale: request.locale,
          today: now(),
        });
        if (input?.to === 'in_committee' && awaitingSignature(request)) {
          const code = 'signature.pending';
          throw new StorageError('invalid_transition', 'The request waits for her signature', {
            issues: [{ path: 'declaration', code, message: issueMessage(code, request.locale) }],
          });
        }
        if (input?.to === 'in_committee') {
          const blocking = checklistBlocking(config, request);
          if (blocking.length) {
            const code = 'checklist.incomplete';
            throw new StorageError('invalid_transition', 'The verification checklist is not complete', {
              issues: blocking.map((item) => ({
                path: `checklist.${item}`,
                code,
                message: issueMessage(code, request.locale),
              })),
            });
          }
        }
        let next: StoredRequest;
        try {
          next = applyTransition(request, {
            to: input.to,
            actor: { id: actor.id, role: actor.role },
            ...(note ? { note } : {}),
            ...extras,
            ...(answer ? { answer } : {}),
            at: now(),
            transitions: transitionsFor(request.form),
          });
        } catch (error) {
          if (error instanceof WorkflowError)
            throw new StorageError(error.code, error.message, { cause: error });
          throw error;
        }
        const entry = next.history.at(-1)!;
        const assignee = assigneeAfter(entry);
        // Delivered: her survey invitation is made once, and travels in the message.
        const surveyLink =
          entry.to === 'service_delivered' && options.notifications && options.surveyUrl
            ? `${options.surveyUrl}${encodeURIComponent(await inviteToSurvey(reference))}`
            : undefined;
        // Asked for more, she answers from the message itself: its link can send what is missing.
        const link =
          surveyLink ??
          (entry.to === 'needs_information' && options.notifications
            ? `${options.notifications.statusUrl}${encodeURIComponent(reference)}/${await replyLinkToken(
                reference,
                request.accessVersion ?? 0,
                request.history.length,
              )}`
            : await statusLinkOf(request));
        const messages = options.notifications
          ? composeNotifications(request, entry, request.history.length, {
              settings: options.notifications,
              config,
              ...(link ? { link } : {}),
            })
          : [];
        if (!(await repo.saveTransition(reference, request.status, entry, assignee, messages))) {
          throw new StorageError('invalid_transition', 'The request changed meanwhile; reload it');
        }
        if (assignee !== undefined) next = { ...next, assignee };
        options.onTransition?.({
          reference,
          form: request.form,
          from: request.status,
          to: entry.to,
          at: entry.at,
        });
        return staffRecord(next);
      },
      async assign(reference, assigneeId) {
        const id = typeof assigneeId === 'string' && assigneeId ? assigneeId : null;
        const request = await find(reference);
        if (!canAssign(actor, id, request.assignee?.id ?? null))
          throw new StorageError('forbidden', 'Only relations officers assign a request to someone else');
        let assignee: Assignee | null = null;
        if (id) {
          const person = (await people()).find((p) => p.id === id);
          if (!person) {
            const code = 'assignee.unknown';
            throw new StorageError('validation_failed', 'No such staff member', {
              issues: [{ path: 'assignee', code, message: issueMessage(code, request.locale) }],
            });
          }
          assignee = { id: person.id, name: person.name, at: now().toISOString() };
        }
        const saved = await repo.saveAssignee(reference, assignee, {
          at: now().toISOString(),
          actor,
          note: assignee ? `assigned: ${assignee.id}` : 'unassigned',
        });
        if (!saved) throw new StorageError('not_found', 'No such request');
        return staffRecord({ ...request, assignee });
      },
      people,
      async listKeys() {
        return (await keys()).list();
      },
      async createKey(input) {
        const registry = await keys();
        const parsed = parseStaffKeyInput(config, input);
        if (!parsed.ok) {
          const code = `staff_key.${parsed.field}` as const;
          throw new StorageError('validation_failed', 'Who the key is for is not valid', {
            issues: [{ path: parsed.field, code, message: issueMessage(code) }],
          });
        }
        return registry.create(parsed.value, actor);
      },
      async rotateKey(id) {
        const registry = await keys(id);
        const key = await registry.rotate(id, actor);
        if (!key) throw new StorageError('not_found', 'No active key for this person');
        return { key };
      },
      async revokeKey(id) {
        const registry = await keys(id);
        if (!(await registry.revoke(id, actor)))
          throw new StorageError('not_found', 'No active key for this person');
      },
      async updateChecklist(reference, checklist) {
        if (!canEditChecklist(actor.role)) {
          throw new StorageError('forbidden', 'Only relations officers tick the verification checklist');
        }
        const parsed = validate(checklistSchema, checklist);
        if (parsed.success && Object.values(parsed.data).every((v) => v === undefined))
          throw new StorageError('validation_failed', 'The checklist names no item');
        if (!parsed.success)
          throw new StorageError('validation_failed', 'The checklist is not valid', {
            issues: parsed.issues,
          });
        const request = await find(reference);
        const changes = Object.fromEntries(
          Object.entries(parsed.data).filter(([, v]) => v !== undefined),
        ) as Record<string, boolean>;
        const merged = await saveChecklist(request, changes, actor, now().toISOString());
        return staffRecord({ ...request, checklist: merged });
      },
      submit(form, payload, submitOptions) {
        if (!canTakeAssistedIntake(actor.role))
          return Promise.reject(
            new StorageError('forbidden', 'Only relations officers take requests for a beneficiary'),
          );
        return submitAs(member, form, payload, submitOptions);
      },
      async createSigningLink(reference) {
        await signable(reference);
        const token = await createSigningToken(reference, now().toISOString());
        const link = await repo.getSigningLink(await sha256Hex(token));
        if (link?.usedAt) throw new StorageError('token_used', 'This request is signed already');
        return {
          token,
          expiresAt: new Date(
            Date.parse(link?.createdAt ?? now().toISOString()) + signingLinkMs,
          ).toISOString(),
          ...(options.signingUrl ? { url: `${options.signingUrl}${encodeURIComponent(token)}` } : {}),
        };
      },
      async notifications(reference) {
        await find(reference);
        return repo.listNotifications(reference);
      },
      async printCode(reference) {
        await signable(reference);
        return { code: await printCodeOf(reference) };
      },
      async recordWetSignature(reference, code) {
        const request = await signable(reference);
        if (normalizePrintCode(code) !== (await printCodeOf(reference))) {
          const issue = 'signature.code';
          throw new StorageError('validation_failed', 'Not the code printed on her copy', {
            issues: [{ path: 'code', code: issue, message: issueMessage(issue, request.locale) }],
          });
        }
        const textId = FORM_DEFINITIONS[request.form].declaration!;
        const { version, text } = getDeclarationText(textId, request.locale, {
          ...periodOf(request),
          decisionWording: config.decision.wording,
        });
        const at = now().toISOString();
        const declaration: StoredDeclaration = {
          textId,
          textVersion: version,
          text,
          textSha256: await sha256Hex(text),
          locale: request.locale,
          signerName: displayName(request.form, request.data),
          method: 'wet',
          signedAt: at,
          submissionDigest: await digestSubmission(request.data),
          receivedAt: at,
          recordedBy: { id: actor.id, name: actor.name },
        };
        if (
          !(await repo.saveDeclaration(reference, declaration, null, { at, actor, note: 'signed on paper' }))
        )
          throw new StorageError('invalid_transition', 'The request is signed already');
        return staffRecord({ ...request, declaration });
      },
      async reissueAccessCode(reference) {
        if (!canReissueAccessCode(actor.role))
          throw new StorageError('forbidden', 'Only relations officers re-issue an access code');
        const request = await find(reference);
        if (request.erasedAt) throw new StorageError('not_found', 'No such request');
        const version = (request.accessVersion ?? 0) + 1;
        const code = await accessToken(reference, version);
        await repo.reissueAccessCode(reference, await sha256Hex(code), version, {
          at: now().toISOString(),
          actor,
          note: `version ${version}`,
        });
        return { accessToken: code };
      },
      async erase(reference) {
        if (!canErase(actor.role))
          throw new StorageError('forbidden', 'Only an administrator erases a request');
        await eraseRequest(reference, actor);
      },
      async getAttachment(reference, id) {
        await find(reference);
        const stored = isBlobId(id) ? await repo.getAttachment(id) : null;
        if (!stored || stored.reference !== reference) return null;
        assertBlobId(stored.id);
        const bytes = await blobs.get(stored.id);
        if (!bytes) return null;
        await repo.recordAccess({
          action: 'download',
          reference,
          at: now().toISOString(),
          actor,
          note: stored.id,
        });
        const content: AttachmentContent = {
          id: stored.id,
          sha256: stored.sha256,
          size: stored.size,
          mediaType: stored.mediaType,
          name: stored.name,
          bytes,
        };
        return content;
      },
      async createSurveyInvitation(reference) {
        if (!canInviteToSurvey(actor.role))
          throw new StorageError('forbidden', 'Only relations officers send survey invitations');
        const request = await find(reference);
        if (!canInviteToSurvey(actor.role, request.status)) {
          throw new StorageError(
            'invalid_transition',
            'A survey is sent only after the service is delivered',
          );
        }
        const token = await inviteToSurvey(reference);
        return {
          token,
          ...(options.surveyUrl ? { url: `${options.surveyUrl}${encodeURIComponent(token)}` } : {}),
        };
      },
      async satisfactionSummary(query = {}) {
        // A last day includes the whole day (answers carry a time, anonymous ones only their day).
        const to = query.to?.length === 10 ? `${query.to}T23:59:59.999Z` : query.to;
        return summarizeSatisfaction(
          await repo.listResponses({ ...(query.from ? { from: query.from } : {}), ...(to ? { to } : {}) }),
          survey,
        );
      },
      async inquiryTopics(query = {}) {
        const counts: Record<string, number> = {};
        for (const inquiry of await repo.listRequests({ form: 'inquiry' })) {
          const day = inquiry.submittedAt.slice(0, 10);
          if (
            !mayRead(inquiry) ||
            (query.from && day < query.from.slice(0, 10)) ||
            (query.to && day > query.to.slice(0, 10))
          )
            continue;
          const topic = (inquiry.data as { topic?: unknown } | null)?.topic;
          if (typeof topic === 'string') counts[topic] = (counts[topic] ?? 0) + 1;
        }
        return counts;
      },
    };
  }

  /**
   * A request's survey invitation: one per delivered request — asking again gives the same link (derived,
   * and stored only as its hash; the first creation time bounds its life).
   */
  async function inviteToSurvey(reference: string): Promise<string> {
    const token = await deriveToken(options.secret, `survey:${reference}`);
    await repo.createInvitation(await sha256Hex(token), reference, now().toISOString());
    return token;
  }

  /** A request's signing link: one per request, derived, stored only as its hash. */
  async function createSigningToken(reference: string, at: string): Promise<string> {
    const token = await deriveToken(options.secret, `sign:${reference}`);
    await repo.createSigningLink(await sha256Hex(token), reference, at);
    return token;
  }

  /** The code printed on a request's paper copy: derived from the secret, so nothing more is stored. */
  async function printCodeOf(reference: string): Promise<string> {
    return formatPrintCode(await sha256Hex(await deriveToken(options.secret, `print:${reference}`)));
  }

  return {
    submit,
    getStatus,
    getStatusByLink,
    replyByLink,
    sendStaffDigests,
    remindCode,
    withdraw,
    reply,
    getSigning,
    submitSignature,
    getSurvey,
    submitSurveyResponse,
    createUploadGrant,
    putAttachment,
    purgeUnlinkedAttachments,
    eraseRequest,
    eraseEndedRequests,
    staffFor,
    survey,
    config,
    /** The configuration anyone may read, with the decision period this service promises. */
    getConfig(): PublicAssociationConfig {
      return publicAssociationConfig({
        ...config,
        decision: { ...config.decision, days: deadline.decisionDays },
      });
    },
  };
}

/** The service returned by {@link createBackendService}. */
export type BackendService = ReturnType<typeof createBackendService>;
