import {
  canTakeAssistedIntake,
  formatDate,
  formatMessage,
  getRoleLabel,
  getStatusText,
  type Locale,
  type RequestSummary,
  type StaffApi,
} from '@mord/core';
import { RequestReview, SatisfactionReport, SupportRequestForm } from '@mord/react';
import { createHttpBackend } from '@mord/storage-http';
import { type FormEvent, useEffect, useState } from 'react';
import { siteMessages } from './siteMessages';

/** The staff area: sign in with a staff key, then the queue with overdue flags, a request's review, and the satisfaction report. */
export function StaffArea(props: { api: string; locale: Locale }) {
  const t = siteMessages[props.locale];
  const [staff, setStaff] = useState<StaffApi | null>(null);
  const [error, setError] = useState(false);
  const [queue, setQueue] = useState<RequestSummary[]>([]);
  const [overdueOnly, setOverdueOnly] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [tab, setTab] = useState<'queue' | 'report' | 'assisted'>('queue');

  useEffect(() => {
    if (!staff || open) return;
    void Promise.resolve(staff.listRequests({ limit: 500, ...(overdueOnly ? { overdue: true } : {}) })).then(
      setQueue,
    );
  }, [staff, open, overdueOnly]);

  async function signIn(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const key = String(new FormData(event.currentTarget).get('key') ?? '').trim();
    try {
      const backend = createHttpBackend({ baseUrl: props.api, locale: props.locale });
      setStaff(await backend.staff({ key }));
      setError(false);
    } catch {
      setError(true);
    }
  }

  if (!staff) {
    return (
      <form className="mord-form" onSubmit={signIn} aria-label={t.staff}>
        <h1 className="mord-title">{t.staff}</h1>
        <div className="mord-field">
          <label className="mord-label" htmlFor="staff-key">
            {t.staffKey}
          </label>
          <input id="staff-key" name="key" className="mord-input" dir="ltr" autoComplete="off" required />
        </div>
        {error ? (
          <p className="mord-error" role="alert">
            {t.wrongKey}
          </p>
        ) : null}
        <div className="mord-actions">
          <button type="submit" className="mord-button mord-button-primary">
            {t.signIn}
          </button>
        </div>
      </form>
    );
  }

  const header = (
    <div className="site-toolbar">
      <span>
        {formatMessage(t.signedInAs, {
          name: staff.actor.name,
          role: getRoleLabel(staff.actor.role, props.locale),
        })}
      </span>
      <button
        type="button"
        className="mord-button"
        onClick={() => {
          setTab('queue');
          setOpen(null);
        }}
      >
        {t.queue}
      </button>
      <button type="button" className="mord-button" onClick={() => setTab('report')}>
        {t.report}
      </button>
      {canTakeAssistedIntake(staff.actor.role as never) ? (
        <button type="button" className="mord-button" onClick={() => setTab('assisted')}>
          {t.assisted}
        </button>
      ) : null}
      <button type="button" className="mord-button mord-button-quiet" onClick={() => setStaff(null)}>
        {t.signOut}
      </button>
    </div>
  );
  if (tab === 'assisted') {
    // Sent through the staff route: who took it, with which role and branch, comes from the key.
    return (
      <>
        {header}
        <SupportRequestForm mode="assisted" staff={staff} draftKey={`staff-assisted:${staff.actor.id}`} />
      </>
    );
  }
  if (tab === 'report') {
    return (
      <>
        {header}
        <SatisfactionReport staff={staff} />
      </>
    );
  }
  if (open) {
    return (
      <>
        {header}
        <button type="button" className="mord-button mord-button-quiet" onClick={() => setOpen(null)}>
          {t.back}
        </button>
        <RequestReview staff={staff} reference={open} />
      </>
    );
  }
  return (
    <section className="mord-form" aria-labelledby="queue-title">
      {header}
      <h1 id="queue-title" className="mord-title">
        {t.queue}
      </h1>
      <label className="mord-option">
        <input type="checkbox" checked={overdueOnly} onChange={(e) => setOverdueOnly(e.target.checked)} />
        <span>{t.overdue}</span>
      </label>
      <table className="site-queue">
        <thead>
          <tr>
            <th scope="col">{t.reference}</th>
            <th scope="col">{t.name}</th>
            <th scope="col">{t.state}</th>
            <th scope="col">{t.submitted}</th>
            <th scope="col">{t.due}</th>
            <th scope="col">
              <span className="mord-visually-hidden">{t.open}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {queue.map((r) => (
            <tr key={r.reference} data-overdue={r.overdue || undefined}>
              <td dir="ltr">{r.reference}</td>
              <td>
                <bdi>{r.name}</bdi>
              </td>
              <td>
                {getStatusText(r.status, props.locale).title}
                {r.overdue ? <strong className="mord-badge"> {t.overdue}</strong> : null}
              </td>
              <td>{formatDate(r.submittedAt, { locale: props.locale, calendar: 'gregory' })}</td>
              <td>
                {r.decisionDueAt
                  ? formatDate(r.decisionDueAt, { locale: props.locale, calendar: 'islamic-umalqura' })
                  : '—'}
              </td>
              <td>
                <button type="button" className="mord-button" onClick={() => setOpen(r.reference)}>
                  {t.open} <span className="mord-visually-hidden">{r.reference}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
