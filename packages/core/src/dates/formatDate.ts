import type { Locale } from '../i18n/locale';

/** Calendar used to show or enter a date. */
export type CalendarSystem = 'islamic-umalqura' | 'gregory';

/** Digits used to show numbers: Arabic-Indic (`arab`) or Latin (`latn`). */
export type NumberingSystem = 'arab' | 'latn';

/** Options of {@link formatDate}. */
export interface FormatDateOptions {
  locale: Locale;
  calendar: CalendarSystem;
  /** @default 'arab' for Arabic, 'latn' for English */
  numberingSystem?: NumberingSystem;
  /** @default 'long' */
  dateStyle?: 'full' | 'long' | 'medium' | 'short';
  /** @default 'Asia/Riyadh' */
  timeZone?: string;
}

/**
 * Formats an ISO date or timestamp for display, always naming the calendar and numbering system
 * (CLDR 48 no longer makes `ar-SA` Hijri). The output contains bidi marks: never parse it back.
 * @example formatDate('2024-03-11', { locale: 'ar', calendar: 'islamic-umalqura' }) // '١ رمضان ١٤٤٥ هـ'
 */
export function formatDate(iso: string, options: FormatDateOptions): string {
  const numbering = options.numberingSystem ?? (options.locale === 'ar' ? 'arab' : 'latn');
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  const instant = new Date(dateOnly ? `${iso}T00:00:00Z` : iso);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`Not an ISO date: ${iso}`);
  const tag = `${options.locale === 'ar' ? 'ar-SA' : 'en-GB'}-u-ca-${options.calendar}-nu-${numbering}`;
  return new Intl.DateTimeFormat(tag, {
    dateStyle: options.dateStyle ?? 'long',
    // A date without a time is a calendar day: format it in UTC so it never shifts by a day.
    timeZone: dateOnly ? 'UTC' : (options.timeZone ?? 'Asia/Riyadh'),
  }).format(instant);
}
