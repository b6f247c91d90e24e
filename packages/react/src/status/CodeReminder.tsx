import { normalizeReference } from '@mord/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../i18n/useMessages';

/**
 * "I lost my code": her reference and ID or Iqama number, and the association sends the code again to the
 * mobile or e-mail she gave. It says the same thing whether the details matched or not.
 */
export function CodeReminder() {
  const { t, backend } = useMessages();
  const id = useId();
  // Its fields exist only once she opens it: the page's own reference field stays the only one.
  const [open, setOpen] = useState(false);
  const send = useMutation({
    mutationFn: ({ reference, idNumber }: { reference: string; idNumber: string }) =>
      Promise.resolve(backend.remindCode!(reference, idNumber)),
  });
  if (!backend.remindCode) return null;
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const typed = String(data.get('reference') ?? '');
    send.mutate({
      reference: normalizeReference(typed) ?? typed.trim().toUpperCase(),
      idNumber: String(data.get('idNumber') ?? '').trim(),
    });
  }
  return (
    <details className="mord-code-reminder" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('status.lostCode')}</summary>
      {open ? (
        <form onSubmit={submit} className="mord-grid" noValidate>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-reference`}>
              {t('status.reference')}
            </label>
            <input
              id={`${id}-reference`}
              name="reference"
              className="mord-input"
              dir="ltr"
              autoComplete="off"
              required
            />
          </div>
          <div className="mord-field">
            <label className="mord-label" htmlFor={`${id}-id`}>
              {t('status.idNumber')}
            </label>
            <input
              id={`${id}-id`}
              name="idNumber"
              className="mord-input"
              dir="ltr"
              inputMode="numeric"
              autoComplete="off"
              maxLength={20}
              required
            />
          </div>
          <div className="mord-actions">
            <button type="submit" className="mord-button" disabled={send.isPending}>
              {t('status.sendCode')}
            </button>
          </div>
        </form>
      ) : null}
      <div aria-live="polite">
        {send.isSuccess ? <p className="mord-success">{t('status.codeSent')}</p> : null}
        {send.isError ? <p className="mord-error">{t('status.codeFailed')}</p> : null}
      </div>
    </details>
  );
}
