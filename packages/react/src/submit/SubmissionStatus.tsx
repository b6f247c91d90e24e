import { useMessages } from '../i18n/useMessages';
import { RefusedSubmission, SubmitError } from './SubmitError';
import type { SubmissionFlow } from './useSubmissionFlow';

/** The message under a form for where its submission stands: refused, failed (with a retry), or queued. */
export function SubmissionStatus(props: { flow: SubmissionFlow }) {
  const { t } = useMessages();
  const { flow } = props;
  if (flow.state === 'refused' && flow.refused) {
    // The queue's later answer outranks the "queued" error of the first attempt.
    return <RefusedSubmission code={flow.refused.code} />;
  }
  if (flow.state === 'failed') {
    return <SubmitError error={flow.error} retryable={flow.retryable} onRetry={() => void flow.retry()} />;
  }
  if (flow.state === 'queued') {
    // Held for delivery, now or after a reload: the queue sends it by itself, so no retry button.
    return (
      <div className="mord-submit-error" role="status" data-state="queued">
        <p>{t('submit.queued')}</p>
      </div>
    );
  }
  return null;
}
