import type { Locale } from '../i18n/locale';

/** Calendar used to show or enter a date. */
export type CalendarSystem = 'islamic-umalqura' | 'gregory';

/** Digits used to show numbers: Arabic-Indic (`arab`) or Latin (`latn`). */
export type NumberingSystem = 'arab' | 'latn';

/** The digits a locale shows by default: Arabic-Indic for Arabic, Latin for English. */
export function defaultNumberingSystem(locale: Locale): NumberingSystem {
  return locale === 'ar' ? 'arab' : 'latn';
}

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
  const numbering = options.numberingSystem ?? defaultNumberingSystem(options.locale);
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

/** Options of {@link formatDualDate}. */
export type FormatDualDateOptions = Omit<FormatDateOptions, 'calendar'> & {
  /** The calendar named first. @default 'islamic-umalqura' */
  first?: CalendarSystem;
  /**
   * `dash`: «Hijri — Gregorian», in Arabic as Saudi documents write it, «…هـ الموافق …م»; `parenthesis`:
   * «Hijri (Gregorian)». @default 'dash'
   */
  style?: 'dash' | 'parenthesis';
};

/**
 * A date in both calendars, as the association shows every date: Hijri (Umm al-Qura) first, then
 * Gregorian («١ رمضان ١٤٤٥ هـ الموافق ١١ مارس ٢٠٢٤م»).
 * @example formatDualDate('2024-03-11', { locale: 'en' }) // '1 Ramadan 1445 AH — 11 March 2024'
 */
export function formatDualDate(iso: string, options: FormatDualDateOptions): string {
  const first = options.first ?? 'islamic-umalqura';
  const second: CalendarSystem = first === 'gregory' ? 'islamic-umalqura' : 'gregory';
  const a = formatDate(iso, { ...options, calendar: first });
  const b = formatDate(iso, { ...options, calendar: second });
  if (options.style === 'parenthesis') return `${a} (${b})`;
  if (options.locale !== 'ar') return `${a} — ${b}`;
  // The Gregorian date carries «م», as the Hijri one carries «هـ».
  return first === 'gregory' ? `${a}م الموافق ${b}` : `${a} الموافق ${b}م`;
}
