import type { DraftStore, StaffApi, StaffCredentials, SubmissionBackend } from './contracts';
import { type BackendServiceOptions, createBackendService, type StaffMember } from './createBackendService';
import { createMemoryRepository } from './createMemoryRepository';
import type { Envelope } from './envelope';
import { randomToken } from './randomToken';
import { StorageError } from './StorageError';

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
  const service = createBackendService({
    ...options,
    repository: createMemoryRepository(),
    secret: randomToken(32),
    staffDirectory: options.staffDirectory ?? (() => Object.values(options.staffKeys ?? {})),
  });
  const drafts = new Map<string, Envelope>();
  const clone = <T>(value: T): T => structuredClone(value);
  return {
    name: 'memory',
    capabilities: { keys: true, clear: true, attachments: true, surveys: true, staff: true, config: true },
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
      const member =
        options.staffKeys && Object.hasOwn(options.staffKeys, key) ? options.staffKeys[key] : undefined;
      if (!member) throw new StorageError('forbidden', 'Unknown staff key');
      return service.staffFor(member);
    },
  };
}
