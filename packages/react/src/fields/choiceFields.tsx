import type { Locale } from '@mord/core';
import { memo } from 'react';
import { useMord } from '../provider/useMord';
import { type BaseFieldProps, FieldShell, renderFieldShell, useFieldShell } from './FieldShell';
import { registerInput } from './registerInput';
import { useFieldForm } from './useFieldForm';

/** A choice: the stored id and its label in every locale (as in `@mord/core` option lists) or a plain label. */
export interface ChoiceOption {
  id: string;
  label: string | Record<Locale, string>;
}

function labelOf(option: ChoiceOption, locale: Locale): string {
  return typeof option.label === 'string' ? option.label : option.label[locale];
}

/** Props of the choice fields. */
export interface ChoiceFieldProps extends BaseFieldProps {
  options: readonly ChoiceOption[];
}

/**
 * A drop-down list; the stored value is the option id. Labels come from option lists and are rendered as text.
 * @example <SelectField name="address.region" label="المنطقة" options={REGIONS} required />
 */
export const SelectField = memo(function SelectField(props: ChoiceFieldProps) {
  const form = useFieldForm();
  const { locale, t } = useMord();
  const state = useFieldShell(props);
  const { ids } = state;
  return renderFieldShell(
    props,
    state,
    <select
      id={ids.inputId}
      className="mord-input mord-select"
      aria-invalid={ids.invalid || undefined}
      aria-describedby={ids.describedBy}
      aria-required={ids.required || undefined}
      {...registerInput(form, props.name)}
    >
      <option value="">{t('common.choose')}</option>
      {props.options.map((option) => (
        <option key={option.id} value={option.id}>
          {labelOf(option, locale)}
        </option>
      ))}
    </select>,
  );
});

function OptionInputs(
  props: ChoiceFieldProps & { type: 'radio' | 'checkbox'; describedBy: string | undefined; invalid: boolean },
) {
  const { register } = useFieldForm();
  const { locale } = useMord();
  return (
    <div className={`mord-options mord-options-${props.type}`}>
      {props.options.map((option) => (
        <label key={option.id} className="mord-option">
          <input
            type={props.type}
            value={option.id}
            aria-describedby={props.describedBy}
            aria-invalid={props.invalid || undefined}
            {...register(props.name)}
          />
          <span>{labelOf(option, locale)}</span>
        </label>
      ))}
    </div>
  );
}

/** A group of radio buttons in a fieldset; arrow keys move between options. */
export const RadioGroupField = memo(function RadioGroupField(props: ChoiceFieldProps) {
  return (
    <FieldShell {...props} group>
      {(ids) => <OptionInputs {...props} type="radio" describedBy={ids.describedBy} invalid={ids.invalid} />}
    </FieldShell>
  );
});

/** A group of checkboxes whose value is the array of ticked ids. */
export const CheckboxGroupField = memo(function CheckboxGroupField(props: ChoiceFieldProps) {
  return (
    <FieldShell {...props} group>
      {(ids) => (
        <OptionInputs {...props} type="checkbox" describedBy={ids.describedBy} invalid={ids.invalid} />
      )}
    </FieldShell>
  );
});

/** One checkbox for a yes/no consent; never pre-ticked. */
export const CheckboxField = memo(function CheckboxField(props: BaseFieldProps) {
  const { register } = useFieldForm();
  return (
    <FieldShell {...props} inlineLabel className={`mord-checkbox ${props.className ?? ''}`}>
      {(ids) => (
        <span className="mord-option">
          <input
            id={ids.inputId}
            type="checkbox"
            aria-invalid={ids.invalid || undefined}
            aria-describedby={ids.describedBy}
            aria-required={ids.required || undefined}
            {...register(props.name)}
          />
          <label htmlFor={ids.inputId}>{props.label}</label>
        </span>
      )}
    </FieldShell>
  );
});
