import { INCOME_SOURCES, SOCIAL_SECURITY_STATUSES } from '@mord/core';
import { useFieldArray, useFormContext } from 'react-hook-form';
import { RadioGroupField, SelectField } from '../../fields/choiceFields';
import { MoneyField } from '../../fields/specialFields';
import { useFieldError } from '../../fields/useFieldError';
import { useMessages } from '../../i18n/useMessages';

/** Wizard step 5: income sources with monthly amounts, social security, debts. */
export function IncomeStep() {
  const { t } = useMessages();
  const { control } = useFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'income.sources' });
  const sourcesError = useFieldError('income.sources');
  return (
    <>
      <RadioGroupField
        name="income.socialSecurity"
        label={t('field.socialSecurity')}
        options={SOCIAL_SECURITY_STATUSES}
        required
      />
      <fieldset className="mord-field mord-group mord-repeat">
        <legend className="mord-label">{t('field.incomeSources')}</legend>
        {fields.map((field, index) => (
          <div key={field.id} className="mord-repeat-row mord-grid">
            <SelectField
              name={`income.sources.${index}.type`}
              label={t('field.incomeSource')}
              options={INCOME_SOURCES}
              required
            />
            <MoneyField name={`income.sources.${index}.amount`} label={t('field.incomeAmount')} required />
            <button type="button" className="mord-button mord-button-quiet" onClick={() => remove(index)}>
              {t('income.remove')}
            </button>
          </div>
        ))}
        {fields.length < INCOME_SOURCES.length ? (
          <button type="button" className="mord-button" onClick={() => append({ type: '', amount: '' })}>
            {t('income.add')}
          </button>
        ) : null}
        {sourcesError ? <p className="mord-error">{sourcesError}</p> : null}
      </fieldset>
      <MoneyField name="income.debts" label={t('field.debts')} />
    </>
  );
}
