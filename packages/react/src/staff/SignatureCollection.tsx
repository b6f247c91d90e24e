import { canTakeAssistedIntake, formatDualDate, type StaffApi, type StaffRequestRecord } from '@mord/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { staffErrorText } from '../i18n/staffErrorText';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { MordProvider } from '../provider/MordProvider';
import { MordQueries, scopeOf } from '../provider/MordQueries';
import { PrintableRequest } from './PrintableRequest';

/** Props of {@link SignatureCollection}. */
export interface SignatureCollectionProps {
  staff: StaffApi;
  request: StaffRequestRecord;
  onSigned: () => void;
  /** Where her signing link points, given its token (your site's signing page). @default the backend's `url`, else the token */
  signingHref?: (token: string) => string;
}

/**
 * For a request taken by phone or letter, waiting for her signature: who attested it, then the two ways
 * she signs — a one-time signing link to send her, or a printed copy she signs on paper, recorded here by
 * the verification code printed on it (typed or scanned).
 */
export function SignatureCollection(props: SignatureCollectionProps) {
  // Usable alone as well as inside RequestReview: the queries it reads need a client.
  return (
    <MordQueries>
      <SignatureCollectionView {...props} />
    </MordQueries>
  );
}

function SignatureCollectionView(props: SignatureCollectionProps) {
  const { t, locale, numberingSystem, config } = useStaffMessages();
  const id = useId();
  const { request } = props;
  const [printing, setPrinting] = useState(false);
  const collects = canTakeAssistedIntake(props.staff.actor.role);
  const link = useMutation({
    mutationFn: () => Promise.resolve(props.staff.createSigningLink(request.reference)),
  });
  const code = useQuery({
    queryKey: ['mord', 'staff', scopeOf(props.staff), 'print-code', request.reference],
    queryFn: () => Promise.resolve(props.staff.printCode(request.reference)),
    enabled: printing,
  });
  const wet = useMutation({
    mutationFn: (typed: string) => Promise.resolve(props.staff.recordWetSignature(request.reference, typed)),
    onSuccess: props.onSigned,
  });
  const both = (iso: string) => formatDualDate(iso, { locale, numberingSystem, dateStyle: 'medium' });
  function record(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    wet.mutate(String(new FormData(event.currentTarget).get('code') ?? ''));
  }
  if (!request.awaitingSignature) return null;
  const attestation = request.assisted?.attestation;
  const href = link.data ? (props.signingHref?.(link.data.token) ?? link.data.url ?? link.data.token) : null;
  return (
    <section
      className="mord-banner mord-signing"
      data-state="awaiting-signature"
      aria-labelledby={`${id}-title`}
    >
      <h3 id={`${id}-title`} className="mord-section-title">
        {t('signing.waiting')}
      </h3>
      {attestation && request.assisted ? (
        <p>{t('signing.attested', { name: request.assisted.staffName, date: both(attestation.signedAt) })}</p>
      ) : null}
      {collects ? (
        <>
          <div className="mord-actions mord-no-print">
            <button
              type="button"
              className="mord-button"
              onClick={() => link.mutate()}
              disabled={link.isPending}
            >
              {t('signing.createLink')}
            </button>
            <button type="button" className="mord-button" onClick={() => setPrinting(true)}>
              {t('signing.print')}
            </button>
          </div>
          {link.data && href ? (
            <p role="status">
              {t('signing.link', { date: both(link.data.expiresAt) })}{' '}
              <bdi dir="ltr" className="mord-key">
                {href}
              </bdi>
            </p>
          ) : null}
          <form className="mord-no-print" onSubmit={record}>
            <div className="mord-field">
              <label className="mord-label" htmlFor={`${id}-code`}>
                {t('signing.code')}
              </label>
              <input
                id={`${id}-code`}
                name="code"
                className="mord-input"
                dir="ltr"
                autoComplete="off"
                maxLength={40}
                required
              />
            </div>
            {wet.isError ? (
              <p className="mord-error" role="alert">
                {staffErrorText(wet.error, locale, t)}
              </p>
            ) : null}
            <div className="mord-actions">
              <button type="submit" className="mord-button" disabled={wet.isPending}>
                {t('signing.record')}
              </button>
            </div>
          </form>
          {printing && code.data ? (
            <>
              <div className="mord-actions mord-no-print">
                <button
                  type="button"
                  className="mord-button mord-button-primary"
                  onClick={() => window.print()}
                >
                  {t('signing.printNow')}
                </button>
              </div>
              {/* Her copy is in the language of her request, whatever the staff member reads. */}
              <MordProvider locale={request.locale} config={config}>
                <PrintableRequest request={request} code={code.data.code} />
              </MordProvider>
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
