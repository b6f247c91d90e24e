import { DEFAULT_DECISION_DAYS } from '../declaration/declarationTexts';
import { digestSubmission } from '../declaration/digestSubmission';
import { sha256Hex } from '../declaration/sha256Hex';
import { inspectDeclaration } from '../declaration/verifyDeclaration';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from '../options/requestOptions';
import { createSurveyResponseSchema } from '../survey/createSurveyResponseSchema';
import { summarizeSatisfaction } from '../survey/summarizeSatisfaction';
import { DEFAULT_SURVEY, type SurveyDefinition } from '../survey/surveyDefinition';
import { validate } from '../validation/validate';
import { type Actor, applyTransition } from '../workflow/applyTransition';
import { expectedDecisionAt, isOverdue } from '../workflow/decisionDueAt';
import { transitionsFor } from '../workflow/formTransitions';
import { WorkflowError } from '../workflow/WorkflowError';
import type { BackendRepository, StoredRequest } from './BackendRepository';
import type {
  AttachmentInput,
  AttachmentMeta,
  FormId,
  Receipt,
  RequestSummary,
  StaffApi,
  StaffRequestRecord,
  StaffRole,
  StatusView,
  SubmissionPayload,
  SubmitOptions,
  SurveyContext,
} from './contracts';
import { deriveToken } from './deriveToken';
import { detectMediaType } from './detectMediaType';
import { displayName } from './displayName';
import { formatReference, randomToken } from './randomToken';
import { StorageError } from './StorageError';
import { validateSubmission } from './validateSubmission';

/** A staff member the service acts for. */
export interface StaffMember {
  id: string;
  name: string;
  role: StaffRole;
}

/** Options of {@link createBackendService}. */
export interface BackendServiceOptions {
  repository: BackendRepository;
  /** Secret from which access tokens are derived; keep it stable across restarts. */
  secret: string;
  /** @default 14 */
  decisionDays?: number;
  /** @default () => new Date() */
  now?: () => Date;
  /** @default DEFAULT_SURVEY */
  survey?: SurveyDefinition;
  /** Base of survey links; the token is appended. */
  surveyUrl?: string;
  /** @default 10 MB */
  maxAttachmentBytes?: number;
  /** @default 'MRD' */
  referencePrefix?: string;
  /** Called after every state change (e.g. to send a webhook). */
  onTransition?: (event: {
    reference: string;
    form: FormId;
    from: string | null;
    to: string;
    at: string;
  }) => void;
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
  const deadline = { decisionDays: options.decisionDays ?? DEFAULT_DECISION_DAYS };
  const survey = options.survey ?? DEFAULT_SURVEY;
  const responseSchema = createSurveyResponseSchema(survey);
  const maxBytes = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const inFlight = new Map<string, Promise<Receipt>>();
  const accessToken = (reference: string) => deriveToken(options.secret, `access:${reference}`);

  const decisionFor = (request: StoredRequest) =>
    request.form === 'support-request' ? expectedDecisionAt(request, deadline) : null;

  async function receiptFor(request: StoredRequest): Promise<Receipt> {
    return {
      reference: request.reference,
      accessToken: await accessToken(request.reference),
      status: 'submitted',
      submittedAt: request.submittedAt,
      decisionDueAt: decisionFor(request),
    };
  }

  function summary(request: StoredRequest): RequestSummary {
    return {
      reference: request.reference,
      form: request.form,
      status: request.status,
      submittedAt: request.submittedAt,
      channel: request.channel,
      decisionDueAt: decisionFor(request),
      overdue: isOverdue(request, now(), deadline),
      name: displayName(request.form, request.data),
    };
  }

