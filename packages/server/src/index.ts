export { main } from './cli/main';
export type { ServerConfig } from './config';
export { normalizeOrigin, readConfig } from './config';
export type { TrustProxy } from './http/clientAddress';
export { clientAddress, parseTrustProxy } from './http/clientAddress';
export type { AppDependencies } from './http/createApp';
export { createApp } from './http/createApp';
export { toCsv } from './http/csv';
export { loadAssociationConfig } from './loadAssociationConfig';
export { openApiDocument } from './openapi/openApiDocument';
export type { RunningServer } from './startServer';
export {
  createStaffKey,
  migrateLegacyBlobs,
  openBackend,
  openStore,
  resolveConfig,
  revokeStaffKey,
  rotateStaffKey,
  startServer,
} from './startServer';
export type { AuditRow, AuditVerification, ChainedAuditRow } from './store/auditChain';
export { auditHash, verifyAuditChain } from './store/auditChain';
export { createFileBlobStore } from './store/createFileBlobStore';
export { createPostgresStore } from './store/createPostgresStore';
export { createSqliteStore } from './store/createSqliteStore';
export type { AuditEntry, ServerStore, StaffKeyListing } from './store/ServerStore';
export { createWebhookSender, signWebhook } from './webhook';
