import type { FormId } from '../forms/formIds';
import type { Locale } from '../i18n/locale';
import type { DeliveryOutcome, StoredNotification } from '../notifications/StoredNotification';
import type { Channel } from '../options/channels';
import type { HistoryEntry } from '../workflow/applyTransition';
import type { ReadScope } from '../workflow/readScope';
import type { Assignee } from '../workflow/referral';
import type { RequestState } from '../workflow/states';
import type { AssistedBy, AttachmentMeta, MaybePromise, StoredDeclaration } from './contracts';
import type { SearchTerms } from './matchesSearch';

/** A request as a backend stores it. The access token is kept only as its SHA-256. */
export interface StoredRequest {
  reference: string;
  form: FormId;
  data: unknown;
  /** The signed record as received, with the time the backend received it (the signing time that counts). */
  declaration?: StoredDeclaration;
  /** The committee's period in force when the request came (promised dates and declarations use it). */
  decisionDays?: number;
  /** When its personal data was erased; what remains is an anonymised stub. */
  erasedAt?: string;
  /** How many times staff re-issued her access code (each re-issue derives a new one). @default 0 */
  accessVersion?: number;
  channel: Channel;
  locale: Locale;
  assisted?: AssistedBy;
  status: RequestState;
  history: HistoryEntry[];
  submittedAt: string;
  tokenHash: string;
  checklist: Record<string, boolean>;
  /** Who works it now (see `assigneeAfter`); absent or null: nobody. */
  assignee?: Assignee | null;
}

/** What an idempotency key points at: the body it was used with and the request it created. */
export interface IdempotencyRecord {
  bodyDigest: string;
  reference: string;
}

/** A stored survey response; linked to a request only when not anonymous. */
export interface StoredSurveyResponse {
  id: string;
  reference?: string;
  answers: Record<string, number | string | undefined>;
  channel?: string;
  serviceType?: string;
  comment?: string;
  /** The branch that took the request she answers about (assisted intake). */
  branch?: string;
  receivedAt: string;
}

/** An attachment's metadata as a backend stores it; the bytes live in a `BlobStore` under its id. */
export interface StoredAttachment extends AttachmentMeta {
  /** The uploader's file name, sanitised. */
  name: string;
  /** The form the upload grant was issued to; null for files stored before grants existed. */
  form: FormId | null;
  grantId: string | null;
  /** The request that cites it; null until a submission links it. */
  reference: string | null;
  createdAt: string;
}

/** One line of a request's audit trail besides its transitions. */
export interface AuditNote {
  at: string;
  actor: { id: string; role: string };
  note: string;
}

/**
 * The staff queue's query, run by the store: only what the reader's scope allows (need-to-know, as data),
 * with the filters and the search terms, in submission order, paged.
 */
export interface QueueQuery {
  scope: ReadScope;
  form?: FormId;
  status?: RequestState;
  channel?: Channel;
  /** The branch that took it (`assisted.branch`). */
  branch?: string;
  assignee?: string;
  search?: SearchTerms;
  /** @default false: oldest first */
  newestFirst?: boolean;
  /** Omitted: all. */
  limit?: number;
  offset?: number;
}

/** A line of the queue as a store reads it: no data, declaration, code hash or checklist — and the name. */
export type QueueRow = Omit<StoredRequest, 'data' | 'declaration' | 'tokenHash' | 'checklist'> & {
  name: string;
};

/** Filters a repository applies when listing requests. */
export interface RepositoryQuery {
  form?: FormId;
  status?: RequestState;
  /** Only those assigned to this staff id. */
  assignee?: string;
  /** Omitted: all. */
  limit?: number;
  offset?: number;
}

/**
 * Persistence under `createBackendService`: the memory repository, SQLite and PostgreSQL implement it.
 * Methods that must be atomic say so; the service relies on it for "one record per key" and "a survey link
 * works once" across processes.
 */
