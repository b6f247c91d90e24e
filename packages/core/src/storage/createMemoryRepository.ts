import type { StoredNotification } from '../notifications/StoredNotification';
import { inScope } from '../workflow/readScope';
import type {
  AuditNote,
  BackendRepository,
  IdempotencyRecord,
  QueueQuery,
  StoredAttachment,
  StoredRequest,
  StoredSurveyResponse,
} from './BackendRepository';
import { matchesSearchTerms, searchFields } from './matchesSearch';
import { StorageError } from './StorageError';

/** A {@link BackendRepository} in memory (JavaScript is single-threaded, so every method is atomic). */
export function createMemoryRepository(): BackendRepository {
  const requests = new Map<string, StoredRequest>();
  const keys = new Map<string, IdempotencyRecord>();
  const attachments = new Map<string, StoredAttachment>();
  const notes: (AuditNote & { reference: string; action: string })[] = [];
  const invitations = new Map<string, { reference: string; usedAt: string | null; createdAt: string }>();
  const outbox = new Map<string, StoredNotification>();
  const signingLinks = new Map<string, { reference: string; usedAt: string | null; createdAt: string }>();
  const responses: StoredSurveyResponse[] = [];
  const nonces = new Set<string>();
  const clone = <T>(value: T): T => structuredClone(value);
  /** The requests of a queue query, oldest first (what a database's query selects). */
  const queue = (query: Omit<QueueQuery, 'limit' | 'offset' | 'newestFirst'>) =>
    [...requests.values()]
      .filter(
        (r) =>
          inScope(query.scope, r) &&
          (!query.form || r.form === query.form) &&
          (!query.status || r.status === query.status) &&
          (!query.channel || r.channel === query.channel) &&
          (!query.branch || r.assisted?.branch === query.branch) &&
          (!query.assignee || r.assignee?.id === query.assignee) &&
          (!query.search || matchesSearchTerms({ reference: r.reference, ...searchFields(r) }, query.search)),
      )
      .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.reference.localeCompare(b.reference));

  return {
    insertRequest(request, { key, bodyDigest }, attachmentIds = [], messages = []) {
      const existing = keys.get(key);
      if (existing) return { ...existing };
      if (attachmentIds.some((id) => attachments.get(id)?.reference !== null))
        throw new StorageError('validation_failed', 'An attachment is no longer available');
      for (const id of attachmentIds) attachments.get(id)!.reference = request.reference;
      keys.set(key, { bodyDigest, reference: request.reference });
      requests.set(request.reference, clone(request));
      for (const message of messages) if (!outbox.has(message.id)) outbox.set(message.id, clone(message));
      return null;
    },
    findIdempotency: (key) => (keys.has(key) ? { ...keys.get(key)! } : null),
    getRequest: (reference) => (requests.has(reference) ? clone(requests.get(reference)!) : null),
    listRequests(query) {
      const offset = query.offset ?? 0;
      return [...requests.values()]
        .filter(
          (r) =>
            (!query.form || r.form === query.form) &&
            (!query.status || r.status === query.status) &&
            (!query.assignee || r.assignee?.id === query.assignee),
        )
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.reference.localeCompare(b.reference))
        .slice(offset, query.limit === undefined ? undefined : offset + query.limit)
        .map(clone);
    },
    listQueue(query) {
      const offset = query.offset ?? 0;
      const rows = queue(query);
      if (query.newestFirst) rows.reverse();
      return rows
        .slice(offset, query.limit === undefined ? undefined : offset + query.limit)
        .map((request) => {
          const {
            data: _data,
            declaration: _signed,
            tokenHash: _hash,
            checklist: _checklist,
            ...row
          } = request;
          return { ...clone(row), name: searchFields(request).name };
        });
    },
    countQueue(query) {
      const counts: Partial<Record<StoredRequest['status'], number>> = {};
      for (const request of queue(query)) counts[request.status] = (counts[request.status] ?? 0) + 1;
      return counts;
    },
    saveTransition(reference, from, entry, assignee, messages = [], attachmentIds = []) {
      const request = requests.get(reference);
      if (!request || request.status !== from) return false;
      if (attachmentIds.some((id) => attachments.get(id)?.reference !== null))
        throw new StorageError('validation_failed', 'An attachment is no longer available');
      for (const id of attachmentIds) attachments.get(id)!.reference = reference;
      for (const message of messages) if (!outbox.has(message.id)) outbox.set(message.id, clone(message));
      requests.set(reference, {
        ...request,
        status: entry.to,
        history: [...request.history, clone(entry)],
        ...(assignee === undefined ? {} : { assignee: assignee && { ...assignee } }),
      });
      return true;
    },
    claimNotifications(now, limit, leaseUntil) {
      const due = [...outbox.values()]
        .filter((message) => message.status === 'pending' && message.nextAttemptAt <= now)
        .sort((a, b) => a.nextAttemptAt.localeCompare(b.nextAttemptAt) || a.id.localeCompare(b.id))
        .slice(0, limit);
      for (const message of due) message.nextAttemptAt = leaseUntil;
      return due.map(clone);
    },
    recordDelivery(id, outcome) {
      const message = outbox.get(id);
      if (message) outbox.set(id, { ...message, ...outcome });
    },
    insertNotifications(messages) {
      for (const message of messages) if (!outbox.has(message.id)) outbox.set(message.id, clone(message));
    },
    listNotifications(reference) {
      return [...outbox.values()]
        .filter((message) => message.reference === reference)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map(clone);
    },
    createSigningLink(tokenHash, reference, createdAt) {
      if (!signingLinks.has(tokenHash)) signingLinks.set(tokenHash, { reference, usedAt: null, createdAt });
    },
    getSigningLink(tokenHash) {
      const link = signingLinks.get(tokenHash);
      return link ? { ...link } : null;
    },
    saveDeclaration(reference, declaration, linkHash, audit) {
      const request = requests.get(reference);
      if (!request || request.declaration) return false;
      const link = linkHash ? signingLinks.get(linkHash) : undefined;
      if (linkHash && (!link || link.usedAt || link.reference !== reference)) return false;
      if (link) link.usedAt = audit.at;
      requests.set(reference, { ...request, declaration: clone(declaration) });
      notes.push({ ...clone(audit), reference, action: 'signature' });
      return true;
    },
    saveAssignee(reference, assignee, audit) {
      const request = requests.get(reference);
      if (!request) return false;
      requests.set(reference, { ...request, assignee: assignee && { ...assignee } });
      notes.push({ ...clone(audit), reference, action: 'assignment' });
      return true;
    },
    saveChecklist(reference, checklist, audit) {
      const request = requests.get(reference);
      if (request) requests.set(reference, { ...request, checklist: { ...checklist } });
      notes.push({ ...clone(audit), reference, action: 'checklist' });
    },
    eraseRequest(reference, stub, audit) {
      const request = requests.get(reference);
      if (!request) return [];
      const { declaration: _signed, ...kept } = request;
      requests.set(reference, {
        ...kept,
        data: clone(stub),
        tokenHash: '',
        history: request.history.map(({ note: _note, ...entry }) => entry),
        erasedAt: audit.at,
      });
      for (const response of responses) {
        if (response.reference !== reference) continue;
        delete response.reference;
        delete response.comment;
      }
      const removed = [...attachments.values()].filter((a) => a.reference === reference).map((a) => a.id);
      for (const id of removed) attachments.delete(id);
      for (const [id, message] of outbox) {
        if (message.reference !== reference) continue;
        const { subject: _subject, html: _html, ...kept } = message;
        outbox.set(id, {
          ...kept,
          to: '',
          text: '',
          status: message.status === 'pending' ? 'failed' : message.status,
        });
      }
      notes.push({ ...clone(audit), reference, action: 'erase' });
      return removed;
    },
    recordAccess(entry) {
      notes.push(clone(entry));
    },
    insertAttachment(attachment) {
      attachments.set(attachment.id, clone(attachment));
    },
    getAttachment: (id) => (attachments.has(id) ? clone(attachments.get(id)!) : null),
    attachmentUsage(query) {
      const matching = [...attachments.values()].filter((a) =>
        'grantId' in query ? a.grantId === query.grantId : a.reference === null,
      );
      return { count: matching.length, bytes: matching.reduce((sum, a) => sum + a.size, 0) };
    },
    listUnlinkedAttachments: (before, limit) =>
      [...attachments.values()]
        .filter((a) => a.reference === null && a.createdAt < before)
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt))
        .slice(0, limit)
        .map((a) => a.id),
    deleteUnlinkedAttachments(ids) {
      for (const id of ids) if (attachments.get(id)?.reference === null) attachments.delete(id);
    },
    createInvitation(tokenHash, reference, createdAt) {
      if (!invitations.has(tokenHash)) invitations.set(tokenHash, { reference, usedAt: null, createdAt });
    },
    reissueAccessCode(reference, tokenHash, version, audit) {
      const request = requests.get(reference);
      if (request) requests.set(reference, { ...request, tokenHash, accessVersion: version });
      notes.push({ ...clone(audit), reference, action: 'code_reissued' });
    },
    getInvitation: (tokenHash) => (invitations.has(tokenHash) ? { ...invitations.get(tokenHash)! } : null),
    useInvitation(tokenHash, response) {
      const invitation = invitations.get(tokenHash);
      if (!invitation || invitation.usedAt) return false;
      invitation.usedAt = response.receivedAt;
      responses.push(clone(response));
      return true;
    },
    useSurveyNonce(nonceHash) {
      if (nonces.has(nonceHash)) return false;
      nonces.add(nonceHash);
      return true;
    },
    insertResponse(response) {
      responses.push(clone(response));
    },
    listResponses: ({ from, to }) =>
      responses.filter((r) => (!from || r.receivedAt >= from) && (!to || r.receivedAt <= to)).map(clone),
  };
}
