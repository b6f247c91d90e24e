import { QUESTION_SCALES, type SurveyQuestion } from '@mord/core';
import { useId } from 'react';

/** @internal A scale question of the survey form (controlled, without react-hook-form, for the survey bundle). */
export function SurveyScale(props: {
  question: SurveyQuestion;
  label: string;
  value: string;
  error: boolean;
  errorText: string;
  onChange: (value: string) => void;
  format: (n: number) => string;
  ends: [string, string];
  optionalText: string;
}) {
  const id = useId();
  const { min, max } = QUESTION_SCALES[props.question.kind as keyof typeof QUESTION_SCALES];
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <fieldset
      className="mord-field mord-group mord-rating"
      data-state={props.error ? 'invalid' : 'valid'}
      aria-describedby={props.error ? `${id}-error` : undefined}
      aria-invalid={props.error || undefined}
    >
      <legend className={props.question.required ? 'mord-label mord-label-required' : 'mord-label'}>
        {props.label}
        {props.question.required ? null : <span className="mord-optional">{props.optionalText}</span>}
      </legend>
      <div className="mord-scale">
        <span className="mord-scale-end" aria-hidden="true">
          {props.ends[0]}
        </span>
        <div className="mord-scale-values">
          {values.map((value) => {
            const end = value === min ? props.ends[0] : value === max ? props.ends[1] : null;
            return (
              <label key={value} className="mord-scale-value">
                <input
                  type="radio"
                  name={`${id}-${props.question.id}`}
                  value={String(value)}
                  checked={props.value === String(value)}
                  data-question={props.question.id}
                  aria-label={end ? `${props.format(value)} — ${end}` : undefined}
                  onChange={() => props.onChange(String(value))}
                />
                <span aria-hidden={end ? true : undefined}>{props.format(value)}</span>
              </label>
            );
          })}
        </div>
        <span className="mord-scale-end" aria-hidden="true">
          {props.ends[1]}
        </span>
      </div>
      {props.error ? (
        <p id={`${id}-error`} className="mord-error">
          {props.errorText}
        </p>
      ) : null}
    </fieldset>
  );
}
