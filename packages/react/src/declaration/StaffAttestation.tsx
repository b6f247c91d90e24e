import { getDeclarationText } from '@mord/core';
import { useId } from 'react';
import { useMessages } from '../i18n/useMessages';

/** Props of {@link StaffAttestation}. */
export interface StaffAttestationProps {
  /** Whether the staff member ticked the attestation. */
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** The signed-in staff member's name, shown as who attests. */
  staffName: string;
  /** Say it must be ticked (after a submit attempt). */
  showError?: boolean;
}

/**
 * The staff member's attestation, in place of her signature, for a request taken where she could not sign
 * (a call, a letter, a message): the versioned attestation text, who attests, an unticked box, and what
 * happens next — the request waits for her own signature (a signing link or the printed copy).
 */
export function StaffAttestation(props: StaffAttestationProps) {
  const { t, locale } = useMessages();
  const id = useId();
  const { text, version } = getDeclarationText('staff-attestation', locale);
  return (
    <fieldset className="mord-field mord-group mord-attestation" aria-describedby={`${id}-next`}>
      <legend className="mord-label">{t('assisted.attestation')}</legend>
      <p className="mord-declaration-text" data-version={version}>
        {text}
      </p>
      <p>
        {t('assisted.attestedBy')} <bdi>{props.staffName}</bdi>
      </p>
      <label className="mord-option">
        <input
          type="checkbox"
          checked={props.checked}
          aria-invalid={props.showError && !props.checked ? true : undefined}
          aria-describedby={props.showError && !props.checked ? `${id}-error` : undefined}
          onChange={(event) => props.onChange(event.target.checked)}
        />
        <span>{t('assisted.attest')}</span>
      </label>
      {props.showError && !props.checked ? (
        <p id={`${id}-error`} className="mord-error" role="alert">
          {t('assisted.attestRequired')}
        </p>
      ) : null}
      <p id={`${id}-next`} className="mord-hint">
        {t('assisted.awaitsSignature')}
      </p>
    </fieldset>
  );
}
