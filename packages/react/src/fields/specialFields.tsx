import { memo } from 'react';
import { useMessages } from '../i18n/useMessages';
import type { BaseFieldProps } from './FieldShell';
import { TextField } from './TextField';

/**
 * A Saudi national ID or Iqama number: left-to-right inside Arabic forms, numeric keyboard, Arabic-Indic
 * digits accepted (the schema normalises them).
 */
export const SaudiIdField = memo(function SaudiIdField(props: BaseFieldProps) {
  return <TextField inputMode="numeric" dir="ltr" maxLength={16} autoComplete="off" {...props} />;
});

/** A Saudi mobile number (`05…`, `+966…`, any digits), left-to-right with the phone keyboard. */
export const MobileField = memo(function MobileField(props: BaseFieldProps) {
  return <TextField type="tel" inputMode="tel" dir="ltr" autoComplete="tel" maxLength={20} {...props} />;
});

/** An e-mail address, left-to-right, with the e-mail keyboard. */
export const EmailField = memo(function EmailField(props: BaseFieldProps) {
  return <TextField type="email" inputMode="email" dir="ltr" autoComplete="email" {...props} />;
});

/** A Saudi IBAN, left-to-right; spaces and lower case are accepted. */
export const IbanField = memo(function IbanField(props: BaseFieldProps) {
  return <TextField dir="ltr" autoComplete="off" maxLength={34} {...props} />;
});

/** An amount in riyals: Arabic-Indic digits and the Arabic separators ٬ ٫ are accepted. */
export const MoneyField = memo(function MoneyField(props: BaseFieldProps) {
  const { t } = useMessages();
  return <TextField inputMode="decimal" dir="ltr" maxLength={16} suffix={t('common.currency')} {...props} />;
});
