import { isStorageError, type StorageErrorCode, type ValidationIssue } from '@mord/core';

/** HTTP status of each storage error code. */
export const STATUS_OF: Record<StorageErrorCode, 400 | 403 | 404 | 409 | 413 | 415 | 429 | 503> = {
  validation_failed: 400,
  idempotency_conflict: 409,
  not_found: 404,
  token_used: 409,
  forbidden: 403,
  staff_only: 403,
  bad_request: 400,
  invalid_transition: 409,
  unsupported_media_type: 415,
  payload_too_large: 413,
  rate_limited: 429,
  unavailable: 503,
  storage_unavailable: 503,
};

/** The protocol's error body. */
export function errorBody(
  code: StorageErrorCode | 'unauthorized' | 'internal',
  message: string,
  issues?: ValidationIssue[],
) {
  return { error: { code, message, ...(issues?.length ? { issues } : {}) } };
}

/** Maps a thrown error to a status and body; unknown errors become a 500 without details. */
export function toErrorResponse(error: unknown): { status: number; body: ReturnType<typeof errorBody> } {
  if (isStorageError(error))
    return { status: STATUS_OF[error.code] ?? 400, body: errorBody(error.code, error.message, error.issues) };
  return { status: 500, body: errorBody('internal', 'Internal error') };
}

/**
 * Logs an unexpected error without its message or details: a database error can quote the values it
 * refused, and those are personal data. The type, code and call stack are enough to find the bug.
 */
export function logInternalError(error: unknown): void {
  const e = error as { name?: unknown; code?: unknown; stack?: unknown };
  const frames =
    typeof e.stack === 'string'
      ? e.stack.split('\n').filter((line) => line.trimStart().startsWith('at '))
      : [];
  console.error(
    `internal error: ${String(e.name ?? 'Error')}${e.code ? ` (${String(e.code)})` : ''}\n${frames.join('\n')}`,
  );
}
