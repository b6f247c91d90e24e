/** Why a workflow move was refused. */
export type WorkflowErrorCode = 'forbidden' | 'invalid_transition';

/** Thrown by `applyTransition`; `code` is stable, the message is for developers. */
export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';

  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
  }
}