export interface BackendRepository {
  /**
   * Inserts the request with its idempotency key and links the attachments it cites, atomically; when the
   * key is taken, inserts nothing and returns the existing record. An attachment that is missing or linked
   * to another request meanwhile fails the whole insert with `validation_failed`.
   */
  insertRequest(
    request: StoredRequest,
    idempotency: { key: string; bodyDigest: string },
    attachmentIds?: readonly string[],
    notifications?: readonly StoredNotification[],
  ): MaybePromise<IdempotencyRecord | null>;
  findIdempotency(key: string): MaybePromise<IdempotencyRecord | null>;
  getRequest(reference: string): MaybePromise<StoredRequest | null>;
  /** Requests in submission order. */
  listRequests(query: RepositoryQuery): MaybePromise<StoredRequest[]>;
  /**
   * The staff queue: the lines in the scope that answer the filters and the search, in submission order
   * (newest first when asked), paged — without reading any request's data.
   */
  listQueue(query: QueueQuery): MaybePromise<QueueRow[]>;
  /** How many requests in the scope that answer the filters and the search are in each state. */
  countQueue(
    query: Omit<QueueQuery, 'status' | 'limit' | 'offset' | 'newestFirst'>,
  ): MaybePromise<Partial<Record<RequestState, number>>>;
  /**
   * Appends a history entry and moves the status, only if the status is still `from`; false otherwise.
   * `assignee` replaces who the request is assigned to (null: nobody); undefined leaves it.
   */
  saveTransition(
    reference: string,
    from: RequestState,
    entry: HistoryEntry,
    assignee?: Assignee | null,
    notifications?: readonly StoredNotification[],
    /** Attachments the move cites (her reply's documents): linked to the request with it, or nothing is. */
    attachmentIds?: readonly string[],
  ): MaybePromise<boolean>;
  /**
   * Claims up to `limit` pending messages due by `now`, oldest first, pushing their next try to `leaseUntil`
   * so another worker (or this one after a crash) takes them only once the lease ran out — atomically.
   */
  claimNotifications(now: string, limit: number, leaseUntil: string): MaybePromise<StoredNotification[]>;
  /** Records what a try of a message came to (sent with the provider's id, retried later, or given up). */
  recordDelivery(id: string, outcome: DeliveryOutcome): MaybePromise<void>;
  /** Adds messages not caused by a change of the request (a code she asked for); one per id. */
  insertNotifications(messages: readonly StoredNotification[]): MaybePromise<void>;
  /** A request's messages, oldest first. */
  listNotifications(reference: string): MaybePromise<StoredNotification[]>;
  /** Assigns a request (null: to nobody) and appends the audit entry, atomically; false when there is no such request. */
  saveAssignee(reference: string, assignee: Assignee | null, audit: AuditNote): MaybePromise<boolean>;
  /** Records that a staff member read a full record or downloaded a document (an audit entry). */
  recordAccess(entry: { action: 'read' | 'download'; reference: string } & AuditNote): MaybePromise<void>;
  /**
   * Replaces a request's personal data with the anonymised `stub`, removes its declaration, access-code
   * hash and history notes, unlinks its survey answers (dropping their comments), deletes its attachments'
   * metadata, and appends the audit entry — atomically. Returns the ids of the attachments removed (their
   * bytes are deleted from the blob store after).
   */
  eraseRequest(reference: string, stub: unknown, audit: AuditNote): MaybePromise<string[]>;
  /** Saves the checklist and its audit entry atomically. */
  saveChecklist(reference: string, checklist: Record<string, boolean>, audit: AuditNote): MaybePromise<void>;
  insertAttachment(attachment: StoredAttachment): MaybePromise<void>;
  getAttachment(id: string): MaybePromise<StoredAttachment | null>;
  /** Count and bytes of the attachments uploaded under one grant, or of all those not linked to a request. */
  attachmentUsage(
    query: { grantId: string } | { unlinked: true },
  ): MaybePromise<{ count: number; bytes: number }>;
  /** Ids of attachments not linked to a request and created before a time, oldest first. */
  listUnlinkedAttachments(createdBefore: string, limit: number): MaybePromise<string[]>;
  /** Deletes attachments' metadata, only those still not linked to a request. */
  deleteUnlinkedAttachments(ids: readonly string[]): MaybePromise<void>;
  /** Records an invitation; recording the same one again changes nothing (a re-sent link). */
  createInvitation(tokenHash: string, reference: string, createdAt: string): MaybePromise<void>;
  getInvitation(
    tokenHash: string,
  ): MaybePromise<{ reference: string; usedAt: string | null; createdAt: string } | null>;
  /** Replaces a request's access-code hash (a re-issued code) and appends the audit entry, atomically. */
  reissueAccessCode(
    reference: string,
    tokenHash: string,
    version: number,
    audit: AuditNote,
  ): MaybePromise<void>;
  /** Records a signing link (its hash) for a request; recording the same one again changes nothing. */
  createSigningLink(tokenHash: string, reference: string, createdAt: string): MaybePromise<void>;
  getSigningLink(
    tokenHash: string,
  ): MaybePromise<{ reference: string; usedAt: string | null; createdAt: string } | null>;
  /**
   * Stores her declaration on a request that has none yet, marks the signing link used (when one is given,
   * and only if unused), and appends the audit entry — atomically. False when the request has a declaration
   * already, the link was used, or there is no such request.
   */
  saveDeclaration(
    reference: string,
    declaration: StoredDeclaration,
    linkHash: string | null,
    audit: AuditNote,
  ): MaybePromise<boolean>;
  /** Marks an invitation used and stores the response atomically; false when it was used already. */
  useInvitation(tokenHash: string, response: StoredSurveyResponse): MaybePromise<boolean>;
  insertResponse(response: StoredSurveyResponse): MaybePromise<void>;
  /** Marks an open-survey nonce (its hash) used, atomically; false when it was used already. */
  useSurveyNonce(nonceHash: string, day: string): MaybePromise<boolean>;
  listResponses(query: { from?: string; to?: string }): MaybePromise<StoredSurveyResponse[]>;
}
