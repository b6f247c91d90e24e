import { formatDualDate, getDeclarationText, type StaffRequestRecord } from '@mord/core';
import { encode } from 'uqr';
import { useStaffMessages } from '../i18n/useStaffMessages';
import { RequestSummary } from '../review/RequestSummary';

/** A QR code of a short text as SVG squares, for a scanner at the desk. */
function QrCode(props: { text: string; label: string }) {
  const { data, size } = encode(props.text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  return (
    <svg viewBox={`0 0 ${size} ${size}`} className="mord-qr" role="img" aria-label={props.label}>
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

/** Props of {@link PrintableRequest}. */
export interface PrintableRequestProps {
  /** A support request taken for her, waiting for her signature. */
  request: StaffRequestRecord;
  /** Its verification code (`StaffApi.printCode`). */
  code: string;
}

/**
 * The paper copy she signs of a request taken for her by phone or letter: her reference, every section as
 * taken, her declaration's text (in the language of her request, with the period in force), lines for her
 * name, signature and date, and the verification code with its QR code — which staff type or scan to
 * record her signature. Render it inside a `MordProvider` in her locale; it prints alone (`window.print`).
 */
export function PrintableRequest(props: PrintableRequestProps) {
  const { t, locale, numberingSystem, config } = useStaffMessages();
  const { request } = props;
  const declaration = getDeclarationText('support-request', locale, {
    decisionDays: request.decisionDays,
    decisionWording: config.decision.wording,
  });
  return (
    <article className="mord-print" aria-labelledby="mord-print-title">
      <h2 id="mord-print-title" className="mord-title">
        {t('print.title')}
      </h2>
      <p>
        {t('status.reference')}: <bdi dir="ltr">{request.reference}</bdi> —{' '}
        {formatDualDate(request.submittedAt, { locale, numberingSystem, dateStyle: 'medium' })}
      </p>
      <RequestSummary
        data={request.data}
        sectionTitle={(section) => t(`wizard.step.${section}`)}
        regions={false}
      />
      <section aria-labelledby="mord-print-declaration">
        <h3 id="mord-print-declaration" className="mord-section-title">
          {t('print.declaration')}
        </h3>
        <p className="mord-declaration-text" data-version={declaration.version}>
          {declaration.text}
        </p>
        <dl className="mord-print-lines">
          <div>
            <dt>{t('print.name')}</dt>
            <dd />
          </div>
          <div>
            <dt>{t('print.signature')}</dt>
            <dd />
          </div>
          <div>
            <dt>{t('print.date')}</dt>
            <dd />
          </div>
        </dl>
      </section>
      <footer className="mord-print-code">
        <QrCode text={props.code} label={t('print.codeLabel', { code: props.code })} />
        <p>
          {t('print.code')}{' '}
          <bdi dir="ltr" className="mord-key">
            {props.code}
          </bdi>
        </p>
      </footer>
    </article>
  );
}
