import { type ReactNode, useId } from 'react';
import { useMord } from '../provider/useMord';
import { useFieldError } from './useFieldError';

/** Ids and state an input needs to be tied to its label, hint and error. */
export interface FieldIds {
  inputId: string;
  describedBy: string | undefined;
  invalid: boolean;
  required: boolean;
}

/** Props shared by every field component. */
export interface BaseFieldProps {
  /** Path of the value in the form (`applicant.firstName`, `household.0.name`). */
  name: string;
  /** Visible label; rendered as text, never as HTML. */
  label: string;
  /** Help shown under the label. */
  hint?: string;
  /** Marks the field as required for assistive technology and sighted users. @default false */
  required?: boolean;
  className?: string;
}

/** @internal What the shell computed for a field: ids, error and the marker. */
export interface FieldShellState {
  ids: FieldIds;
  error: string | undefined;
  hintId: string | undefined;
  errorId: string | undefined;
  optionalText: string;
}

/** @internal The hooks of a field's shell, for field components that render the shell themselves. */
export function useFieldShell(props: BaseFieldProps): FieldShellState {
  const { t } = useMord();
  const id = useId();
  const error = useFieldError(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = hintId ? (errorId ? `${hintId} ${errorId}` : hintId) : errorId;
  return {
    ids: { inputId: `${id}-input`, describedBy, invalid: Boolean(error), required: Boolean(props.required) },
    error,
    hintId,
    errorId,
    // Formatted only for optional fields: a long form has hundreds of required ones.
    optionalText: props.required ? '' : ` (${t('common.optional')})`,
  };
}

/**
 * @internal Renders label, hint, input and error with their ARIA wiring. A plain function, not a
 * component: a form renders hundreds of fields, and one fiber less per field shows in the benchmark.
 */
export function renderFieldShell(
  props: BaseFieldProps & { group?: boolean; inlineLabel?: boolean },
  state: FieldShellState,
  input: ReactNode,
) {
  const { ids, error } = state;
  // The required asterisk is drawn by CSS (`.mord-label-required`): one element less per field, and
  // assistive technology learns "required" from the input itself.
  const marker = props.required ? null : <span className="mord-optional">{state.optionalText}</span>;
  const labelClass = props.required ? 'mord-label mord-label-required' : 'mord-label';
  const dataState = error ? 'invalid' : 'valid';
  const hint = props.hint ? (
    <p id={state.hintId} className="mord-hint">
      {props.hint}
    </p>
  ) : null;
  const message = error ? (
    <p id={state.errorId} className="mord-error">
      {error}
    </p>
  ) : null;
  if (props.group) {
    return (
      <fieldset
        className={`mord-field mord-group ${props.className ?? ''}`}
        data-state={dataState}
        aria-describedby={ids.describedBy}
        aria-invalid={ids.invalid || undefined}
      >
        <legend className={labelClass}>
          {props.label}
          {marker}
        </legend>
        {hint}
        {input}
        {message}
      </fieldset>
    );
  }
  return (
    <div className={`mord-field ${props.className ?? ''}`} data-state={dataState}>
      {props.inlineLabel ? null : (
        <label className={labelClass} htmlFor={ids.inputId}>
          {props.label}
          {marker}
        </label>
      )}
      {hint}
      {input}
      {message}
    </div>
  );
}

/** @internal Label, hint and error around one input, with the ARIA wiring between them. */
export function FieldShell(
  props: BaseFieldProps & { children: (ids: FieldIds) => ReactNode; group?: boolean; inlineLabel?: boolean },
) {
  const state = useFieldShell(props);
  return renderFieldShell(props, state, props.children(state.ids));
}
