import type { DecisionWording, PublicAssociationConfig } from '../config/associationConfig';
import type { DeclarationRecord } from '../declaration/declarationSchema';
import type { FormDataMap } from '../forms/formDefinitions';
import type { FormId } from '../forms/formIds';
import type { Locale, LocalizedText } from '../i18n/locale';
import type { StoredNotification } from '../notifications/StoredNotification';
import type { Channel } from '../options/channels';
import type { SatisfactionSummary } from '../survey/summarizeSatisfaction';
import type { SurveyDefinition } from '../survey/surveyDefinition';
import type { ValidationIssue } from '../validation/validate';
import type { Actor, HistoryEntry } from '../workflow/applyTransition';
import type { Assignee, ResearchStudy } from '../workflow/referral';
import type { RequestState, StaffRole } from '../workflow/states';
import type { AttachmentMediaType } from './detectMediaType';
import type { Envelope } from './envelope';
import type { StaffKeyInput, StaffKeyListing } from './staffKeyInput';

/** A value or a promise of it: adapters may be sync or async; the core always awaits. */
export type MaybePromise<T> = T | Promise<T>;

/** Optional features a draft store declares; the testkit skips (visibly) what is not declared. */
export interface DraftStoreCapabilities {
  /** `getKeys` is implemented. */
  keys?: boolean;
  /** `clear` is implemented. */
  clear?: boolean;
  /** Entries older than a time-to-live are not returned. */
  expiry?: boolean;
}

/** Where drafts live between visits: versioned envelopes by key (a structural interface, like unstorage drivers). */
export interface DraftStore {
  readonly name?: string;
  readonly capabilities?: DraftStoreCapabilities;
  getItem(key: string): MaybePromise<Envelope | null>;
  setItem(key: string, envelope: Envelope): MaybePromise<void>;
  removeItem(key: string): MaybePromise<void>;
  getKeys?(prefix?: string): MaybePromise<string[]>;
  clear?(prefix?: string): MaybePromise<void>;
}

/**
 * Who took a request on a beneficiary's behalf (assisted intake). Servers fill it from the staff key that
 * sent the request, never from the request body.
 */
export interface AssistedBy {
  staffId: string;
  staffName: string;
  staffRole?: StaffRole;
  /** The branch of the staff member's key, when it has one. */
  branch?: string;
  /** Each checklist item and whether it was matched against the documents when the request was taken. */
  checklist: Record<string, boolean>;
  /** Her attestation, when the request was taken where the applicant could not sign (a call, a letter). */
  attestation?: StaffAttestation;
}

/**
 * A declaration as a backend keeps it: the record she signed, when it was received, and for a signature
 * on paper (`method: 'wet'`), who recorded it from the printed copy's verification code.
 */
export type StoredDeclaration = Omit<DeclarationRecord, 'method'> & {
  method: DeclarationRecord['method'] | 'wet';
  receivedAt?: string;
  /** The staff member who checked the printed copy's code and recorded the signature on paper. */
  recordedBy?: { id: string; name: string };
};

/** What a staff member sends for assisted intake: the checklist only; who took it comes from the key. */
export interface AssistedInput {
  checklist?: Record<string, boolean>;
  /**
   * The staff member attests she recorded the request as the applicant gave it, by a channel where she
   * cannot sign on the spot (`REMOTE_CHANNELS`): the request is taken without her declaration and waits
   * for it (a signing link or a printed copy).
   */
  attest?: boolean;
}

/**
 * The staff member's attestation on a request she took remotely: the attestation text she agreed to, in
 * which locale, when, and the digest of the data as she recorded it — made by the service from her key.
 */
export interface StaffAttestation {
  textId: 'staff-attestation';
  textVersion: string;
  text: string;
  textSha256: string;
  locale: Locale;
  signedAt: string;
  submissionDigest: string;
}

/** What a form submits. */
export interface SubmissionPayload {
  data: unknown;
  /** A signed declaration record; required for the support request. */
  declaration?: unknown;
  channel: Channel;
  locale: Locale;
  /** Only through a staff key (`StaffApi.submit`); a public submission carrying it is refused as `staff_only`. */
  assisted?: AssistedInput;
}

