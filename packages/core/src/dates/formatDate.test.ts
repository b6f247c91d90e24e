import { describe, expect, it } from 'vitest';
import { formatDate } from './formatDate';

const clean = (s: string) => s.replace(/[\u200E\u200F\u061C]/g, '');

describe('formatDate', () => {
  it('formats a Hijri date in Arabic with Arabic-Indic digits by default', () => {
    expect(clean(formatDate('2024-03-11', { locale: 'ar', calendar: 'islamic-umalqura' }))).toBe(
      '١ رمضان ١٤٤٥ هـ',
    );
  });

  it('formats a Hijri date in Arabic with Latin digits on request', () => {
    expect(
      clean(
        formatDate('2024-03-11', { locale: 'ar', calendar: 'islamic-umalqura', numberingSystem: 'latn' }),
      ),
    ).toBe('1 رمضان 1445 هـ');
  });

  it('formats Gregorian dates in both locales', () => {
    expect(formatDate('2024-03-11', { locale: 'en', calendar: 'gregory' })).toBe('11 March 2024');
    expect(clean(formatDate('2024-03-11', { locale: 'ar', calendar: 'gregory' }))).toBe('١١ مارس ٢٠٢٤');
  });

  it('formats a timestamp in Riyadh time, so a late-evening UTC time is the next day', () => {
    expect(formatDate('2024-03-10T22:30:00Z', { locale: 'en', calendar: 'gregory' })).toBe('11 March 2024');
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => formatDate('not a date', { locale: 'en', calendar: 'gregory' })).toThrow(RangeError);
  });
});
