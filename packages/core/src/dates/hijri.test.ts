import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gregorianPartsToIso,
  gregorianToHijri,
  hijriMonthLength,
  hijriToGregorian,
  parseIsoDate,
} from './hijri';

const VECTORS: [string, [number, number, number]][] = [
  ['2024-03-11', [1445, 9, 1]],
  ['2024-07-07', [1446, 1, 1]],
  ['2025-06-26', [1447, 1, 1]],
  ['2022-03-03', [1443, 7, 30]],
  ['1990-01-28', [1410, 7, 1]],
  ['1999-04-17', [1420, 1, 1]],
];

describe('hijriToGregorian', () => {
  it.each(VECTORS)('gives %s for %j', (iso, [year, month, day]) => {
    expect(hijriToGregorian({ year, month, day })).toBe(iso);
  });

  it('returns null for a day 30 that the month does not have, instead of clamping', () => {
    expect(hijriMonthLength(1445, 1)).toBe(29);
    expect(hijriToGregorian({ year: 1445, month: 1, day: 30 })).toBeNull();
    expect(hijriToGregorian({ year: 1445, month: 1, day: 29 })).toBe('2023-08-16');
  });

  it.each([
    { year: 1445, month: 13, day: 1 },
    { year: 1445, month: 0, day: 1 },
    { year: 1445, month: 1, day: 0 },
    { year: 1445.5, month: 1, day: 1 },
  ])('returns null for %j', (parts) => {
    expect(hijriToGregorian(parts)).toBeNull();
  });
});

describe('gregorianToHijri', () => {
  it.each(VECTORS)('gives the Umm al-Qura parts of %s', (iso, [year, month, day]) => {
    expect(gregorianToHijri(iso)).toEqual({ year, month, day });
  });

  it('agrees with Intl islamic-umalqura and round-trips on any day from 1900 to 2076', () => {
    const formatter = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2076, 11, 31) }), (ms) => {
        const iso = new Date(ms).toISOString().slice(0, 10);
        const hijri = gregorianToHijri(iso);
        const parts = Object.fromEntries(
          formatter.formatToParts(new Date(`${iso}T00:00:00Z`)).map((p) => [p.type, p.value]),
        );
        expect(hijri).toEqual({
          year: Number.parseInt(parts.year!, 10),
          month: Number(parts.month),
          day: Number(parts.day),
        });
        expect(hijriToGregorian(hijri)).toBe(iso);
      }),
      { numRuns: 500 },
    );
  });

  it('throws a RangeError for a string that is not an ISO date', () => {
    expect(() => gregorianToHijri('2024-02-30')).toThrow(RangeError);
    expect(() => gregorianToHijri('11/03/2024')).toThrow(RangeError);
  });
});

describe('parseIsoDate', () => {
  it('accepts real days only', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(gregorianPartsToIso({ year: 2023, month: 2, day: 29 })).toBeNull();
    expect(gregorianPartsToIso({ year: 2024, month: 2, day: 29 })).toBe('2024-02-29');
  });
});