/** Options of {@link SubmissionBackend.submit}. */
export interface SubmitOptions {
  /** One key per submission attempt sequence: the same key never creates a second record. */
  idempotencyKey: string;
  /** Language of validation messages. @default the payload's locale */
  locale?: Locale;
}

/** What the applicant keeps after submitting. */
export interface Receipt {
  reference: string;
  /** Secret that, with the reference, lets her check the status. Shown once; stored hashed by servers. */
  accessToken: string;
  status: RequestState;
  submittedAt: string;
  /** When the committee's answer is expected (see `expectedDecisionAt`); null for forms without a decision. */
  decisionDueAt: string | null;
}

/** What the applicant sees of her request: states and times only, no personal data. */
export interface StatusView {
  reference: string;
  form: FormId;
  status: RequestState;
  submittedAt: string;
  /** Her history: each state, when, and what she is told (what is missing, the answer, a rejection's reason id). */
  history: { state: RequestState; at: string; missing?: string[]; answer?: string; reason?: string }[];
  decisionDueAt: string | null;
  overdue: boolean;
  /** Until when her access code works: a year (by default) after the request ended; null while it is open. */
  expiresAt: string | null;
  /** It was taken for her by phone or letter and waits for her own signature. */
  awaitingSignature?: boolean;
  /**
   * Opened through the link of the message that asked her for more information, while that request is
   * open: the same link can send her answer (`replyByLink`).
   */
  linkAnswers?: boolean;
}

/** A file to attach. */
export interface AttachmentInput {
  /** The form that will cite the file. @default 'support-request' */
  form?: FormId;
  name: string;
  /** The type the browser declared; the content decides. */
  mediaType?: string;
  bytes: Uint8Array;
}

/** A stored attachment. */
export interface AttachmentMeta {
  id: string;
  sha256: string;
  size: number;
  mediaType: AttachmentMediaType;
}

/**
 * What a signing link shows her: her request as it was taken for her, to read before she signs, and what
 * the declaration she signs says (its locale and the decision period in force when it came).
 */
export interface SigningContext {
  reference: string;
  form: FormId;
  data: unknown;
  locale: Locale;
  decisionDays: number;
  decisionWording: DecisionWording;
  /** When the link stops working. */
  expiresAt: string;
}

/** What a survey link shows before answering: never personal data. */
export interface SurveyContext {
  token: string;
  definition: SurveyDefinition;
  /** For the open survey (`general`): send it back with the answer; each works once. */
  nonce?: string;
  /** Until when an invitation link works. */
  expiresAt?: string;
  serviceType?: string;
  channel?: Channel;
  /** The association's services (ids and labels), for the survey's service question. */
  services?: { id: string; label: LocalizedText }[];
  /** The committee's announced period, as her request had it (the question on it names it). */
  decision?: { days: number; wording: DecisionWording };
}

/** A short-lived permission to upload files for one form (see `docs/security.md`). */
export interface UploadGrant {
  grant: string;
  form: FormId;
  expiresAt: string;
  /** Files one grant may carry. */
  maxFiles: number;
  /** Bytes of one file. */
  maxBytes: number;
}

/** An attachment's bytes with what staff need to open it. */
export interface AttachmentContent extends AttachmentMeta {
  /** The uploader's file name, sanitised. */
  name: string;
  bytes: Uint8Array;
}

/** Optional features a backend declares. */
export interface BackendCapabilities {
  attachments?: boolean;
  surveys?: boolean;
  staff?: boolean;
  /** It keeps submissions it could not send and delivers them later: `watchDelivery` is implemented. */
  delivery?: boolean;
  /** It serves the association's configuration: `getConfig` is implemented. */
  config?: boolean;
  /** She answers a request for more information online: `reply`. */
  replies?: boolean;
  /** She may withdraw her request with its access code: `withdraw`. */
  withdrawal?: boolean;
  /** A lost code is sent again to the contact on file: `remindCode`. */
  codeReminders?: boolean;
  /** She can sign a request taken for her through a signing link: `getSigning` and `submitSignature`. */
  signing?: boolean;
  /** Her status opens from a message's link: `getStatusByLink`. */
  statusLinks?: boolean;
}

