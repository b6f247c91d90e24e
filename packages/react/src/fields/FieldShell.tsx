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

/** @internal Label, hint and error around one input, with the ARIA wiring between them. */
export function FieldShell(
  props: BaseFieldProps & { children: (ids: FieldIds) => ReactNode; group?: boolean; inlineLabel?: boolean },
) {
  const { t } = useMord();
  const id = useId();
  const error = useFieldError(props.name);
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const ids: FieldIds = {
    inputId: `${id}-input`,
    describedBy,
    invalid: Boolean(error),
    required: Boolean(props.required),
  };
  const marker = props.required ? (
    <span className="mord-required" aria-hidden="true">
      {' *'}
    </span>
  ) : (
    <span className="mord-optional">{` (${t('common.optional')})`}</span>
  );
  const state = error ? 'invalid' : 'valid';
  const body = (
    <>
      {props.hint ? (
        <p id={hintId} className="mord-hint">
          {props.hint}
        </p>
      ) : null}
      {props.children(ids)}
      {error ? (
        <p id={errorId} className="mord-error">
          {error}
        </p>
      ) : null}
    </>
  );
  if (props.group) {
    return (
      <fieldset
        className={`mord-field mord-group ${props.className ?? ''}`}
        data-state={state}
        aria-describedby={describedBy}
        aria-invalid={ids.invalid || undefined}
      >
        <legend className="mord-label">
          {props.label}
          {marker}
        </legend>
        {body}
      </fieldset>
    );
  }
  return (
    <div className={`mord-field ${props.className ?? ''}`} data-state={state}>
      {props.inlineLabel ? null : (
        <label className="mord-label" htmlFor={ids.inputId}>
          {props.label}
          {marker}
        </label>
      )}
      {body}
    </div>
  );
}
