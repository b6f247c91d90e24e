import {
  formatDualDate,
  getStatusText,
  normalizeReference,
  optionLabel,
  rejectionReasons,
  type StatusView,
} from '@mord/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useMessages } from '../i18n/useMessages';
import { MordQueries } from '../provider/MordQueries';
import { CodeReminder } from './CodeReminder';
import { ReplyForm } from './ReplyForm';
import { WithdrawRequest } from './WithdrawRequest';

/** Props of {@link RequestStatus}. */
export interface RequestStatusProps {
  /** Prefills the reference (e.g. from a link). */
  reference?: string;
  /** Prefills the access code; with a reference, the status loads at once. */
  accessToken?: string;
  /**
   * The token of the status link a message carried (`…/#/status/<reference>/<token>`): with a reference,
   * her status opens without her typing the code.
   */
  linkToken?: string;
}

/** The state of a request in plain words, its history and decision deadline (with an overdue notice). */
export function RequestStatusView(props: { view: StatusView }) {
  const { t, locale, numberingSystem, config } = useMessages();
  const { view } = props;
  const current = getStatusText(view.status, locale);
  const both = (iso: string) => formatDualDate(iso, { locale, numberingSystem });
  const answer = view.history.findLast((entry) => entry.answer)?.answer;
  const missing = view.status === 'needs_information' ? view.history.at(-1)?.missing : undefined;
  const reason = view.status === 'rejected' ? view.history.at(-1)?.reason : undefined;
  return (
    <div className="mord-status" data-state={view.status}>
      <h3 className="mord-section-title">{t('status.current')}</h3>
      <p className="mord-status-title">{current.title}</p>
      <p>{current.description}</p>
      {view.decisionDueAt ? (
        <p>
          {t('status.deadline')}: <time dateTime={view.decisionDueAt}>{both(view.decisionDueAt)}</time>
        </p>
      ) : null}
      {view.awaitingSignature ? (
        <p className="mord-banner" data-state="awaiting-signature">
          {t('status.awaitingSignature')}
        </p>
      ) : null}
      {missing?.length ? (
        <div className="mord-banner" data-state="missing">
          <p>{t('status.missing')}</p>
          <ul>
            {missing.map((item) => (
              <li key={item}>{optionLabel([...config.documents, ...config.checklist], item, locale)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {reason ? (
        <p className="mord-banner" data-state="reason">
          {t('status.reason')}: {optionLabel(rejectionReasons(config), reason, locale)}
        </p>
      ) : null}
      {answer ? (
        <section className="mord-answer" aria-labelledby="mord-status-answer">
          <h3 id="mord-status-answer" className="mord-section-title">
            {t('status.answer')}
          </h3>
          <p className="mord-pre" dir="auto">
            {answer}
          </p>
        </section>
      ) : null}
      {view.overdue ? (
        <p className="mord-warning" role="status">
          {t('status.overdue')}
        </p>
      ) : null}
      <h3 className="mord-section-title">{t('status.history')}</h3>
      <ol className="mord-history">
        {view.history.map((entry) => (
          <li key={`${entry.state}-${entry.at}`}>
            <span>{getStatusText(entry.state, locale).history}</span> —{' '}
            <time dateTime={entry.at}>{both(entry.at)}</time>
          </li>
        ))}
      </ol>
    </div>
  );
}

/**
 * A beneficiary checks her request with its reference and access code: current state in plain words,
 * history, decision deadline and whether it is overdue. A wrong code and an unknown reference look the same.
 */
export function RequestStatus(props: RequestStatusProps) {
  return (
    <MordQueries>
      <RequestStatusLookup {...props} />
    </MordQueries>
  );
}

function RequestStatusLookup(props: RequestStatusProps) {
  const { t, backend } = useMessages();
  const id = useId();
  const client = useQueryClient();
  const [query, setQuery] = useState<{ reference: string; accessToken?: string; linkToken?: string } | null>(
    props.reference && props.accessToken
      ? { reference: props.reference, accessToken: props.accessToken }
      : props.reference && props.linkToken && backend.getStatusByLink
        ? { reference: props.reference, linkToken: props.linkToken }
        : null,
  );
  const result = useQuery({
    queryKey: ['mord', 'status', query?.reference, query?.accessToken, query?.linkToken],
    queryFn: () =>
      query!.linkToken
        ? backend.getStatusByLink!(query!.reference, query!.linkToken)
        : backend.getStatus(query!.reference, query!.accessToken ?? ''),
    enabled: query !== null,
  });
  /** The status after something she did, shown without asking the backend again. */
  const showStatus = (view: StatusView) =>
    client.setQueryData(['mord', 'status', query?.reference, query?.accessToken, query?.linkToken], view);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const typed = String(data.get('reference') ?? '');
    setQuery({
      // As she typed it (any case, spaces, Arabic-Indic digits): the canonical form when it is one.
      reference: normalizeReference(typed) ?? typed.trim().toUpperCase(),
      accessToken: String(data.get('token') ?? '').trim(),
    });
  }
  return (
    <section className="mord-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="mord-title">
        {t('status.title')}
      </h2>
      <form onSubmit={onSubmit} className="mord-grid" noValidate>
        {(
          [
            ['reference', 'status.reference', props.reference],
            ['token', 'status.token', props.accessToken],
          ] as const
        ).map(([name, label, value]) => (
          <div key={name} className="mord-field">
            <label className="mord-label" htmlFor={`${id}-${name}`}>
              {t(label)}
            </label>
            <input
              id={`${id}-${name}`}
              name={name}
              className="mord-input"
              dir="ltr"
              autoComplete="off"
              required
              defaultValue={value}
            />
          </div>
        ))}
        <div className="mord-actions">
          <button type="submit" className="mord-button mord-button-primary">
            {t('status.check')}
          </button>
        </div>
      </form>
      <CodeReminder />
      <div aria-live="polite">
        {result.isFetching ? <p className="mord-hint">{t('common.loading')}</p> : null}
        {query && result.isSuccess && result.data === null ? (
          <p className="mord-error">{t('status.notFound')}</p>
        ) : null}
        {result.isError ? <p className="mord-error">{t('status.error')}</p> : null}
        {result.data ? <RequestStatusView view={result.data} /> : null}
        {result.data && query?.accessToken ? (
          // With her code she can act on it: send what is missing, or withdraw.
          <>
            <ReplyForm view={result.data} accessToken={query.accessToken} onSent={showStatus} />
            <WithdrawRequest view={result.data} accessToken={query.accessToken} onWithdrawn={showStatus} />
          </>
        ) : null}
        {result.data && query?.linkToken ? (
          // A status link only shows; the link of the message that asked her can also answer it.
          result.data.linkAnswers ? (
            <ReplyForm view={result.data} linkToken={query.linkToken} onSent={showStatus} />
          ) : result.data.status === 'needs_information' ? (
            <p className="mord-hint">{t('reply.withCode')}</p>
          ) : null
        ) : null}
      </div>
    </section>
  );
}