/** Where a submission a backend holds for later delivery stands (see {@link SubmissionBackend.watchDelivery}). */
export interface DeliveryUpdate {
  state: 'queued' | 'sending' | 'delivered' | 'failed';
  /** Once delivered. */
  receipt?: Receipt;
  /** Why it was refused for good (never retried): the code and the issues to show her. */
  reason?: { code: string; issues?: ValidationIssue[] };
}

/** Credentials of a staff member. */
export interface StaffCredentials {
  key: string;
}

/** A staff member as colleagues see her: never her key. */
export interface StaffPerson {
  id: string;
  name: string;
  role: StaffRole;
  branch?: string;
}

/**
 * A move a staff member makes. What each move must carry is `transitionNeeds(from, to)`: the list of what
 * is missing going back to her, the question for a researcher, the researcher's study, the committee's
 * reason for a rejection.
 */
export interface StaffTransitionInput {
  to: RequestState;
  /** Among staff only. */
  note?: string;
  /** What is still missing, by configured id (documents and checklist items). */
  missing?: string[];
  /** The answer written to her (inquiries and applications). */
  answer?: string;
  /** The researcher referred to, by staff id (a referral or a home visit). */
  assignee?: string;
  /** What the researcher is asked to study. */
  question?: string;
  /** The researcher's study. */
  study?: ResearchStudy;
  /** The committee's reason for a rejection, a configured id. */
  reason?: string;
}

/** Filters of the staff queue. */
export interface RequestQuery {
  form?: FormId;
  status?: RequestState;
  channel?: Channel;
  /** Her reference, ID or Iqama number, mobile, or part of her name (see `matchesSearch`). */
  search?: string;
  /** Oldest first (the queue's order of work) or newest first. @default 'oldest' */
  sort?: 'oldest' | 'newest';
  overdue?: boolean;
  /** Only requests assigned to this staff member (her own id: "assigned to me"). */
  assignee?: string;
  /** Only requests taken at this branch (a configured id). */
  branch?: string;
  /** @default 100 */
  limit?: number;
  offset?: number;
}

/** A line of the staff queue. */
export interface RequestSummary {
  reference: string;
  form: FormId;
  status: RequestState;
  submittedAt: string;
  channel: Channel;
  decisionDueAt: string | null;
  /** The committee is past its decision period (what she is told). */
  overdue: boolean;
  /** When the stage it is in should be done (the configuration's stage targets); null without a target. */
  stageDueAt: string | null;
  /** It has stayed in its stage past that target: any stage, not only the committee's. */
  stageOverdue: boolean;
  /** Display name of the applicant or sender. */
  name: string;
  /** Who works it now; null when nobody is assigned. */
  assignee: Assignee | null;
  /** The branch that took it (assisted intake); null for her own submissions. */
  branch: string | null;
}

/** What every staff record has, whatever its form. */
export interface StaffRecordBase extends Omit<RequestSummary, 'form'> {
  /** The signed record as received, with the time the backend received it; null for forms without one. */
  declaration: StoredDeclaration | null;
  /** It was taken without her declaration (a call, a letter) and waits for her signature. */
  awaitingSignature: boolean;
  /** The committee's period in force when it came: what her declaration says. */
  decisionDays: number;
  /** The declaration recomputed and compared against the stored data. */
  verification: {
    valid: boolean;
    textMatches: boolean;
    digestMatches: boolean;
    officialText: boolean;
    signerMatches: boolean;
  } | null;
  locale: Locale;
  assisted?: AssistedBy;
  checklist: Record<string, boolean>;
  history: HistoryEntry[];
  /** When its personal data was erased. */
  erasedAt?: string;
}

/**
 * The full record staff review, its data typed by its form: `record.form === 'support-request'` narrows
 * `record.data` to a `SupportRequest`. After erasure (`erasedAt`) only the anonymised stub remains.
 */
