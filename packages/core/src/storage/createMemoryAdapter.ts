import type { DraftStore, StaffApi, StaffCredentials, SubmissionBackend } from './contracts';
import { type BackendServiceOptions, createBackendService, type StaffMember } from './createBackendService';
import { createMemoryRepository } from './createMemoryRepository';
import type { Envelope } from './envelope';
import { randomToken } from './randomToken';
import { StorageError } from './StorageError';
import type { StaffContact, StaffKeyListing } from './staffKeyInput';

/** A staff member known to the memory adapter, by key. */
export type MemoryStaffMember = StaffMember;

/** Options of {@link createMemoryAdapter}: the service's options (its configuration, clock, survey…) and staff keys. */
export interface MemoryAdapterOptions extends Omit<BackendServiceOptions, 'repository' | 'secret'> {
  /** Staff keys and who they belong to. */
  staffKeys?: Record<string, MemoryStaffMember>;
}

/** The memory adapter: both a {@link DraftStore} and a {@link SubmissionBackend}. */
export type MemoryAdapter = DraftStore &
  Omit<SubmissionBackend, 'staff'> &
  Required<Pick<SubmissionBackend, 'getSurvey' | 'attachments'>> & {
    staff(credentials: StaffCredentials): StaffApi;
  };

/**
 * A complete in-memory backend and draft store: the reference implementation of the storage contracts,
 * for tests, demos and Storybook. It runs the same `createBackendService` rules as the server — schemas,
 * declaration digests, one record per idempotency key even under concurrent submits, hashed tokens.
 * @example const adapter = createMemoryAdapter({ staffKeys: { secret: { id: 's1', name: 'Huda', role: 'committee' } } })
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  // Keys as the server keeps them: each with its person, when it was made, and whether it was revoked.
  const created = new Date().toISOString();
  const keys = new Map<string, StaffKeyListing>(
    Object.entries(options.staffKeys ?? {}).map(([key, member]) => [
      key,
      { ...member, createdAt: created, revokedAt: null },
    ]),
  );
  const active = () => [...keys.values()].filter((entry) => !entry.revokedAt);
  const revoke = (id: string) => {
    let revoked = false;
    for (const entry of keys.values()) {
      if (entry.id === id && !entry.revokedAt) {
        entry.revokedAt = new Date().toISOString();
        revoked = true;
      }
    }
    return revoked;
  };
  const issue = (person: StaffMember & StaffContact) => {
    const key = `mrdk_${randomToken(24)}`;
    keys.set(key, { ...person, createdAt: new Date().toISOString(), revokedAt: null });
    return key;
  };
  const service = createBackendService({
    ...options,
    repository: createMemoryRepository(),
    secret: randomToken(32),
    staffDirectory: options.staffDirectory ?? active,
    keyRegistry: {
      list: () => [...keys.values()].map((entry) => ({ ...entry })),
      create(input) {
        const id = `staff_${randomToken(6)}`;
        return { id, key: issue({ id, ...input }) };
      },
      rotate(id) {
        const person = active().find((entry) => entry.id === id);
        if (!person) return null;
        revoke(id);
        const { createdAt: _c, revokedAt: _r, ...member } = person;
        return issue(member);
      },
      revoke,
    },
  });
  const drafts = new Map<string, Envelope>();
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    name: 'memory',
    capabilities: {
      keys: true,
      clear: true,
      attachments: true,
      surveys: true,
      staff: true,
      config: true,
      signing: true,
      statusLinks: true,
      codeReminders: true,
      withdrawal: true,
      replies: true,
    },
    getConfig: () => clone(service.getConfig()),
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
    submit: service.submit,
    getStatus: service.getStatus,
    getStatusByLink: service.getStatusByLink,
    remindCode: service.remindCode,
    withdraw: service.withdraw,
    reply: service.reply,
    replyByLink: service.replyByLink,
    getSigning: service.getSigning,
    submitSignature: service.submitSignature,
    getSurvey: service.getSurvey,
    submitSurveyResponse: service.submitSurveyResponse,
    attachments: {
      // In memory there is no network to cross: each file gets its own grant.
      put: async (file) =>
        service.putAttachment(file, {
          grant: (await service.createUploadGrant(file?.form ?? 'support-request')).grant,
        }),
    },
    staff({ key }) {
      const entry = typeof key === 'string' ? keys.get(key) : undefined;
      if (!entry || entry.revokedAt) throw new StorageError('forbidden', 'Unknown staff key');
      const { createdAt: _c, revokedAt: _r, ...member } = entry;
      return service.staffFor(member);
    },
  };
}
