import { CONTACT_METHODS, REGIONS } from '@mord/core';
import { RadioGroupField, SelectField } from '../../fields/choiceFields';
import { EmailField, MobileField } from '../../fields/specialFields';
import { TextField } from '../../fields/TextField';
import { useMessages } from '../../i18n/useMessages';

/** Wizard step 2: how to reach her, and where she lives (national address optional). */
export function ContactStep() {
  const { t } = useMessages();
  return (
    <>
      <MobileField name="contact.mobile" label={t('field.mobile')} hint={t('field.mobile.hint')} required />
      <MobileField name="contact.alternateMobile" label={t('field.alternateMobile')} />
      <EmailField name="contact.email" label={t('field.email')} />
      <RadioGroupField
        name="contact.preferredContact"
        label={t('field.preferredContact')}
        options={CONTACT_METHODS}
        required
      />
      <SelectField name="address.region" label={t('field.region')} options={REGIONS} required />
      <TextField name="address.city" label={t('field.city')} required autoComplete="address-level2" />
      <TextField name="address.district" label={t('field.district')} required />
      <TextField
        name="address.nationalAddress.shortAddress"
        label={t('field.shortAddress')}
        hint={t('field.shortAddress.hint')}
        dir="ltr"
        maxLength={9}
      />
      <div className="mord-grid">
        <TextField
          name="address.nationalAddress.buildingNumber"
          label={t('field.buildingNumber')}
          inputMode="numeric"
          dir="ltr"
          maxLength={4}
        />
        <TextField
          name="address.nationalAddress.postalCode"
          label={t('field.postalCode')}
          inputMode="numeric"
          dir="ltr"
          maxLength={5}
          autoComplete="postal-code"
        />
        <TextField
          name="address.nationalAddress.additionalNumber"
          label={t('field.additionalNumber')}
          inputMode="numeric"
          dir="ltr"
          maxLength={4}
        />
      </div>
    </>
  );
}
