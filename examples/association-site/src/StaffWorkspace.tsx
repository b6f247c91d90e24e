import '@mord/react/staff.css';
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
import { useState } from 'react';
import { siteMessages } from './siteMessages';

/**
 * The staff workspace once signed in: the queue with overdue flags, a request's review, the satisfaction
 * report, assisted intake and keys. Its own chunk, with its styles: the sign-in form does not wait for it.
 */
export default function StaffWorkspace(props: { staff: StaffApi; locale: Locale; onSignOut: () => void }) {
  const t = siteMessages[props.locale];
  const { staff } = props;
  const [open, setOpen] = useState<string | null>(null);
  const [tab, setTab] = useState<'queue' | 'report' | 'assisted' | 'keys'>('queue');
  const [assistedForm, setAssistedForm] = useState<'request' | 'inquiry'>('request');

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
      <button type="button" className="mord-button mord-button-quiet" onClick={props.onSignOut}>
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
