import { isStorageError, issueMessage, type Locale, type StorageErrorCode } from '@mord/core';
import type { StaffMessageKey } from './staffMessages';

const KEYS: Record<StorageErrorCode, StaffMessageKey> = {
  validation_failed: 'error.validation_failed',
  idempotency_conflict: 'error.idempotency_conflict',
  not_found: 'error.not_found',
  token_used: 'error.token_used',
  forbidden: 'error.forbidden',
  staff_only: 'error.staff_only',
  bad_request: 'error.bad_request',
  invalid_transition: 'error.invalid_transition',
  unsupported_media_type: 'error.unsupported_media_type',
  payload_too_large: 'error.payload_too_large',
  rate_limited: 'error.rate_limited',
  unavailable: 'error.unavailable',
  storage_unavailable: 'error.storage_unavailable',
  endpoint_unreachable: 'error.unavailable',
};

/**
 * @internal What went wrong, in the reader's language: each field's problem by its code, or the catalog's
 * sentence for the error's code — never the server's or the browser's own (English) words. Anything that
 * is not a storage error (a network failure) reads as the server being out of reach.
 */
export function staffErrorText(error: unknown, locale: Locale, t: (key: StaffMessageKey) => string): string {
  if (isStorageError(error) && error.issues.length)
    return error.issues.map((issue) => issueMessage(issue.code as never, locale)).join(' ');
  return t(KEYS[isStorageError(error) ? error.code : 'unavailable'] ?? 'error.unavailable');
}
