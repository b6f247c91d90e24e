import type { StorageErrorCode } from '../protocol/protocol';
import type { ValidationIssue } from '../validation/validate';

export type { StorageErrorCode } from '../protocol/protocol';

/** Thrown by adapters; `code` is stable, `issues` carries validation problems, `retryable` says whether trying again may help. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  readonly issues: ValidationIssue[];
  readonly retryable: boolean;
  /** Seconds to wait before retrying, when the backend said so. */
  readonly retryAfter?: number;
  /** The submission is safe in an outbox and will be delivered later; nothing more to do. */
  readonly queued: boolean;

  constructor(
    readonly code: StorageErrorCode,
    message: string,
    options: {
      issues?: ValidationIssue[];
      retryable?: boolean;
      retryAfter?: number;
      queued?: boolean;
      cause?: unknown;
    } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.issues = options.issues ?? [];
    this.retryable = options.retryable ?? (code === 'unavailable' || code === 'rate_limited');
    if (options.retryAfter !== undefined) this.retryAfter = options.retryAfter;
    this.queued = options.queued ?? false;
  }
}

/** Whether a value is a {@link StorageError} (also across bundle copies, by shape). */
export function isStorageError(error: unknown): error is StorageError {
  return (
    error instanceof StorageError ||
    (error instanceof Error && error.name === 'StorageError' && 'code' in error)
  );
}
