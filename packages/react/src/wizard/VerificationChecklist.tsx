import { VERIFICATION_CHECKLIST } from '@mord/core';
import type { ReactNode } from 'react';
import { useMord } from '../provider/useMord';

/** The documents a staff member matches against the request, in assisted mode and in the staff review (core's list). */
export const ASSISTED_CHECKLIST = VERIFICATION_CHECKLIST;

/** @internal The checklist's boxes in a fieldset; `children` follow them (a save button in the review). */
export function VerificationChecklist(props: {
  legend: string;
  value: Record<string, boolean>;
  onChange: (next: Record<string, boolean>) => void;
  disabled?: boolean;
  children?: ReactNode;
}) {
  const { t } = useMord();
  return (
    <fieldset className="mord-field mord-group" disabled={props.disabled}>
      <legend className="mord-label">{props.legend}</legend>
      <div className="mord-options mord-options-checkbox">
        {ASSISTED_CHECKLIST.map((item) => (
          <label key={item} className="mord-option">
            <input
              type="checkbox"
              checked={props.value[item] ?? false}
              onChange={(e) => props.onChange({ ...props.value, [item]: e.target.checked })}
            />
            <span>{t(`assisted.check.${item}`)}</span>
          </label>
        ))}
      </div>
      {props.children}
    </fieldset>
  );
}
