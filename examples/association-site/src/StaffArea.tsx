import {
  canManageKeys,
  canTakeAssistedIntake,
  formatMessage,
  getRoleLabel,
  isolate,
  type Locale,
  type StaffApi,
} from '@mord/core';
import {
  InquiryForm,
  RequestQueue,
  RequestReview,
  SatisfactionReport,
  StaffKeys,
  SupportRequestForm,
} from '@mord/react';
import { createHttpBackend } from '@mord/storage-http';
import { type FormEvent, useState } from 'react';
import { siteMessages } from './siteMessages';

/** The staff area: sign in with a staff key, then the queue with overdue flags, a request's review, and the satisfaction report. */
export function StaffArea(props: { api: string; locale: Locale }) {
  const t = siteMessages[props.locale];
  const [staff, setStaff] = useState<StaffApi | null>(null);
  const [error, setError] = useState(false);
  const [open, setOpen] = useState<string | null>(null);
  const [tab, setTab] = useState<'queue' | 'report' | 'assisted' | 'keys'>('queue');
  const [assistedForm, setAssistedForm] = useState<'request' | 'inquiry'>('request');

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
          name: isolate(staff.actor.name),
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
      {canTakeAssistedIntake(staff.actor.role) ? (
        <button type="button" className="mord-button" onClick={() => setTab('assisted')}>
          {t.assisted}
        </button>
      ) : null}
      {canManageKeys(staff.actor.role) ? (
        <button type="button" className="mord-button" onClick={() => setTab('keys')}>
          {t.keys}
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
        <fieldset className="site-toolbar site-choice">
          <legend className="mord-visually-hidden">{t.assisted}</legend>
          {(['request', 'inquiry'] as const).map((form) => (
            <button
              key={form}
              type="button"
              className="mord-button"
              aria-pressed={assistedForm === form}
              onClick={() => setAssistedForm(form)}
            >
              {form === 'request' ? t.assistedRequest : t.assistedInquiry}
            </button>
          ))}
        </fieldset>
        {assistedForm === 'request' ? (
          <SupportRequestForm mode="assisted" staff={staff} draftKey={`staff-assisted:${staff.actor.id}`} />
        ) : (
          <InquiryForm
            staff={staff}
            chooseChannel
            channel="phone"
            draftKey={`staff-inquiry:${staff.actor.id}`}
          />
        )}
      </>
    );
  }
  if (tab === 'keys') {
    return (
      <>
        {header}
        <StaffKeys staff={staff} />
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
        <RequestReview
          staff={staff}
          reference={open}
          // Her signing link opens this site's signing page.
          signingHref={(token) => `${location.origin}${location.pathname}#/sign/${token}`}
        />
      </>
    );
  }
  return (
    <section className="mord-form" aria-labelledby="queue-title">
      {header}
      <h1 id="queue-title" className="mord-title">
        {t.queue}
      </h1>
      <RequestQueue staff={staff} onOpen={setOpen} />
    </section>
  );
}
