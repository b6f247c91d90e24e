import { useId } from 'react';

/** @internal A choice of the survey form: radio buttons for a question, a select for the channel and service. */
export function SurveyChoice(props: {
  label: string;
  value: string;
  options: { id: string; label: string }[];
  onChange: (value: string) => void;
  radio?: {
    name: string;
    question: string;
    required: boolean;
    error: boolean;
    errorText: string;
    optionalText: string;
  };
  placeholder: string;
}) {
  const id = useId();
  if (props.radio) {
    const r = props.radio;
    return (
      <fieldset
        className="mord-field mord-group"
        data-state={r.error ? 'invalid' : 'valid'}
        aria-describedby={r.error ? `${id}-error` : undefined}
      >
        <legend className={r.required ? 'mord-label mord-label-required' : 'mord-label'}>
          {props.label}
          {r.required ? null : <span className="mord-optional">{r.optionalText}</span>}
        </legend>
        <div className="mord-options mord-options-radio">
          {props.options.map((option) => (
            <label key={option.id} className="mord-option">
              <input
                type="radio"
                name={`${id}-${r.name}`}
                value={option.id}
                data-question={r.question}
                checked={props.value === option.id}
                onChange={() => props.onChange(option.id)}
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
        {r.error ? (
          <p id={`${id}-error`} className="mord-error">
            {r.errorText}
          </p>
        ) : null}
      </fieldset>
    );
  }
  return (
    <div className="mord-field">
      <label className="mord-label" htmlFor={id}>
        {props.label}
      </label>
      <select
        id={id}
        className="mord-input mord-select"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
      >
        <option value="">{props.placeholder}</option>
        {props.options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
