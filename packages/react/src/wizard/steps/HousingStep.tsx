import { HOUSING_OWNERSHIPS, HOUSING_TYPES, requiresRent } from '@mord/core';
import { SelectField } from '../../fields/choiceFields';
import { MoneyField } from '../../fields/specialFields';
import { useMessages } from '../../i18n/useMessages';
import { When } from '../When';

/** Wizard step 3: the dwelling; the rent is asked only when it is rented. */
export function HousingStep() {
  const { t } = useMessages();
  return (
    <>
      <SelectField name="housing.type" label={t('field.housingType')} options={HOUSING_TYPES} required />
      <SelectField
        name="housing.ownership"
        label={t('field.ownership')}
        options={HOUSING_OWNERSHIPS}
        required
      />
      <When name="housing.ownership" is={requiresRent}>
        <MoneyField name="housing.annualRent" label={t('field.annualRent')} required />
      </When>
    </>
  );
}
