import type { HTMLInputTypeAttribute } from 'react';
import { memo, useContext } from 'react';
import { AutofillContext } from './AutofillContext';
import { type BaseFieldProps, renderFieldShell, useFieldShell } from './FieldShell';
import { registerInput } from './registerInput';
import { useFieldForm } from './useFieldForm';

/** Props of {@link TextField}. */
export interface TextFieldProps extends BaseFieldProps {
  type?: HTMLInputTypeAttribute;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'tel' | 'email';
  autoComplete?: string;
  /** Direction of the typed text; `ltr` for numbers and codes inside Arabic forms. @default 'auto' */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** A multi-line text area with this many rows. */
  rows?: number;
  maxLength?: number;
  /** Text shown after the input, such as a currency. */
  suffix?: string;
}

/**
 * A labelled text input bound to the surrounding react-hook-form form. Uncontrolled: typing does not
 * re-render the form; only this field re-renders when its error changes.
 * @example <TextField name="applicant.firstName" label="الاسم الأول" required />
 */
export const TextField = memo(function TextField(props: TextFieldProps) {
  const form = useFieldForm();
  const autofill = useContext(AutofillContext);
  const state = useFieldShell(props);
  const { ids } = state;
  const common = {
    id: ids.inputId,
    className: 'mord-input',
    dir: props.dir ?? 'auto',
    'aria-invalid': ids.invalid || undefined,
    'aria-describedby': ids.describedBy,
    'aria-required': ids.required || undefined,
    maxLength: props.maxLength,
    ...registerInput(form, props.name),
  };
  const input = props.rows ? (
    <textarea rows={props.rows} {...common} />
  ) : (
    <input
      type={props.type ?? 'text'}
      inputMode={props.inputMode}
      autoComplete={autofill ? (props.autoComplete ?? 'off') : 'off'}
      {...common}
    />
  );
  return renderFieldShell(
    props,
    state,
    props.suffix ? (
      <div className="mord-affix">
        {input}
        <span className="mord-suffix">{props.suffix}</span>
      </div>
    ) : (
      input
    ),
  );
});
