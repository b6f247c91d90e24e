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

function isWholeNumber(value: number): boolean {
  return Number.isInteger(value) && value > 0;
}

/**
 * Converts an Umm al-Qura (Hijri) date to an ISO Gregorian date (`YYYY-MM-DD`). Returns null when that
 * Hijri day does not exist (e.g. the 30th of a 29-day month): it never clamps to another day.
 * @example hijriToGregorian({ year: 1445, month: 9, day: 1 }) // '2024-03-11'
 */
export function hijriToGregorian(parts: DateParts): string | null {
  const { year, month, day } = parts;
  if (!isWholeNumber(year) || !isWholeNumber(month) || !isWholeNumber(day) || month > 12) return null;
  const firstOfMonth = new CalendarDate(UMALQURA, year, month, 1);
  // CalendarDate silently constrains day 30 to 29, so the length of the month is checked first.
  if (day > UMALQURA.getDaysInMonth(firstOfMonth)) return null;
  return toCalendar(new CalendarDate(UMALQURA, year, month, day), GREGORIAN).toString();
}

/**
 * Converts an ISO Gregorian date (`YYYY-MM-DD`) to its Umm al-Qura (Hijri) parts.
 * @throws {RangeError} when the input is not a real ISO calendar date.
 * @example gregorianToHijri('2024-07-07') // { year: 1446, month: 1, day: 1 }
 */
export function gregorianToHijri(iso: string): DateParts {
  const gregorian = parseIsoDate(iso);
  if (!gregorian) throw new RangeError(`Not an ISO date: ${iso}`);
  const hijri = toCalendar(
    new CalendarDate(GREGORIAN, gregorian.year, gregorian.month, gregorian.day),
    UMALQURA,
  );
  return { year: hijri.year, month: hijri.month, day: hijri.day };
}

/** Number of days in a Hijri month (29 or 30), or null for a month outside 1–12. */
export function hijriMonthLength(year: number, month: number): number | null {
  if (!isWholeNumber(year) || !isWholeNumber(month) || month > 12) return null;
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
