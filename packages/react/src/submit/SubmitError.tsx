import { isStorageError } from '@mord/core';
import { useMessages } from '../i18n/useMessages';

/**
 * The message shown when a queued submission was refused for good (after a reload, or after the outbox
 * tried it later): her answers stay in the form, the message says what to do, nothing is retried.
 */
export function RefusedSubmission(props: { code: string }) {
  const { t } = useMessages();
  return (
    <div className="mord-submit-error" role="alert" data-state="refused">
      <p>
        {t(
          props.code === 'payload_too_large'
            ? 'submit.refusedTooLarge'
            : props.code === 'endpoint_unreachable'
              ? 'submit.unreachable'
              : 'submit.refused',
        )}
      </p>
    </div>
  );
}

/** The message shown when sending failed, with a one-click retry when trying again can help. Data is never cleared. */
export function SubmitError(props: { error: Error | null; retryable: boolean; onRetry: () => void }) {
  const { t } = useMessages();
  const error = props.error;
  const queued = isStorageError(error) && error.queued;
  // The page cannot reach the server at all (its CSP, the server's CORS list): nothing is kept for later,
  // and trying again is hers to decide.
  const unreachable = isStorageError(error) && error.code === 'endpoint_unreachable';
  const retryable = props.retryable || unreachable;
  const message = !error
    ? ''
    : queued
      ? t('submit.queued')
      : unreachable
        ? t('submit.unreachable')
        : isStorageError(error) && error.code === 'validation_failed'
          ? t('submit.invalid')
          : isStorageError(error) && error.code === 'payload_too_large'
            ? t('submit.refusedTooLarge')
            : retryable
              ? t('submit.offline')
              : // A permanent refusal in her language; the server's own words are for developers.
                t('submit.refused');
  return (
    <div className="mord-submit-error" role="alert" data-state={queued ? 'queued' : 'error'}>
      <p>{message}</p>
      {retryable && !queued ? (
        <button type="button" className="mord-button" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
