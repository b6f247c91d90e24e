import { EDUCATION_LEVELS, EMPLOYMENT_STATUSES, ID_TYPES, MARITAL_STATUSES } from '@mord/core';
import { useWatch } from 'react-hook-form';
import { SelectField } from '../../fields/choiceFields';
import { DateField } from '../../fields/DateField';
import { SaudiIdField } from '../../fields/specialFields';
import { TextField } from '../../fields/TextField';
import { useMessages } from '../../i18n/useMessages';
import { nationalityOptions } from '../nationalities';

const ID_NUMBER_LABELS = {
  border_number: 'field.idNumber.border',
  passport: 'field.idNumber.passport',
  other: 'field.idNumber.other',
} as const;

/** The identity number, named after the document she chose; the ten-digit hint only for an ID or Iqama. */
function IdNumberField() {
  const { t } = useMessages();
  // Only this field follows the type: the rest of the step does not re-render with it.
  const idType = useWatch({ name: 'applicant.idType' }) as string | undefined;
  const other = ID_NUMBER_LABELS[idType as keyof typeof ID_NUMBER_LABELS];
  return other ? (
    <SaudiIdField name="applicant.idNumber" label={t(other)} required />
  ) : (
    <SaudiIdField
      name="applicant.idNumber"
      label={t('field.idNumber')}
      hint={t('field.idNumber.hint')}
      required
    />
  );
}

/** Wizard step 1: the applicant's four-part name, identity, date of birth and circumstances. */
export function ApplicantStep() {
  const { t, locale } = useMessages();
  return (
    <>
      <div className="mord-grid">
        <TextField
          name="applicant.firstName"
          label={t('field.firstName')}
          required
          autoComplete="given-name"
        />
        <TextField name="applicant.fatherName" label={t('field.fatherName')} required />
        <TextField name="applicant.grandfatherName" label={t('field.grandfatherName')} required />
        <TextField
          name="applicant.familyName"
          label={t('field.familyName')}
          required
          autoComplete="family-name"
        />
      </div>
      <SelectField
        name="applicant.nationality"
        label={t('field.nationality')}
        options={nationalityOptions(locale)}
        required
      />
      <SelectField name="applicant.idType" label={t('field.idType')} options={ID_TYPES} required />
      <IdNumberField />
      <DateField name="applicant.dateOfBirth" label={t('field.dateOfBirth')} required />
      <SelectField
        name="applicant.maritalStatus"
        label={t('field.maritalStatus')}
        options={MARITAL_STATUSES}
        required
      />
      <SelectField
        name="applicant.education"
        label={t('field.education')}
        options={EDUCATION_LEVELS}
        required
      />
      <SelectField
        name="applicant.employment"
        label={t('field.employment')}
        options={EMPLOYMENT_STATUSES}
        required
      />
      <TextField name="applicant.occupation" label={t('field.occupation')} />
    </>
  );
}
