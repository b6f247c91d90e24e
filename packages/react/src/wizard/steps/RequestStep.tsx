import { CHANNEL_ANSWERS, optionLabel, requiredDocuments, requiresIban } from '@mord/core';
import { useWatch } from 'react-hook-form';
import { CheckboxGroupField, SelectField } from '../../fields/choiceFields';
import { FileField } from '../../fields/FileField';
import { IbanField } from '../../fields/specialFields';
import { TextField } from '../../fields/TextField';
import { useFieldForm } from '../../fields/useFieldForm';
import { useMessages } from '../../i18n/useMessages';
import { When } from '../When';

/** The documents the chosen services require, as a hint above the upload (re-renders only when the choice changes). */
function RequiredDocuments() {
  const { t, locale, config } = useMessages();
  const { control } = useFieldForm();
  const supportTypes = useWatch({ control, name: 'request.supportTypes' }) as string[] | undefined;
  const required = requiredDocuments(supportTypes, config);
  if (required.length === 0) return null;
  return (
    <div className="mord-hint" data-testid="required-documents">
      <p>{t('field.attachments.required')}</p>
      <ul>
        {required.map((id) => (
          <li key={id}>{optionLabel(config.documents, id, locale)}</li>
        ))}
      </ul>
    </div>
  );
}

/** Wizard step 6: the support asked for, the need, the channel (assisted mode), the IBAN for cash support, documents. */
export function RequestStep(props: { assisted: boolean }) {
  const { t, config } = useMessages();
  return (
    <>
      <CheckboxGroupField
        name="request.supportTypes"
        label={t('field.supportTypes')}
        options={config.services}
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
        <SelectField
          name="request.channel"
          label={t('assisted.channel')}
          options={CHANNEL_ANSWERS}
          required
        />
      ) : null}
      <When name="request.supportTypes" is={(types) => requiresIban(types as string[], config)}>
        <IbanField name="request.iban" label={t('field.iban')} hint={t('field.iban.hint')} required />
      </When>
      <RequiredDocuments />
      <FileField name="attachments" label={t('field.attachments')} />
    </>
  );
}
