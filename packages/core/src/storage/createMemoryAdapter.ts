import type { DeclarationRecord } from '../declaration/declarationSchema';
import { DEFAULT_DECISION_DAYS } from '../declaration/declarationTexts';
import { digestSubmission } from '../declaration/digestSubmission';
import { sha256Hex } from '../declaration/sha256Hex';
import { inspectDeclaration } from '../declaration/verifyDeclaration';
import type { Locale } from '../i18n/locale';
import type { Channel } from '../options/channels';
import { DEFAULT_MAX_ATTACHMENT_BYTES } from '../options/requestOptions';
import { createSurveyResponseSchema } from '../survey/createSurveyResponseSchema';
import { type SummarizableResponse, summarizeSatisfaction } from '../survey/summarizeSatisfaction';
import { DEFAULT_SURVEY, type SurveyDefinition } from '../survey/surveyDefinition';
import { validate } from '../validation/validate';
import { type Actor, applyTransition, type HistoryEntry } from '../workflow/applyTransition';
import { expectedDecisionAt, isOverdue } from '../workflow/decisionDueAt';
import { transitionsFor } from '../workflow/formTransitions';
import { WorkflowError } from '../workflow/WorkflowError';
import type {
  AssistedBy,
  AttachmentMeta,
  DraftStore,
  FormId,
  Receipt,
  RequestSummary,
  StaffApi,
  StaffCredentials,
  StaffRequestRecord,
  StaffRole,
  StatusView,
  SubmissionBackend,
  SubmissionPayload,
  SurveyContext,
} from './contracts';
import { detectMediaType } from './detectMediaType';
import { displayName } from './displayName';
import type { Envelope } from './envelope';
import { formatReference, randomToken } from './randomToken';
import { StorageError } from './StorageError';
import { validateSubmission } from './validateSubmission';

/** A staff member known to the memory adapter, by key. */
export interface MemoryStaffMember {
  id: string;
  name: string;
  role: StaffRole;
}

/** Options of {@link createMemoryAdapter}. */
export interface MemoryAdapterOptions {
  /** Staff keys and who they belong to. */
  staffKeys?: Record<string, MemoryStaffMember>;
  /** @default 14 */
  decisionDays?: number;
  /** The clock. @default () => new Date() */
  now?: () => Date;
  /** The satisfaction survey asked after delivery. @default DEFAULT_SURVEY */
  survey?: SurveyDefinition;
  /** Base of survey links, e.g. `https://example.org/survey`; the token is appended. */
  surveyUrl?: string;
  /** @default 10 MB */
  maxAttachmentBytes?: number;
  /** Prefix of request references. @default 'MRD' */
  referencePrefix?: string;
}

interface StoredRequest {
  reference: string;
  form: FormId;
  data: unknown;
  declaration?: DeclarationRecord;
  channel: Channel;
  locale: Locale;
  assisted?: AssistedBy;
  status: StatusView['status'];
  history: HistoryEntry[];
  submittedAt: string;
  tokenHash: string;
  checklist: Record<string, boolean>;
}

interface StoredSurveyResponse extends SummarizableResponse {
  id: string;
  token: string;
  reference?: string;
  receivedAt: string;
}

/** The memory adapter: both a {@link DraftStore} and a {@link SubmissionBackend}. */
export type MemoryAdapter = DraftStore &
  Omit<SubmissionBackend, 'staff'> &
  Required<Pick<SubmissionBackend, 'getSurvey' | 'attachments'>> & {
    staff(credentials: StaffCredentials): StaffApi;
  };

