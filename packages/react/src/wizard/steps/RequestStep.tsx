import { CASH_SUPPORT_TYPES, CHANNELS, SUPPORT_TYPES } from '@mord/core';
import { CheckboxGroupField, SelectField } from '../../fields/choiceFields';
import { FileField } from '../../fields/FileField';
import { IbanField } from '../../fields/specialFields';
import { TextField } from '../../fields/TextField';
import { useMord } from '../../provider/useMord';
import { When } from '../When';

const needsIban = (value: unknown) =>
  Array.isArray(value) && value.some((v) => (CASH_SUPPORT_TYPES as readonly string[]).includes(v as string));

/** Wizard step 6: the support asked for, the need, the channel (assisted mode), the IBAN for cash support, documents. */
export function RequestStep(props: { assisted: boolean }) {
  const { t } = useMord();
  return (
    <>
      <CheckboxGroupField
        name="request.supportTypes"
        label={t('field.supportTypes')}
        options={SUPPORT_TYPES}
        required
      />
      <TextField
        name="request.description"
        label={t('field.description')}
        rows={5}
        maxLength={2000}
        required
      />
      {props.assisted ? (
        <SelectField name="request.channel" label={t('assisted.channel')} options={CHANNELS} required />
      ) : null}
      <When name="request.supportTypes" is={needsIban}>
        <IbanField name="request.iban" label={t('field.iban')} hint={t('field.iban.hint')} required />
      </When>
      <FileField name="attachments" label={t('field.attachments')} />
    </>
  );
}
