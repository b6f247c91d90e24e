import { createMemoryAdapter, createMemoryBlobStore, type StaffRole } from '@mord/core';
import { testBlobStore } from './testBlobStore';
import { testDraftStore } from './testDraftStore';
import { testSubmissionBackend } from './testSubmissionBackend';

const ROLES: StaffRole[] = ['relations_officer', 'social_researcher', 'committee', 'admin'];
const staffKeys = Object.fromEntries(
  ROLES.map((role) => [`key-${role}-0123456789`, { id: role, name: role, role }]),
);

testDraftStore({ name: 'createMemoryAdapter', create: () => createMemoryAdapter() });

testBlobStore({ name: 'createMemoryBlobStore', create: () => createMemoryBlobStore() });

testSubmissionBackend({
  name: 'createMemoryAdapter',
  create: () => ({
    backend: createMemoryAdapter({ staffKeys }),
    staffKeys: Object.fromEntries(ROLES.map((role) => [role, `key-${role}-0123456789`])),
  }),
});
