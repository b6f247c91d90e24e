import {
  formatDualDate,
  normalizeDigits,
  type OptionList,
  optionLabel,
  resolveEnteredDate,
} from '@mord/core';
import { useMessages } from '../i18n/useMessages';

/**
 * @internal How a review shows any value she entered, raw or normalised: "not given" for nothing, options
 * by their labels, lists joined, numbers in the chosen digits, a date in both calendars (hers first).
 */
export function useValueText(): (value: unknown, options?: OptionList<string>) => string {
  const { t, locale, numberingSystem, formatNumber } = useMessages();
  return (value: unknown, options?: OptionList<string>): string => {
    if (
      value === undefined ||
      value === null ||
      value === '' ||
      (Array.isArray(value) && value.length === 0)
    ) {
      return t('common.notGiven');
    }
    if (typeof value === 'number') return formatNumber(value);
    if (Array.isArray(value))
      return new Intl.ListFormat(locale, { type: 'conjunction' }).format(
        value.map((v) => (options ? optionLabel(options, String(v), locale) : String(v))),
      );
    if (typeof value === 'object') {
      const d = value as { year?: string; month?: string; day?: string; calendar?: string };
      const parts = {
        year: Number(normalizeDigits(String(d.year))),
        month: Number(normalizeDigits(String(d.month))),
        day: Number(normalizeDigits(String(d.day))),
      };
      const first = d.calendar === 'gregory' ? 'gregory' : 'islamic-umalqura';
      const resolved = resolveEnteredDate({ ...parts, calendar: first });
      if (!('iso' in resolved)) return t('common.notGiven');
      return formatDualDate(resolved.iso, { locale, numberingSystem, first, style: 'parenthesis' });
    }
    return options ? optionLabel(options, String(value), locale) : String(value);
  };
}
