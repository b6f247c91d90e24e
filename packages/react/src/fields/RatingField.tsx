import { memo } from 'react';
import { useMord } from '../provider/useMord';
import { type BaseFieldProps, FieldShell } from './FieldShell';
import { useFieldForm } from './useFieldForm';

/** Props of {@link RatingField}. */
export interface RatingFieldProps extends BaseFieldProps {
  /** @default 1 */
  min?: number;
  /** @default 5 */
  max?: number;
  /** Words at both ends of the scale. */
  minLabel?: string;
  maxLabel?: string;
}

/**
 * A scale of radio buttons (1–5 by default). The scale follows the reading direction — lowest on the
 * right in Arabic — while the stored value is always the number.
 * @example <RatingField name="answers.csat" label="…" minLabel="غير راضية" maxLabel="راضية جدًا" required />
 */
export const RatingField = memo(function RatingField(props: RatingFieldProps) {
  const { register } = useFieldForm();
  const { formatNumber } = useMord();
  const min = props.min ?? 1;
  const max = props.max ?? 5;
  const values = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  return (
    <FieldShell {...props} group className={`mord-rating ${props.className ?? ''}`}>
      {(ids) => (
        <div className="mord-scale">
          {props.minLabel ? (
            <span className="mord-scale-end" aria-hidden="true">
              {props.minLabel}
            </span>
          ) : null}
          <div className="mord-scale-values">
            {values.map((value) => (
              <label key={value} className="mord-scale-value">
                <input
                  type="radio"
                  value={String(value)}
                  aria-describedby={ids.describedBy}
                  aria-label={
                    value === min && props.minLabel
                      ? `${formatNumber(value)} — ${props.minLabel}`
                      : value === max && props.maxLabel
                        ? `${formatNumber(value)} — ${props.maxLabel}`
                        : undefined
                  }
                  {...register(props.name)}
                />
                <span
                  aria-hidden={
                    value === min && props.minLabel
                      ? true
                      : value === max && props.maxLabel
                        ? true
                        : undefined
                  }
                >
                  {formatNumber(value)}
                </span>
              </label>
            ))}
          </div>
          {props.maxLabel ? (
            <span className="mord-scale-end" aria-hidden="true">
              {props.maxLabel}
            </span>
          ) : null}
        </div>
      )}
    </FieldShell>
  );
});

/** The Net Promoter question's 0–10 scale. */
export const NpsField = memo(function NpsField(props: Omit<RatingFieldProps, 'min' | 'max'>) {
  return <RatingField {...props} min={0} max={10} className={`mord-nps ${props.className ?? ''}`} />;
});