  async function staffRecord(request: StoredRequest): Promise<StaffRequestRecord> {
    const verification = request.declaration
      ? await inspectDeclaration(request.declaration, request.data, deadline)
      : null;
    return {
      ...summary(request),
      data: request.data,
      declaration: request.declaration ?? null,
      verification,
      locale: request.locale,
      ...(request.assisted ? { assisted: request.assisted } : {}),
      checklist: request.checklist,
      history: request.history,
    };
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

  async function record(
    form: FormId,
    payload: SubmissionPayload,
    key: string,
    bodyDigest: string,
    locale: SubmitOptions['locale'],
  ): Promise<Receipt> {
    const seen = await replay(key, bodyDigest);
    if (seen) return seen;
    const checked = await validateSubmission(form, payload, {
      locale: locale ?? payload?.locale,
      ...deadline,
    });
    if (!checked.success)
      throw new StorageError('validation_failed', 'The submission is not valid', { issues: checked.issues });
    const { submission } = checked;
    const at = now();
    const submittedAt = at.toISOString();
    const reference = formatReference(
      at.getUTCFullYear(),
      await repo.nextSequence(at.getUTCFullYear()),
      options.referencePrefix,
    );
    const actor: Actor = submission.assisted
      ? { id: submission.assisted.staffId, role: 'relations_officer' }
      : { id: 'applicant', role: 'applicant' };
    const request: StoredRequest = {
      reference,
      form,
      data: submission.data,
      ...(submission.declaration ? { declaration: submission.declaration } : {}),
      channel: submission.channel,
      locale: submission.locale,
      ...(submission.assisted ? { assisted: submission.assisted } : {}),
      status: 'submitted',
      history: [{ from: null, to: 'submitted', at: submittedAt, actor }],
      submittedAt,
      tokenHash: await sha256Hex(await accessToken(reference)),
      checklist: { ...submission.assisted?.checklist },
    };
    const taken = await repo.insertRequest(request, { key, bodyDigest });
    if (taken) {
      // Another process stored this key first: answer with its request, never a second one.
      const winner = await replay(key, bodyDigest);
      if (winner) return winner;
    }
    options.onTransition?.({ reference, form, from: null, to: 'submitted', at: submittedAt });
    return receiptFor(request);
  }

  async function submit(
    form: FormId,
    payload: SubmissionPayload,
    { idempotencyKey, locale }: SubmitOptions,
  ): Promise<Receipt> {
    if (typeof idempotencyKey !== 'string' || idempotencyKey.length < 8 || idempotencyKey.length > 200) {
      throw new StorageError('validation_failed', 'An idempotency key of 8–200 characters is required');
    }
    let bodyDigest: string;
    try {
      bodyDigest = await digestSubmission({ form, payload });
    } catch (cause) {
      throw new StorageError('validation_failed', 'The submission is not JSON', { cause });
    }
    const key = `${form}:${idempotencyKey}`;
    const pending = inFlight.get(key);
    if (pending) {
      await pending.catch(() => undefined);
      return (
        (await replay(key, bodyDigest)) ??
        submit(form, payload, { idempotencyKey, ...(locale ? { locale } : {}) })
      );
    }
    const work = record(form, payload, key, bodyDigest, locale);
    inFlight.set(key, work);
    try {
      return await work;
    } finally {
      inFlight.delete(key);
    }
  }

  async function getStatus(reference: string, token: string): Promise<StatusView | null> {
    const request = typeof reference === 'string' ? await repo.getRequest(reference) : null;
    if (!request || typeof token !== 'string' || (await sha256Hex(token)) !== request.tokenHash) return null;
    return {
      reference,
      form: request.form,
      status: request.status,
      submittedAt: request.submittedAt,
      history: request.history.map((entry) => ({ state: entry.to, at: entry.at })),
      decisionDueAt: decisionFor(request),
      overdue: isOverdue(request, now(), deadline),
    };
  }

  async function getSurvey(token: string): Promise<SurveyContext | null> {
    if (token === 'general') return { token, definition: survey };
    const invitation = await repo.getInvitation(await sha256Hex(String(token)));
    if (!invitation) return null;
    if (invitation.usedAt) throw new StorageError('token_used', 'This survey link has already been used');
    const request = await repo.getRequest(invitation.reference);
    const serviceType = (request?.data as { request?: { supportTypes?: string[] } } | undefined)?.request
      ?.supportTypes?.[0];
    return {
      token,
      definition: survey,
      ...(serviceType ? { serviceType } : {}),
      ...(request ? { channel: request.channel } : {}),
    };
  }

  async function submitSurveyResponse(token: string, response: unknown): Promise<{ id: string }> {
    const tokenHash = token === 'general' ? null : await sha256Hex(String(token));
    const invitation = tokenHash ? await repo.getInvitation(tokenHash) : null;
    if (tokenHash && !invitation) throw new StorageError('not_found', 'Unknown survey token');
    if (invitation?.usedAt) throw new StorageError('token_used', 'This survey link has already been used');
    const parsed = validate(responseSchema, response);
    if (!parsed.success)
      throw new StorageError('validation_failed', 'The response is not valid', { issues: parsed.issues });
    const stored = {
      id: randomToken(12),
      ...(invitation && !parsed.data.anonymous ? { reference: invitation.reference } : {}),
      answers: parsed.data.answers,
      ...(parsed.data.channel ? { channel: parsed.data.channel } : {}),
      ...(parsed.data.serviceType ? { serviceType: parsed.data.serviceType } : {}),
      ...(parsed.data.comment ? { comment: parsed.data.comment } : {}),
      receivedAt: now().toISOString(),
    };
    if (tokenHash) {
      if (!(await repo.useInvitation(tokenHash, stored)))
        throw new StorageError('token_used', 'This survey link has already been used');
    } else {
      await repo.insertResponse(stored);
    }
    return { id: stored.id };
  }

  async function putAttachment(file: AttachmentInput): Promise<AttachmentMeta> {
    if (!(file?.bytes instanceof Uint8Array))
      throw new StorageError('validation_failed', 'Attachment bytes are required');
    if (file.bytes.byteLength > maxBytes)
      throw new StorageError('payload_too_large', 'The file is too large');
    const mediaType = detectMediaType(file.bytes);
    if (!mediaType || (file.mediaType && file.mediaType !== mediaType)) {
      throw new StorageError(
        'unsupported_media_type',
        'Only PDF, JPEG and PNG files are accepted, judged by content',
      );
    }
    const meta: AttachmentMeta = {
      id: `att_${randomToken(12)}`,
      sha256: await sha256Hex(file.bytes),
      size: file.bytes.byteLength,
      mediaType,
    };
    await repo.putAttachment({ ...meta, name: String(file.name ?? '').slice(0, 200) }, file.bytes);
    return meta;
  }

  /** The staff API for one authenticated staff member. */
  function staffFor(member: StaffMember): StaffApi {
    const actor = { id: member.id, role: member.role, name: member.name };
    const find = async (reference: string) => {
      const request = await repo.getRequest(reference);
      if (!request) throw new StorageError('not_found', `No request ${reference}`);
      return request;
    };
    return {
      actor,
      async listRequests(query = {}) {
        const limit = query.limit ?? 100;
        const offset = query.offset ?? 0;
        if (query.overdue === undefined) {
          return (await repo.listRequests({ form: query.form, status: query.status, limit, offset })).map(
            summary,
          );
        }
        const at = now();
        const all = await repo.listRequests({
          form: query.form,
          status: query.overdue ? 'in_committee' : query.status,
        });
        return all
          .filter(
            (r) =>
              (!query.status || r.status === query.status) && isOverdue(r, at, deadline) === query.overdue,
          )
          .slice(offset, offset + limit)
          .map(summary);
      },
      async getRequest(reference) {
        const request = await repo.getRequest(reference);
        return request ? staffRecord(request) : null;
      },
      async transition(reference, input) {
        const request = await find(reference);
        let next: StoredRequest;
        try {
          next = applyTransition(request, {
            to: input.to,
            actor: { id: actor.id, role: actor.role },
            ...(input.note ? { note: String(input.note).slice(0, 2000) } : {}),
            at: now(),
            transitions: transitionsFor(request.form),
          });
        } catch (error) {
          if (error instanceof WorkflowError)
            throw new StorageError(error.code, error.message, { cause: error });
          throw error;
        }
        const entry = next.history.at(-1)!;
        if (!(await repo.saveTransition(reference, request.status, entry))) {
          throw new StorageError('invalid_transition', 'The request changed meanwhile; reload it');
        }
        options.onTransition?.({
          reference,
          form: request.form,
          from: request.status,
          to: entry.to,
          at: entry.at,
        });
        return staffRecord(next);
      },
      async updateChecklist(reference, checklist) {
        const request = await find(reference);
        if (actor.role !== 'relations_officer' && actor.role !== 'admin') {
          throw new StorageError('forbidden', 'Only relations officers tick the verification checklist');
        }
        const merged = { ...request.checklist, ...checklist };
        await repo.saveChecklist(reference, merged);
        return staffRecord({ ...request, checklist: merged });
      },
      async createSurveyInvitation(reference) {
        const request = await find(reference);
        if (request.status !== 'service_delivered' && request.status !== 'closed') {
          throw new StorageError(
            'invalid_transition',
            'A survey is sent only after the service is delivered',
          );
        }
        const token = randomToken();
        await repo.createInvitation(await sha256Hex(token), reference, now().toISOString());
        return {
          token,
          ...(options.surveyUrl ? { url: `${options.surveyUrl}${encodeURIComponent(token)}` } : {}),
        };
      },
      async satisfactionSummary(query = {}) {
        return summarizeSatisfaction(await repo.listResponses(query), survey);
      },
    };
  }

  return { submit, getStatus, getSurvey, submitSurveyResponse, putAttachment, staffFor, survey };
}

/** The service returned by {@link createBackendService}. */
export type BackendService = ReturnType<typeof createBackendService>;
