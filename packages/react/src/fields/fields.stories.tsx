import {
  amountSchema,
  dateSchema,
  ibanSchema,
  mobileSchema,
  REGIONS,
  SOCIAL_SECURITY_STATUSES,
  SUPPORT_TYPES,
  saudiIdSchema,
  text,
} from '@mord/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import * as z from 'zod/mini';
import { useMessages } from '../i18n/useMessages';
import { StoryForm } from '../testing/StoryForm';
import { CheckboxGroupField, RadioGroupField, SelectField } from './choiceFields';
import { DateField } from './DateField';
import { FileField } from './FileField';
import { HouseholdMembersField } from './HouseholdMembersField';
import { NpsField, RatingField } from './RatingField';
import { IbanField, MobileField, MoneyField, SaudiIdField } from './specialFields';
import { TextField } from './TextField';

const schema = z.object({
  name: text(60),
  id: saudiIdSchema,
  mobile: mobileSchema,
  iban: ibanSchema,
  amount: amountSchema({ min: 1 }),
  region: z.enum(['riyadh']),
  support: z.array(z.string()).check(z.minLength(1)),
  ss: z.enum(['yes', 'no', 'pending']),
  dob: dateSchema({ past: true }),
});

const values = {
  name: '',
  id: '١٠٠٠٠٠٠٠٠٧',
  mobile: '0521',
  iban: 'SA00',
  amount: '',
  region: '',
  support: [],
  ss: '',
  dob: { calendar: 'islamic-umalqura', year: '1445', month: '1', day: '30' },
  household: [],
  attachments: [],
  rating: '',
  nps: '',
};

function AllFields() {
  const { t } = useMessages();
  return (
    <>
      <TextField name="name" label={t('field.firstName')} required />
      <SaudiIdField name="id" label={t('field.idNumber')} hint={t('field.idNumber.hint')} required />
      <MobileField name="mobile" label={t('field.mobile')} hint={t('field.mobile.hint')} required />
      <IbanField name="iban" label={t('field.iban')} hint={t('field.iban.hint')} required />
      <MoneyField name="amount" label={t('field.annualRent')} required />
      <SelectField name="region" label={t('field.region')} options={REGIONS} required />
      <CheckboxGroupField
        name="support"
        label={t('field.supportTypes')}
        options={SUPPORT_TYPES.slice(0, 4)}
        required
      />
      <RadioGroupField
        name="ss"
        label={t('field.socialSecurity')}
        options={SOCIAL_SECURITY_STATUSES}
        required
      />
      <DateField name="dob" label={t('field.dateOfBirth')} required />
    </>
  );
}

const meta = {
  title: 'Fields/All fields',
  component: StoryForm,
  args: { defaultValues: values, children: null },
} satisfies Meta<typeof StoryForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every field, empty or as typed, in the toolbar's locale. */
export const Fields: Story = {
  render: () => (
    <StoryForm defaultValues={values}>
      <AllFields />
    </StoryForm>
  ),
};

/** The same fields with their validation errors shown. */
export const WithErrors: Story = {
  render: () => (
    <StoryForm schema={schema} defaultValues={values} showErrors>
      <AllFields />
    </StoryForm>
  ),
};

/** Household members as repeatable rows. */
export const Household: Story = {
  render: () => (
    <StoryForm defaultValues={{ household: [] }}>
      <HouseholdMembersField />
    </StoryForm>
  ),
};

function Documents() {
  const { t } = useMessages();
  return <FileField label={t('field.attachments')} />;
}

/** Document upload with type and size checks. */
export const Files: Story = {
  render: () => (
    <StoryForm defaultValues={{ attachments: [] }}>
      <Documents />
    </StoryForm>
  ),
};

/** Satisfaction scales: 1–5 and the 0–10 recommendation scale, ordered right to left in Arabic. */
export const Scales: Story = {
  render: () => (
    <StoryForm defaultValues={{ rating: '', nps: '' }}>
      <RatingField name="rating" label="CSAT" minLabel="1" maxLabel="5" required />
      <NpsField name="nps" label="NPS" required />
    </StoryForm>
  ),
};
