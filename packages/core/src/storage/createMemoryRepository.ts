import type {
  BackendRepository,
  IdempotencyRecord,
  StoredRequest,
  StoredSurveyResponse,
} from './BackendRepository';
import type { AttachmentMeta } from './contracts';

/** A {@link BackendRepository} in memory (JavaScript is single-threaded, so every method is atomic). */
export function createMemoryRepository(): BackendRepository {
  const requests = new Map<string, StoredRequest>();
  const keys = new Map<string, IdempotencyRecord>();
  const sequences = new Map<number, number>();
  const attachments = new Map<string, AttachmentMeta & { name: string; bytes: Uint8Array }>();
  const invitations = new Map<string, { reference: string; usedAt: string | null }>();
  const responses: StoredSurveyResponse[] = [];
  const clone = <T>(value: T): T => structuredClone(value);

  return {
    nextSequence(year) {
      const next = (sequences.get(year) ?? 0) + 1;
      sequences.set(year, next);
      return next;
    },
    insertRequest(request, { key, bodyDigest }) {
      const existing = keys.get(key);
      if (existing) return { ...existing };
      keys.set(key, { bodyDigest, reference: request.reference });
      requests.set(request.reference, clone(request));
      return null;
    },
    findIdempotency: (key) => (keys.has(key) ? { ...keys.get(key)! } : null),
    getRequest: (reference) => (requests.has(reference) ? clone(requests.get(reference)!) : null),
    listRequests(query) {
      const offset = query.offset ?? 0;
      return [...requests.values()]
        .filter((r) => (!query.form || r.form === query.form) && (!query.status || r.status === query.status))
        .sort((a, b) => a.submittedAt.localeCompare(b.submittedAt) || a.reference.localeCompare(b.reference))
        .slice(offset, query.limit === undefined ? undefined : offset + query.limit)
        .map(clone);
    },
    saveTransition(reference, from, entry) {
      const request = requests.get(reference);
      if (!request || request.status !== from) return false;
      requests.set(reference, { ...request, status: entry.to, history: [...request.history, clone(entry)] });
      return true;
    },
    saveChecklist(reference, checklist) {
      const request = requests.get(reference);
      if (request) requests.set(reference, { ...request, checklist: { ...checklist } });
    },
    putAttachment(meta, bytes) {
      attachments.set(meta.id, { ...meta, bytes: bytes.slice() });
    },
    createInvitation(tokenHash, reference) {
      invitations.set(tokenHash, { reference, usedAt: null });
    },
    getInvitation: (tokenHash) => (invitations.has(tokenHash) ? { ...invitations.get(tokenHash)! } : null),
    useInvitation(tokenHash, response) {
      const invitation = invitations.get(tokenHash);
      if (!invitation || invitation.usedAt) return false;
      invitation.usedAt = response.receivedAt;
      responses.push(clone(response));
      return true;
    },
    insertResponse(response) {
      responses.push(clone(response));
    },
    listResponses: ({ from, to }) =>
      responses.filter((r) => (!from || r.receivedAt >= from) && (!to || r.receivedAt <= to)).map(clone),
  };
}
