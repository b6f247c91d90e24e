import {
  AVAILABILITY,
  EDUCATION_LEVELS,
  REGIONS,
  type Receipt,
  VOLUNTEER_AREAS,
  volunteerApplicationSchema,
} from '@mord/core';
import { CheckboxField, CheckboxGroupField, SelectField } from '../fields/choiceFields';
import { DateField } from '../fields/DateField';
import { EmailField, MobileField, SaudiIdField } from '../fields/specialFields';
import { TextField } from '../fields/TextField';
import { useMessages } from '../i18n/useMessages';
import { SimpleForm } from './SimpleForm';

/** Props of {@link VolunteerForm}. */
export interface VolunteerFormProps {
  /** @default 'volunteer' */
  draftKey?: string;
  onSubmitted?: (receipt: Receipt) => void;
  /** Called when sending fails; the data stays in the form. */
  onError?: (error: Error) => void;
}

/** An application to the association's volunteering service. */
export function VolunteerForm(props: VolunteerFormProps) {
  const { t } = useMessages();
  return (
    <SimpleForm
      formId="volunteer"
      schema={volunteerApplicationSchema}
      draftKey={props.draftKey ?? 'volunteer'}
      title="volunteer.title"
      sent="volunteer.sent"
      onSubmitted={props.onSubmitted}
      onError={props.onError}
      defaultValues={{
        name: '',
        idNumber: '',
        dateOfBirth: { calendar: 'gregory', year: '', month: '', day: '' },
        mobile: '',
        email: '',
        region: '',
        city: '',
        education: '',
        areas: [],
        availability: [],
        hoursPerMonth: '',
        experience: '',
        channel: 'volunteering',
        consents: { processing: false },
      }}
    >
      <TextField name="name" label={t('field.name')} required autoComplete="name" />
      <SaudiIdField name="idNumber" label={t('field.idNumber')} hint={t('field.idNumber.hint')} required />
      <DateField name="dateOfBirth" label={t('field.dateOfBirth')} defaultCalendar="gregory" required />
      <MobileField name="mobile" label={t('field.mobile')} required />
      <EmailField name="email" label={t('field.email')} />
      <SelectField name="region" label={t('field.region')} options={REGIONS} required />
      <TextField name="city" label={t('field.city')} required />
      <SelectField name="education" label={t('field.education')} options={EDUCATION_LEVELS} required />
      <CheckboxGroupField name="areas" label={t('field.areas')} options={VOLUNTEER_AREAS} required />
      <CheckboxGroupField
        name="availability"
        label={t('field.availability')}
        options={AVAILABILITY}
        required
      />
      <TextField
        name="hoursPerMonth"
        label={t('field.hoursPerMonth')}
        inputMode="numeric"
        dir="ltr"
        maxLength={3}
        required
      />
      <TextField name="experience" label={t('field.experience')} rows={4} />
      <CheckboxField name="consents.processing" label={t('field.consents.volunteer')} required />
    </SimpleForm>
  );
}
