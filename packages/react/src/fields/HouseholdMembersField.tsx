import { GENDERS, MAX_HOUSEHOLD_MEMBERS, MEMBER_STATUSES, RELATIONS } from '@mord/core';
import { memo } from 'react';
import { useFieldArray } from 'react-hook-form';
import { useMessages } from '../i18n/useMessages';
import { SelectField } from './choiceFields';
import { DateField } from './DateField';
import { MoneyField, SaudiIdField } from './specialFields';
import { TextField } from './TextField';
import { useFieldForm } from './useFieldForm';

/** An empty household member row. */
export function emptyHouseholdMember() {
  return {
    name: '',
    relation: '',
    gender: '',
    idNumber: '',
    dateOfBirth: { calendar: 'islamic-umalqura', year: '', month: '', day: '' },
    status: '',
    monthlyIncome: '',
    healthCondition: '',
  };
}

/** Props of {@link HouseholdMembersField}. */
export interface HouseholdMembersFieldProps {
  /** @default 'household' */
  name?: string;
  /** @default 30 */
  max?: number;
  /** Ask about health or disability (sensitive data). @default true */
  askHealth?: boolean;
}

/**
 * The household as repeatable rows: name, relation, gender, ID, date of birth, study or work, income,
 * and (optionally) health. Adding moves focus into the new row; removing keeps the others' values.
 */
export const HouseholdMembersField = memo(function HouseholdMembersField(props: HouseholdMembersFieldProps) {
  const name = props.name ?? 'household';
  const { control, setFocus } = useFieldForm();
  const { fields, append, remove } = useFieldArray({ control, name });
  const { t } = useMessages();
  const max = props.max ?? MAX_HOUSEHOLD_MEMBERS;
  return (
    <div className="mord-repeat">
      {fields.length === 0 ? <p className="mord-hint">{t('household.empty')}</p> : null}
      {fields.map((field, index) => {
        const base = `${name}.${index}`;
        return (
          <fieldset key={field.id} className="mord-repeat-row">
            <legend className="mord-label">{t('household.member', { n: index + 1 })}</legend>
            <TextField name={`${base}.name`} label={t('field.memberName')} required />
            <SelectField name={`${base}.relation`} label={t('field.relation')} options={RELATIONS} required />
            <SelectField name={`${base}.gender`} label={t('field.gender')} options={GENDERS} required />
            <SaudiIdField name={`${base}.idNumber`} label={t('field.memberIdNumber')} />
            <DateField name={`${base}.dateOfBirth`} label={t('field.dateOfBirth')} required />
            <SelectField
              name={`${base}.status`}
              label={t('field.status')}
              options={MEMBER_STATUSES}
              required
            />
            <MoneyField name={`${base}.monthlyIncome`} label={t('field.monthlyIncome')} />
            {props.askHealth === false ? null : (
              <TextField
                name={`${base}.healthCondition`}
                label={t('field.healthCondition')}
                hint={t('field.healthCondition.hint')}
              />
            )}
            <button type="button" className="mord-button mord-button-quiet" onClick={() => remove(index)}>
              {t('household.remove', { n: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      {fields.length < max ? (
        <button
          type="button"
          className="mord-button"
          onClick={() => {
            append(emptyHouseholdMember(), { shouldFocus: false });
            // Focus the new row's first input once it is rendered.
            queueMicrotask(() => setFocus(`${name}.${fields.length}.name`));
          }}
        >
          {t('household.add')}
        </button>
      ) : null}
    </div>
  );
});
