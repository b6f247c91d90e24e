import {
  HTTP_STATUS_OF_CODE,
  isStorageError,
  type ProtocolErrorCode,
  type ValidationIssue,
} from '@mord/core';

/** The protocol's error body. */
export function errorBody(code: ProtocolErrorCode, message: string, issues?: ValidationIssue[]) {
  return { error: { code, message, ...(issues?.length ? { issues } : {}) } };
}

/** Maps a thrown error to a status and body; unknown errors become a 500 without details. */
export function toErrorResponse(error: unknown): { status: number; body: ReturnType<typeof errorBody> } {
  if (isStorageError(error))
    return {
      status: HTTP_STATUS_OF_CODE[error.code] ?? 400,
      body: errorBody(error.code, error.message, error.issues),
    };
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
