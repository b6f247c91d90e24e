import { createMemoryAdapter, createMemoryBlobStore, createMemoryRepository, STAFF_ROLES } from '@mord/core';
import { testBackendRepository } from './testBackendRepository';
import { testBlobStore } from './testBlobStore';
import { testDraftStore } from './testDraftStore';
import { testSubmissionBackend } from './testSubmissionBackend';

const ROLES = STAFF_ROLES;
const staffKeys = Object.fromEntries(
  ROLES.map((role) => [`key-${role}-0123456789`, { id: role, name: role, role }]),
);

testDraftStore({ name: 'createMemoryAdapter', create: () => createMemoryAdapter() });

testBlobStore({ name: 'createMemoryBlobStore', create: () => createMemoryBlobStore() });

testBackendRepository({
  name: 'createMemoryRepository',
  create: () => ({ repository: createMemoryRepository() }),
});

testSubmissionBackend({
  name: 'createMemoryAdapter',
  create: () => ({
    backend: createMemoryAdapter({ staffKeys }),
    staffKeys: Object.fromEntries(ROLES.map((role) => [role, `key-${role}-0123456789`])),
  }),
});