/**
 * A complete in-memory backend and draft store: the reference implementation of the storage contracts,
 * for tests, demos and Storybook. It validates like a server (schemas, declaration digest), keeps one
 * record per idempotency key even under concurrent submits, and stores access tokens hashed.
 * @example const adapter = createMemoryAdapter({ staffKeys: { secret: { id: 's1', name: 'Huda', role: 'committee' } } })
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const now = options.now ?? (() => new Date());
  const deadline = { decisionDays: options.decisionDays ?? DEFAULT_DECISION_DAYS };
  const survey = options.survey ?? DEFAULT_SURVEY;
  const responseSchema = createSurveyResponseSchema(survey);
  const maxBytes = options.maxAttachmentBytes ?? DEFAULT_MAX_ATTACHMENT_BYTES;
  const drafts = new Map<string, Envelope>();
  const requests = new Map<string, StoredRequest>();
  const idempotency = new Map<string, { bodyDigest: string; receipt: Receipt }>();
  const inFlight = new Map<string, Promise<Receipt>>();
  const attachments = new Map<string, AttachmentMeta & { bytes: Uint8Array }>();
  const invitations = new Map<string, { reference: string; used: boolean }>();
  const responses: StoredSurveyResponse[] = [];
  const sequences = new Map<number, number>();

  const clone = <T>(value: T): T => structuredClone(value);

  function nextReference(): string {
    const year = now().getUTCFullYear();
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    return formatReference(year, sequence, options.referencePrefix);
  }

  function summary(request: StoredRequest): RequestSummary {
    return {
      reference: request.reference,
      form: request.form,
      status: request.status,
      submittedAt: request.submittedAt,
      channel: request.channel,
      decisionDueAt: request.form === 'support-request' ? expectedDecisionAt(request, deadline) : null,
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
      data: clone(request.data),
      declaration: clone(request.declaration ?? null),
      verification,
      locale: request.locale,
      ...(request.assisted ? { assisted: clone(request.assisted) } : {}),
      checklist: { ...request.checklist },
      history: clone(request.history),
    };
  }

  async function record(
    form: FormId,
    payload: SubmissionPayload,
    key: string,
    bodyDigest: string,
  ): Promise<Receipt> {
    const checked = await validateSubmission(form, payload, { locale: payload?.locale, ...deadline });
    if (!checked.success)
      throw new StorageError('validation_failed', 'The submission is not valid', { issues: checked.issues });
    const { submission } = checked;
    const submittedAt = now().toISOString();
    const accessToken = randomToken();
    const actor: Actor = submission.assisted
      ? { id: submission.assisted.staffId, role: 'relations_officer' }
      : { id: 'applicant', role: 'applicant' };
    const stored: StoredRequest = {
      reference: nextReference(),
      form,
      data: submission.data,
      ...(submission.declaration ? { declaration: submission.declaration } : {}),
      channel: submission.channel,
      locale: submission.locale,
      ...(submission.assisted ? { assisted: submission.assisted } : {}),
      status: 'submitted',
      history: [{ from: null, to: 'submitted', at: submittedAt, actor }],
      submittedAt,
      tokenHash: await sha256Hex(accessToken),
      checklist: { ...submission.assisted?.checklist },
    };
    requests.set(stored.reference, stored);
    const receipt: Receipt = {
      reference: stored.reference,
      accessToken,
      status: stored.status,
      submittedAt,
      decisionDueAt: form === 'support-request' ? expectedDecisionAt(stored, deadline) : null,
    };
    idempotency.set(key, { bodyDigest, receipt });
    return receipt;
  }

  async function submit(
    form: FormId,
    payload: SubmissionPayload,
    { idempotencyKey }: { idempotencyKey: string },
  ) {
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
      const receipt = await pending;
      if (idempotency.get(key)?.bodyDigest !== bodyDigest) {
        throw new StorageError(
          'idempotency_conflict',
          'This idempotency key was used for another submission',
        );
      }
      return clone(receipt);
    }
    const seen = idempotency.get(key);
    if (seen) {
      if (seen.bodyDigest !== bodyDigest) {
        throw new StorageError(
          'idempotency_conflict',
          'This idempotency key was used for another submission',
        );
      }
      return clone(seen.receipt);
    }
    const work = record(form, payload, key, bodyDigest);
    inFlight.set(key, work);
    try {
      return clone(await work);
    } finally {
      inFlight.delete(key);
    }
  }

  async function getStatus(reference: string, accessToken: string): Promise<StatusView | null> {
    const request = requests.get(reference);
    if (!request || typeof accessToken !== 'string' || (await sha256Hex(accessToken)) !== request.tokenHash)
      return null;
    return {
      reference,
      form: request.form,
      status: request.status,
      submittedAt: request.submittedAt,
      history: request.history.map((entry) => ({ state: entry.to, at: entry.at })),
      decisionDueAt: request.form === 'support-request' ? expectedDecisionAt(request, deadline) : null,
      overdue: isOverdue(request, now(), deadline),
    };
  }

  function getSurvey(token: string): SurveyContext | null {
    if (token === 'general') return { token, definition: clone(survey) };
    const invitation = invitations.get(token);
    if (!invitation || invitation.used) return null;
    const request = requests.get(invitation.reference);
    const serviceType = (request?.data as { request?: { supportTypes?: string[] } } | undefined)?.request
      ?.supportTypes?.[0];
    return {
      token,
      definition: clone(survey),
      ...(serviceType ? { serviceType } : {}),
      ...(request ? { channel: request.channel } : {}),
    };
  }

  function submitSurveyResponse(token: string, response: unknown): { id: string } {
    const invitation = token === 'general' ? undefined : invitations.get(token);
    if (token !== 'general' && !invitation) throw new StorageError('not_found', 'Unknown survey token');
    if (invitation?.used) throw new StorageError('token_used', 'This survey link has already been used');
    const parsed = validate(responseSchema, response);
    if (!parsed.success)
      throw new StorageError('validation_failed', 'The response is not valid', { issues: parsed.issues });
    if (invitation) invitation.used = true;
    const id = randomToken(12);
    responses.push({
      id,
      token,
      ...(invitation && !parsed.data.anonymous ? { reference: invitation.reference } : {}),
      answers: parsed.data.answers,
      channel: parsed.data.channel,
      serviceType: parsed.data.serviceType,
      receivedAt: now().toISOString(),
    });
    return { id };
  }

  async function putAttachment(file: {
    name: string;
    mediaType?: string;
    bytes: Uint8Array;
  }): Promise<AttachmentMeta> {
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
    attachments.set(meta.id, { ...meta, bytes: file.bytes.slice() });
    return meta;
  }

  function staff({ key }: StaffCredentials): StaffApi {
    const member =
      options.staffKeys && Object.hasOwn(options.staffKeys, key) ? options.staffKeys[key] : undefined;
    if (!member) throw new StorageError('forbidden', 'Unknown staff key');
    const actor = { id: member.id, role: member.role, name: member.name };
    const find = (reference: string) => {
      const request = requests.get(reference);
      if (!request) throw new StorageError('not_found', `No request ${reference}`);
      return request;
    };
    return {
      actor,
      listRequests(query = {}) {
        const at = now();
        return [...requests.values()]
          .filter(
            (r) => (!query.form || r.form === query.form) && (!query.status || r.status === query.status),
          )
          .filter((r) => query.overdue === undefined || isOverdue(r, at, deadline) === query.overdue)
          .sort(
            (a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.reference.localeCompare(b.reference),
          )
          .slice(query.offset ?? 0, (query.offset ?? 0) + (query.limit ?? 100))
          .map(summary);
      },
      async getRequest(reference) {
        const request = requests.get(reference);
        return request ? staffRecord(request) : null;
      },
      async transition(reference, input) {
        const request = find(reference);
        try {
          const next = applyTransition(request, {
            to: input.to,
            actor: { id: actor.id, role: actor.role },
            ...(input.note ? { note: input.note } : {}),
            at: now(),
            transitions: transitionsFor(request.form),
          });
          requests.set(reference, next);
          return staffRecord(next);
        } catch (error) {
          if (error instanceof WorkflowError)
            throw new StorageError(error.code, error.message, { cause: error });
          throw error;
        }
      },
      async updateChecklist(reference, checklist) {
        const request = find(reference);
        if (actor.role !== 'relations_officer' && actor.role !== 'admin') {
          throw new StorageError('forbidden', 'Only relations officers tick the verification checklist');
        }
        const next = { ...request, checklist: { ...request.checklist, ...checklist } };
        requests.set(reference, next);
        return staffRecord(next);
      },
      createSurveyInvitation(reference) {
        const request = find(reference);
        if (!['service_delivered', 'closed'].includes(request.status)) {
          throw new StorageError(
            'invalid_transition',
            'A survey is sent only after the service is delivered',
          );
        }
        const token = randomToken();
        invitations.set(token, { reference, used: false });
        return {
          token,
          ...(options.surveyUrl ? { url: `${options.surveyUrl}${encodeURIComponent(token)}` } : {}),
        };
      },
      satisfactionSummary(query = {}) {
        const selected = responses.filter(
          (r) => (!query.from || r.receivedAt >= query.from) && (!query.to || r.receivedAt <= query.to),
        );
        return summarizeSatisfaction(selected, survey);
      },
    };
  }

  return {
    name: 'memory',
    capabilities: { keys: true, clear: true, attachments: true, surveys: true, staff: true },
    getItem: (key) => (drafts.has(key) ? clone(drafts.get(key)!) : null),
    setItem: (key, envelope) => {
      drafts.set(key, clone(envelope));
    },
    removeItem: (key) => {
      drafts.delete(key);
    },
    getKeys: (prefix = '') => [...drafts.keys()].filter((k) => k.startsWith(prefix)),
    clear: (prefix = '') => {
      for (const key of [...drafts.keys()]) if (key.startsWith(prefix)) drafts.delete(key);
    },
    submit,
    getStatus,
    getSurvey,
    submitSurveyResponse,
    attachments: { put: putAttachment },
    staff,
  };
}
