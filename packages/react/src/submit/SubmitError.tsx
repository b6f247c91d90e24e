import { isStorageError } from '@mord/core';
import { useMord } from '../provider/useMord';

/** The message shown when sending failed, with a one-click retry when trying again can help. Data is never cleared. */
export function SubmitError(props: { error: Error | null; retryable: boolean; onRetry: () => void }) {
  const { t } = useMord();
  const error = props.error;
  const queued = isStorageError(error) && error.queued;
  const message = !error
    ? ''
    : queued
      ? t('submit.queued')
      : isStorageError(error) && error.code === 'validation_failed'
        ? t('submit.invalid')
        : props.retryable
          ? t('submit.offline')
          : t('submit.failed', { reason: error.message });
  return (
    <div className="mord-submit-error" role="alert" data-state={queued ? 'queued' : 'error'}>
      <p>{message}</p>
      {props.retryable ? (
        <button type="button" className="mord-button" onClick={props.onRetry}>
          {t('common.retry')}
        </button>
      ) : null}
    </div>
  );
}
