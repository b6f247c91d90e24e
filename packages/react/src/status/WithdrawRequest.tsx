import { PRE_DECISION_STATES, type StatusView } from '@mord/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useMessages } from '../i18n/useMessages';

/**
 * Her withdrawal of a request before the committee decides, with her access code: a button, then a
 * confirmation that says it cannot be undone; the status shown is the one after.
 */
export function WithdrawRequest(props: {
  view: StatusView;
  accessToken: string;
  onWithdrawn: (view: StatusView) => void;
}) {
  const { t, backend } = useMessages();
  const [confirming, setConfirming] = useState(false);
  const withdraw = useMutation({
    mutationFn: () => Promise.resolve(backend.withdraw!(props.view.reference, props.accessToken)),
    onSuccess: props.onWithdrawn,
  });
  if (!backend.withdraw || !PRE_DECISION_STATES.includes(props.view.status)) return null;
  return (
    <div className="mord-withdraw">
      {confirming ? (
        <div className="mord-banner" role="alertdialog" aria-labelledby="mord-withdraw-question">
          <p id="mord-withdraw-question">
            {t('status.withdrawConfirm', { reference: props.view.reference })}
          </p>
          <div className="mord-actions">
            <button
              type="button"
              className="mord-button mord-button-primary"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate()}
            >
              {t('status.withdrawYes')}
            </button>
            <button
              type="button"
              className="mord-button mord-button-quiet"
              onClick={() => setConfirming(false)}
            >
              {t('status.withdrawNo')}
            </button>
          </div>
          {withdraw.isError ? (
            <p className="mord-error" role="alert">
              {t('status.withdrawFailed')}
            </p>
          ) : null}
        </div>
      ) : (
        <button type="button" className="mord-button mord-button-quiet" onClick={() => setConfirming(true)}>
          {t('status.withdraw')}
        </button>
      )}
    </div>
  );
}