export type StaffRequestRecord = {
  [F in FormId]: StaffRecordBase & { form: F; data: FormDataMap[F] };
}[FormId];

/** What a staff member may do; bound to the credentials it was opened with. */
export interface StaffApi {
  readonly actor: Actor & { role: StaffRole; name: string };
  listRequests(query?: RequestQuery): MaybePromise<RequestSummary[]>;
  /** How many requests this member may read are in each state, for the same filters (no paging). */
  countRequests(
    query?: Omit<RequestQuery, 'status' | 'limit' | 'offset'>,
  ): MaybePromise<Partial<Record<RequestState, number>>>;
  getRequest(reference: string): MaybePromise<StaffRequestRecord | null>;
  /**
   * Moves a request. Going back to her (`needs_information`) needs `missing`, the documents and checklist
   * items still missing (configured ids); going to the committee needs the checklist complete, when the
   * association requires it. An inquiry or application may carry `answer`, written to her.
   */
  transition(reference: string, input: StaffTransitionInput): MaybePromise<StaffRequestRecord>;
  /**
   * Assigns a request to a staff member (by id, one of {@link StaffApi.people}) or to nobody (null): she
   * finds it under "assigned to me" and may read it. Relations officers and administrators assign anyone;
   * any member may take a request she reads herself.
   */
  assign(reference: string, assignee: string | null): MaybePromise<StaffRequestRecord>;
  /** The staff members with an active key (id, name, role, branch), to refer and assign to. */
  people(): MaybePromise<StaffPerson[]>;
  /** Every key ever issued, with its person and whether it is revoked — never a key (administrators). */
  listKeys(): MaybePromise<StaffKeyListing[]>;
  /** Makes a key for a person (administrators); the key is returned once. */
  createKey(input: StaffKeyInput): MaybePromise<{ id: string; key: string }>;
  /** Replaces a person's key (administrators, not their own); the old one stops at once. */
  rotateKey(id: string): MaybePromise<{ key: string }>;
  /** Revokes a person's keys (administrators, not their own). */
  revokeKey(id: string): MaybePromise<void>;
  updateChecklist(reference: string, checklist: Record<string, boolean>): MaybePromise<StaffRequestRecord>;
  createSurveyInvitation(reference: string): MaybePromise<{ token: string; url?: string }>;
  satisfactionSummary(query?: { from?: string; to?: string }): MaybePromise<SatisfactionSummary>;
  /**
   * Inquiries this member may read, counted by topic (complaints and suggestions among them), for a time
   * range of their submission.
   */
  inquiryTopics(query?: { from?: string; to?: string }): MaybePromise<Record<string, number>>;
  /**
   * Submits a form on a beneficiary's behalf (assisted intake): the staff member, role and branch are
   * recorded from these credentials, the checklist through the audited checklist path.
   */
  submit(form: FormId, payload: SubmissionPayload, options: SubmitOptions): MaybePromise<Receipt>;
  /** A document of a request, or null when the request has no such attachment. */
  getAttachment(reference: string, id: string): MaybePromise<AttachmentContent | null>;
  /** Erases a request's personal data, documents and signature, keeping an anonymised stub (admin only). */
  erase(reference: string): MaybePromise<void>;
  /**
   * A one-time link for her to sign a request taken without her signature (relations officer, admin);
   * asking again gives the same link. The link is the token; `url` when the backend knows its address.
   */
  createSigningLink(reference: string): MaybePromise<{ token: string; url?: string; expiresAt: string }>;
  /**
   * The messages sent to her about a request (or waiting to go): event, channel, state, attempts, when it
   * went and the provider's id — for anyone who may read the request.
   */
  notifications(reference: string): MaybePromise<StoredNotification[]>;
  /** The verification code printed on the paper copy she signs (relations officer, admin). */
  printCode(reference: string): MaybePromise<{ code: string }>;
  /** Records her signature on the printed copy, checked by the code printed on it (relations officer, admin). */
  recordWetSignature(reference: string, code: string): MaybePromise<StaffRequestRecord>;
  /** Revokes her access code and issues a new one (relations officer, admin); the old one stops working. */
  reissueAccessCode(reference: string): MaybePromise<{ accessToken: string }>;
}

