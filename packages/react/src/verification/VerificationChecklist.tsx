import type { ReactNode } from 'react';
import { useMessages } from '../i18n/useMessages';

/**
 * @internal The verification checklist's boxes in a fieldset, items from the association's configuration;
 * `children` follow them (a save button in the staff review). Used in assisted intake and the review.
 */
export function VerificationChecklist(props: {
  legend: string;
  value: Record<string, boolean>;
  onChange: (next: Record<string, boolean>) => void;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const { locale, config } = useMessages();
  return (
    <fieldset className="mord-field mord-group" disabled={props.disabled}>
      <legend className="mord-label">{props.legend}</legend>
      <div className="mord-options mord-options-checkbox">
        {config.checklist.map((item) => (
          <label key={item.id} className="mord-option">
            <input
              type="checkbox"
              checked={props.value[item.id] ?? false}
              onChange={(e) => props.onChange({ ...props.value, [item.id]: e.target.checked })}
            />
            <span>{item.label[locale]}</span>
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}
