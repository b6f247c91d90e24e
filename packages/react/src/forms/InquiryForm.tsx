import {
  CHANNELS,
  type Channel,
  CONTACT_METHODS,
  INQUIRY_TOPICS,
  inquirySchema,
  type Receipt,
  type StaffApi,
} from '@mord/core';
import { CheckboxField, RadioGroupField, SelectField } from '../fields/choiceFields';
import { EmailField, MobileField } from '../fields/specialFields';
import { TextField } from '../fields/TextField';
import { useMessages } from '../i18n/useMessages';
import { SimpleForm } from './SimpleForm';

/** Props of {@link InquiryForm}. */
export interface InquiryFormProps {
  /** The channel of the question; staff answering a call pick `phone`. @default 'website' */
  channel?: Channel;
  /** Let staff choose the channel (assisted mode). @default false */
  chooseChannel?: boolean;
  /**
   * The signed-in staff member taking the question for her (phone, interview, letter, branch): sent
   * through the staff route, which alone accepts those channels.
   */
  staff?: Pick<StaffApi, 'actor' | 'submit'>;
  /** @default 'inquiry' */
  draftKey?: string;
  onSubmitted?: (receipt: Receipt) => void;
  /** Called when sending fails; the data stays in the form. */
  onError?: (error: Error) => void;
}

/** A question to the association through any of its channels. */
export function InquiryForm(props: InquiryFormProps) {
  const { t } = useMessages();
  return (
    <SimpleForm
      formId="inquiry"
      schema={inquirySchema}
      draftKey={props.draftKey ?? 'inquiry'}
      title="inquiry.title"
      sent="inquiry.sent"
      onSubmitted={props.onSubmitted}
      onError={props.onError}
      {...(props.staff ? { staff: props.staff } : {})}
      defaultValues={{
        name: '',
        mobile: '',
        email: '',
        preferredContact: 'phone',
        topic: '',
        message: '',
        channel: props.channel ?? 'website',
        consents: { processing: false },
      }}
    >
      <TextField name="name" label={t('field.name')} required autoComplete="name" />
      <MobileField name="mobile" label={t('field.mobile')} hint={t('field.mobile.hint')} required />
      <EmailField name="email" label={t('field.email')} />
      <RadioGroupField
        name="preferredContact"
        label={t('field.preferredContact')}
        options={CONTACT_METHODS}
        required
      />
      <SelectField name="topic" label={t('field.topic')} options={INQUIRY_TOPICS} required />
      <TextField name="message" label={t('field.message')} rows={5} maxLength={2000} required />
      {props.chooseChannel ? (
        <SelectField name="channel" label={t('field.channel')} options={CHANNELS} required />
      ) : null}
      <CheckboxField name="consents.processing" label={t('field.consents.inquiry')} required />
    </SimpleForm>
  );
}