/**
 * Where submissions go: a structural interface implemented by the memory adapter, the HTTP client and
 * the offline outbox. Required methods are what any backend needs; the rest is declared in `capabilities`.
 */
export interface SubmissionBackend {
  readonly name?: string;
  readonly capabilities?: BackendCapabilities;
  /** Records a submission once: the same key and body return the same receipt; the same key with another body fails with `idempotency_conflict`. */
  submit(form: FormId, payload: SubmissionPayload, options: SubmitOptions): MaybePromise<Receipt>;
  /** The status of a request, or null when the reference is unknown or the token wrong (indistinguishable). */
  getStatus(reference: string, accessToken: string): MaybePromise<StatusView | null>;
  /**
   * Her status through the link a message carried (opens the status only; revoked when her code is re-issued,
   * ended when the code ends); null like a wrong code. See `capabilities.statusLinks`.
   */
  getStatusByLink?(reference: string, linkToken: string): MaybePromise<StatusView | null>;
  /**
   * Sends her code again to the mobile or e-mail she gave, when the reference and her ID or Iqama number
   * match; the answer is the same whether they do or not. See `capabilities.codeReminders`.
   */
  remindCode?(reference: string, idNumber: string): MaybePromise<void>;
  /**
   * She withdraws her request with its access code, before the committee decides; returns its status
   * after. Fails `invalid_transition` once decided, `not_found` for a wrong code. See `capabilities.withdrawal`.
   */
  withdraw?(reference: string, accessToken: string): MaybePromise<StatusView>;
  /**
   * Her answer to a request for more information, with her access code: a message and the documents it
   * lacked (uploaded first, like a submission's). The request goes back to the relations officer
   * (`verifying`). See `capabilities.replies`.
   */
  reply?(
    reference: string,
    accessToken: string,
    input: { message?: string; attachments?: unknown[] },
  ): MaybePromise<StatusView>;
  /**
   * The same answer through the link of the message that asked for it (when `getStatusByLink` says
   * `linkAnswers`); `not_found` for another link, `invalid_transition` once answered.
   */
  replyByLink?(
    reference: string,
    linkToken: string,
    input: { message?: string; attachments?: unknown[] },
  ): MaybePromise<StatusView>;
  /** Records a survey response; a token works once (`token_used` after), `general` takes anonymous responses. */
  submitSurveyResponse(token: string, response: unknown): MaybePromise<{ id: string }>;
  /** What a survey link shows; null for an unknown token; fails with `token_used` once answered. */
  getSurvey?(token: string): MaybePromise<SurveyContext | null>;
  attachments?: { put(file: AttachmentInput): MaybePromise<AttachmentMeta> };
  staff?(credentials: StaffCredentials): MaybePromise<StaffApi>;
  /** What a signing link shows her; null for an unknown or expired link; fails `token_used` once signed. */
  getSigning?(token: string): MaybePromise<SigningContext | null>;
  /**
   * Her signature on a request taken for her (a call, a letter), through its one-time link: the declaration
   * must be over the data exactly as stored. See `capabilities.signing`.
   */
  submitSignature?(token: string, declaration: unknown): MaybePromise<{ reference: string }>;
  /** The association's public configuration (services, documents, decision period); see `capabilities.config`. */
  getConfig?(): MaybePromise<PublicAssociationConfig>;
  /**
   * Follows a submission held for later delivery (after an offline submit, also after a reload): the
   * listener gets its state now and on every change, null while the backend holds nothing under that
   * key. Returns a stop function. See `capabilities.delivery`.
   */
  watchDelivery?(
    form: FormId,
    idempotencyKey: string,
    listener: (update: DeliveryUpdate | null) => void,
  ): () => void;
  /** Forgets a held submission (a refused one she corrected and sends anew). */
  forgetDelivery?(form: FormId, idempotencyKey: string): MaybePromise<void>;
}
