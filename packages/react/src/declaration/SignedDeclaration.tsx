import {
  type DeclarationTextId,
  type FourPartName,
  getDeclarationText,
  isolate,
  type SignatureInput,
  signatureProblem,
  signerNameMatches,
  validationMessage,
} from '@mord/core';
import { useContext, useId, useState } from 'react';
import { AutofillContext } from '../fields/AutofillContext';
import { useMessages } from '../i18n/useMessages';
import { SignaturePad } from './SignaturePad';

/** The signer's input, before it becomes a record (core's `SignatureInput`). */
export type SignatureState = SignatureInput;

/** An empty signature: unticked, nothing drawn. */
export const EMPTY_SIGNATURE: SignatureState = {
  acknowledged: false,
  signerName: '',
  method: 'drawn',
  drawn: null,
};

/** Props of {@link SignedDeclaration}. */
export interface SignedDeclarationProps {
  value: SignatureState;
  onChange: (value: SignatureState) => void;
  /** @default 'support-request' */
  textId?: DeclarationTextId;
  /** The applicant's four-part name, to warn when the signer name does not match it. */
  applicantName?: FourPartName;
  /** Show the problems of the current signature (after a submit attempt). */
  showErrors?: boolean;
  /** The committee's period her text states, when it is not the provider's (a request taken earlier). */
  decisionDays?: number;
}

/**
 * The signed declaration: the full versioned text, an unticked acknowledgement, the signer's full name
 * (with a warning when it does not match the applicant's name), and a signature drawn on a pad or typed
 * as a keyboard-accessible alternative. Controlled; turn the value into a record with `signatureToRecord`.
 */
export function SignedDeclaration(props: SignedDeclarationProps) {
  const { t, locale, decisionDays, config } = useMessages();
  const autofill = useContext(AutofillContext);
  const id = useId();
  const [textId] = useState<DeclarationTextId>(props.textId ?? 'support-request');
  const { text, version } = getDeclarationText(textId, locale, {
    decisionDays: props.decisionDays ?? decisionDays,
    decisionWording: config.decision.wording,
  });
  const value = props.value;
  const set = (patch: Partial<SignatureState>) => props.onChange({ ...value, ...patch });
  const problem = props.showErrors ? signatureProblem(value, props.applicantName) : null;
  const mismatch =
    props.applicantName &&
    value.signerName.trim().length > 1 &&
    !signerNameMatches(value.signerName, props.applicantName)
      ? [
          props.applicantName.firstName,
          props.applicantName.fatherName,
          props.applicantName.grandfatherName,
          props.applicantName.familyName,
        ].join(' ')
      : null;
  const problemText =
    problem === 'acknowledge'
      ? t('declaration.acknowledgeRequired')
      : problem === 'name'
        ? validationMessage('required', locale)
        : problem === 'name_mismatch'
          ? validationMessage('declaration.signer_mismatch', locale)
          : problem === 'missing'
            ? validationMessage('signature.missing', locale)
            : problem === 'too_small'
              ? validationMessage('signature.too_small', locale)
              : null;

  return (
    <section
      className="mord-declaration"
      aria-labelledby={`${id}-title`}
      data-state={problem ? 'invalid' : 'valid'}
    >
      <h3 id={`${id}-title`} className="mord-section-title">
        {t('declaration.title')}
      </h3>
      <blockquote className="mord-declaration-text" data-version={version}>
        <p>{text}</p>
      </blockquote>
      <div className="mord-field mord-checkbox">
        <span className="mord-option">
          <input
            id={`${id}-ack`}
            type="checkbox"
            checked={value.acknowledged}
            aria-invalid={problem === 'acknowledge' || undefined}
            aria-describedby={problem === 'acknowledge' ? `${id}-problem` : undefined}
            onChange={(e) => set({ acknowledged: e.target.checked })}
          />
          <label htmlFor={`${id}-ack`}>{t('declaration.acknowledge')}</label>
        </span>
      </div>
      <div className="mord-field">
        <label className="mord-label" htmlFor={`${id}-name`}>
          {t('declaration.signerName')}
        </label>
        <input
          id={`${id}-name`}
          className="mord-input"
          dir="auto"
          autoComplete={autofill ? 'name' : 'off'}
          value={value.signerName}
          aria-invalid={problem === 'name' || problem === 'name_mismatch' || undefined}
          aria-describedby={
            [
              mismatch ? `${id}-mismatch` : '',
              problem === 'name' || problem === 'name_mismatch' ? `${id}-problem` : '',
            ]
              .join(' ')
              .trim() || undefined
          }
          onChange={(e) => set({ signerName: e.target.value })}
        />
        {mismatch ? (
          <p id={`${id}-mismatch`} className="mord-warning" role="status">
            {t('declaration.nameMismatch', { name: isolate(mismatch) })}
          </p>
        ) : null}
      </div>
      <fieldset className="mord-field mord-group">
        <legend className="mord-label">{t('declaration.method')}</legend>
        <div className="mord-options mord-options-radio">
          {(['drawn', 'typed'] as const).map((method) => (
            <label key={method} className="mord-option">
              <input
                type="radio"
                name={`${id}-method`}
                value={method}
                checked={value.method === method}
                onChange={() => set({ method })}
              />
              <span>{t(method === 'drawn' ? 'declaration.drawn' : 'declaration.typed')}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {value.method === 'drawn' ? (
        <SignaturePad
          value={value.drawn}
          onChange={(drawn) => set({ drawn })}
          describedBy={problem === 'missing' || problem === 'too_small' ? `${id}-problem` : undefined}
          invalid={problem === 'missing' || problem === 'too_small'}
        />
      ) : (
        <figure className="mord-typed-signature">
          <figcaption className="mord-hint">{t('declaration.typedPreview')}</figcaption>
          <p className="mord-typed-signature-text" dir="auto">
            {value.signerName || '\u00A0'}
          </p>
        </figure>
      )}
      <p id={`${id}-problem`} className="mord-error" role={problemText ? 'alert' : undefined}>
        {problemText ?? ''}
      </p>
    </section>
  );
}
