import {
  formatDate,
  hijriToGregorian,
  normalizeDigits,
  resolveEnteredDate,
  validationMessage,
} from '@mord/core';
import { memo, useId, useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useMessages } from '../i18n/useMessages';
import { type BaseFieldProps, FieldShell } from './FieldShell';
import { registerInput } from './registerInput';
import { useFieldError } from './useFieldError';
import { useFieldForm } from './useFieldForm';

type Calendar = 'islamic-umalqura' | 'gregory';

/**
 * Each month as «٧ — رجب»: her ID card and Absher write dates as numbers (١٤٠٥/٠٧/٠١), so the number
 * leads and the name follows.
 */
function monthNames(locale: string, calendar: Calendar, numbering: string): string[] {
  const number = new Intl.NumberFormat(`${locale}-u-nu-${numbering}`);
  return Array.from({ length: 12 }, (_, i) => {
    // A mid-month day of a recent year gives each month's name in that calendar.
    const iso =
      calendar === 'gregory'
        ? `2001-${String(i + 1).padStart(2, '0')}-15`
        : hijriToGregorian({ year: 1446, month: i + 1, day: 15 });
    const name = new Intl.DateTimeFormat(`${locale}-u-ca-${calendar}-nu-${numbering}`, {
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(`${iso}T00:00:00Z`));
    return `${number.format(i + 1)} — ${name}`;
  });
}

function toNumber(value: unknown): number | null {
  const text = normalizeDigits(String(value ?? '')).trim();
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Props of {@link DateField}. */
export interface DateFieldProps extends BaseFieldProps {
  /** Calendar offered first when the field is empty. @default 'islamic-umalqura' */
  defaultCalendar?: Calendar;
}

/**
 * A date entered in the Umm al-Qura (Hijri) or Gregorian calendar with an explicit toggle, showing the
 * same day in the other calendar as it is typed. A Hijri day the month does not have is flagged at once
 * and rejected by the schema, never moved to another day.
 * @example <DateField name="applicant.dateOfBirth" label="تاريخ الميلاد" required />
 */
export const DateField = memo(function DateField(props: DateFieldProps) {
  const form = useFieldForm();
  const { t, locale, numberingSystem } = useMessages();
  const id = useId();
  const value = useWatch({ name: props.name }) as
    | { calendar?: Calendar; year?: unknown; month?: unknown; day?: unknown }
    | undefined;
  const calendar: Calendar = value?.calendar ?? props.defaultCalendar ?? 'islamic-umalqura';
  const months = useMemo(
    () => monthNames(locale, calendar, numberingSystem),
    [locale, calendar, numberingSystem],
  );
  const dayError = useFieldError(`${props.name}.day`);
  const yearError = useFieldError(`${props.name}.year`);
  const monthError = useFieldError(`${props.name}.month`);

  const year = toNumber(value?.year);
  const month = toNumber(value?.month);
  const day = toNumber(value?.day);
  let live: { kind: 'equivalent' | 'invalid'; text: string } | null = null;
  if (year && month && day) {
    const resolved = resolveEnteredDate({ calendar, year, month, day });
    if ('iso' in resolved) {
      const other = calendar === 'gregory' ? 'islamic-umalqura' : 'gregory';
      live = {
        kind: 'equivalent',
        text: t('date.equivalent', {
          date: formatDate(resolved.iso, { locale, calendar: other, numberingSystem }),
        }),
      };
    } else if (resolved.error === 'month_length') {
      live = {
        kind: 'invalid',
        text: validationMessage(
          'date.hijri_month_length',
          locale,
          { days: resolved.days },
          { numberingSystem },
        ),
      };
    }
  }
  const partError = (error: string | undefined) => error !== undefined;
  const liveId = `${id}-live`;

  return (
    <FieldShell {...props} group className={`mord-date ${props.className ?? ''}`}>
      {(ids) => {
        const describedBy =
          [ids.describedBy, live ? liveId : undefined].filter(Boolean).join(' ') || undefined;
        return (
          <>
            <div
              className="mord-options mord-options-radio mord-calendar"
              role="radiogroup"
              aria-label={t('date.calendar')}
            >
              {(['islamic-umalqura', 'gregory'] as const).map((c) => (
                <label key={c} className="mord-option">
                  <input
                    type="radio"
                    value={c}
                    defaultChecked={c === calendar}
                    {...form.register(`${props.name}.calendar`)}
                  />
                  <span>{t(c === 'gregory' ? 'date.gregorian' : 'date.hijri')}</span>
                </label>
              ))}
            </div>
            <div className="mord-date-parts">
              <span className="mord-date-part">
                <label htmlFor={`${id}-day`}>{t('date.day')}</label>
                <input
                  id={`${id}-day`}
                  className="mord-input"
                  inputMode="numeric"
                  dir="ltr"
                  maxLength={2}
                  autoComplete="off"
                  aria-invalid={partError(dayError) || live?.kind === 'invalid' || undefined}
                  aria-describedby={describedBy}
                  {...registerInput(form, `${props.name}.day`)}
                />
              </span>
              <span className="mord-date-part mord-date-month">
                <label htmlFor={`${id}-month`}>{t('date.month')}</label>
                <select
                  id={`${id}-month`}
                  className="mord-input mord-select"
                  aria-invalid={partError(monthError) || undefined}
                  aria-describedby={describedBy}
                  {...registerInput(form, `${props.name}.month`)}
                >
                  <option value="">{t('common.choose')}</option>
                  {months.map((name, i) => (
                    <option key={name} value={String(i + 1)}>
                      {name}
                    </option>
                  ))}
                </select>
              </span>
              <span className="mord-date-part">
                <label htmlFor={`${id}-year`}>{t('date.year')}</label>
                <input
                  id={`${id}-year`}
                  className="mord-input"
                  inputMode="numeric"
                  dir="ltr"
                  maxLength={4}
                  autoComplete="off"
                  aria-invalid={partError(yearError) || undefined}
                  aria-describedby={describedBy}
                  {...registerInput(form, `${props.name}.year`)}
                />
              </span>
            </div>
            <p
              id={liveId}
              className={live?.kind === 'invalid' ? 'mord-error' : 'mord-hint'}
              aria-live="polite"
            >
              {live?.text ?? ''}
            </p>
            {(
              [
                ['date.day', dayError],
                ['date.month', monthError],
                ['date.year', yearError],
              ] as const
            )
              .filter(([, message]) => message)
              .map(([part, message]) => (
                <p key={part} className="mord-error">
                  {t(part)}: {message}
                </p>
              ))}
          </>
        );
      }}
    </FieldShell>
  );
});
