import {
  CalendarDate,
  GregorianCalendar,
  IslamicUmalquraCalendar,
  parseDate,
  toCalendar,
} from '@internationalized/date';

/** A calendar day as year, month (1–12) and day (1–30). */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const UMALQURA = new IslamicUmalquraCalendar();
const GREGORIAN = new GregorianCalendar();

/** First and last Hijri year of the Umm al-Qura table; outside it the library falls back to arithmetic. */
export const HIJRI_YEARS = { first: 1300, last: 1599 } as const;

/** The Gregorian days the Umm al-Qura table covers: 1 Muharram 1300 to 30 Dhu al-Hijjah 1599. */
export const HIJRI_TABLE_RANGE = { first: '1882-11-12', last: '2173-12-06' } as const;

function inTable(year: number): boolean {
  return year >= HIJRI_YEARS.first && year <= HIJRI_YEARS.last;
}

function isWholeNumber(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}

/**
 * Converts an Umm al-Qura (Hijri) date to an ISO Gregorian date (`YYYY-MM-DD`). Returns null when that
 * Hijri day does not exist (e.g. the 30th of a 29-day month): it never clamps to another day; and for
 * years outside the table (1300–1599 AH), where no Umm al-Qura day is known.
 * @example hijriToGregorian({ year: 1445, month: 9, day: 1 }) // '2024-03-11'
 */
export function hijriToGregorian(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (!isWholeNumber(year) || !isWholeNumber(month) || !isWholeNumber(day) || month > 12) return null;
  if (!inTable(year)) return null;
  const firstOfMonth = new CalendarDate(UMALQURA, year, month, 1);
  // CalendarDate silently constrains day 30 to 29, so the length of the month is checked first.
  if (day > UMALQURA.getDaysInMonth(firstOfMonth)) return null;
  return toCalendar(new CalendarDate(UMALQURA, year, month, day), GREGORIAN).toString();
}

/**
 * Converts an ISO Gregorian date (`YYYY-MM-DD`) to its Umm al-Qura (Hijri) parts.
 * @throws {RangeError} when the input is not a real ISO calendar date, or falls outside the Umm al-Qura
 * table ({@link HIJRI_TABLE_RANGE}, 1882-11-12 to 2173-12-06).
 * @example gregorianToHijri('2024-07-07') // { year: 1446, month: 1, day: 1 }
 */
export function gregorianToHijri(iso: string): DateParts {
  const gregorian = parseIsoDate(iso);
  if (!gregorian) throw new RangeError(`Not an ISO date: ${iso}`);
  if (iso < HIJRI_TABLE_RANGE.first || iso > HIJRI_TABLE_RANGE.last) {
    throw new RangeError(
      `Outside the Umm al-Qura table (${HIJRI_TABLE_RANGE.first} to ${HIJRI_TABLE_RANGE.last}): ${iso}`,
    );
  }
  const hijri = toCalendar(
    new CalendarDate(GREGORIAN, gregorian.year, gregorian.month, gregorian.day),
    UMALQURA,
  );
  return { year: hijri.year, month: hijri.month, day: hijri.day };
}

/** Number of days in a Hijri month (29 or 30), or null for a month outside 1–12 or a year outside the table. */
export function hijriMonthLength(year: number, month: number): number | null {
  if (!isWholeNumber(year) || !isWholeNumber(month) || month > 12 || !inTable(year)) return null;
  return UMALQURA.getDaysInMonth(new CalendarDate(UMALQURA, year, month, 1));
}

/** Parses an ISO `YYYY-MM-DD` string into parts, or null when it is not a real Gregorian day. */
export function parseIsoDate(iso: string): DateParts | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return null;
  try {
    const date = parseDate(iso);
    return { year: date.year, month: date.month, day: date.day };
  } catch {
    return null;
  }
}

/** Formats Gregorian parts as an ISO `YYYY-MM-DD` string, or null when the day does not exist. */
export function gregorianPartsToIso(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (!isWholeNumber(year) || !isWholeNumber(month) || !isWholeNumber(day) || month > 12 || year > 9999) {
    return null;
  }
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseIsoDate(iso) ? iso : null;
}

/** Why entered date parts are not a day (see {@link resolveEnteredDate}). */
export type EnteredDateProblem =
  /** Before the supported range (Hijri 1300–1599, Gregorian 1900 onwards) or after it. */
  | { error: 'out_of_range' }
  /** A Hijri day past the month's length in the Umm al-Qura table: `days` is its length. */
  | { error: 'month_length'; days: number }
  /** Not a day of the calendar. */
  | { error: 'invalid' };

/** Earliest Gregorian day accepted for an entered date. */
export const EARLIEST_ENTERED_DATE = '1900-01-01';

/**
 * The Gregorian ISO day of parts entered in either calendar, or why they are not one: the single rule
 * behind the date schema, the date field's live equivalent and the review step. Hijri dates use the
 * Umm al-Qura table (1300–1599 AH); Gregorian ones start in 1900.
 * @example resolveEnteredDate({ calendar: 'islamic-umalqura', year: 1445, month: 9, day: 1 }) // { iso: '2024-03-11' }
 */
export function resolveEnteredDate(
  parts: DateParts & { calendar: 'islamic-umalqura' | 'gregory' },
  earliest: string = EARLIEST_ENTERED_DATE,
): { iso: string } | EnteredDateProblem {
  if (parts.calendar === 'islamic-umalqura') {
    const length = hijriMonthLength(parts.year, parts.month);
    if (length === null) return { error: 'out_of_range' };
    if (parts.day > length) return { error: 'month_length', days: length };
  }
  const iso = parts.calendar === 'islamic-umalqura' ? hijriToGregorian(parts) : gregorianPartsToIso(parts);
  if (!iso) return { error: 'invalid' };
  if (iso < earliest) return { error: 'out_of_range' };
  return { iso };
}
