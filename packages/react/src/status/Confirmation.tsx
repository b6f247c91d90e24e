import { formatDecisionPeriod, formatDualDate, type Receipt } from '@mord/core';
import { useEffect, useRef } from 'react';
import { useMessages } from '../i18n/useMessages';

/** Props of {@link Confirmation}. */
export interface ConfirmationProps {
  receipt: Receipt;
  /** Shows a link or button to check the status later. */
  statusHref?: string;
}

/**
 * What she sees after submitting: the reference and access code, the decision deadline in Hijri and
 * Gregorian, what happens next, and how to check the status later. Printable; takes focus when shown.
 */
export function Confirmation(props: ConfirmationProps) {
  const { t, locale, numberingSystem, decisionDays } = useMessages();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const due = props.receipt.decisionDueAt;
  return (
    <section className="mord-confirmation" data-state="submitted" aria-labelledby="mord-confirmation-title">
      <h2 id="mord-confirmation-title" ref={heading} tabIndex={-1} className="mord-title">
        {t('confirmation.title')}
      </h2>
      <dl className="mord-review-list">
        <div>
          <dt>{t('confirmation.reference')}</dt>
          <dd>
            <bdi className="mord-code" dir="ltr">
              {props.receipt.reference}
            </bdi>
          </dd>
        </div>
        <div>
          <dt>{t('confirmation.token')}</dt>
          <dd>
            <bdi className="mord-code" dir="ltr">
              {props.receipt.accessToken}
            </bdi>
          </dd>
        </div>
        {due ? (
          <div>
            <dt>{t('confirmation.deadline')}</dt>
            <dd>
              <time dateTime={due}>{formatDualDate(due, { locale, numberingSystem })}</time>
              <span className="mord-hint"> {t('confirmation.deadlineNote')}</span>
            </dd>
          </div>
        ) : null}
      </dl>
      <p className="mord-hint">{t('confirmation.keep')}</p>
      {due ? (
        <p>
          {t('confirmation.next', {
            period: formatDecisionPeriod(decisionDays, locale, undefined, numberingSystem),
          })}
        </p>
      ) : null}
      <div className="mord-actions">
        <button type="button" className="mord-button" onClick={() => window.print()}>
          {t('common.print')}
        </button>
        {props.statusHref ? (
          <a className="mord-button mord-button-quiet" href={props.statusHref}>
            {t('confirmation.checkStatus')}
          </a>
        ) : null}
      </div>
    </section>
  );
}
