export type { IndexedDbDraftStoreOptions } from './createIndexedDbDraftStore';
export { createIndexedDbDraftStore, DEFAULT_DRAFT_TTL_MS } from './createIndexedDbDraftStore';
export type { Outbox, OutboxEntry, OutboxOptions, OutboxState } from './createOutbox';
export { createOutbox } from './createOutbox';
