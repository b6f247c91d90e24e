import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactNumber } from './compactNumber';
import { normalizeDigits, stripInvisibleMarks } from './normalizeDigits';

const ARABIC_INDIC = '٠١٢٣٤٥٦٧٨٩';
const PERSIAN = '۰۱۲۳۴۵۶۷۸۹';
const MARKS = ['\u200B', '\u200E', '\u200F', '\u202A', '\u202E', '\u2066', '\u2069', '\u061C', '\uFEFF'];

describe('normalizeDigits', () => {
  it('converts Arabic-Indic and Persian digits to ASCII', () => {
    expect(normalizeDigits(ARABIC_INDIC)).toBe('0123456789');
    expect(normalizeDigits(PERSIAN)).toBe('0123456789');
    expect(normalizeDigits('۴۵۰۰')).toBe('4500');
  });

  it('strips bidi and zero-width marks and keeps other text', () => {
    expect(normalizeDigits('\u200E+966 55 123 4567\u200E')).toBe('+966 55 123 4567');
    expect(normalizeDigits(`رقم${MARKS.join('')}١`)).toBe('رقم1');
  });

  it('keeps the value of any number written in eastern digits', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,20}$/), fc.boolean(), (ascii, persian) => {
        const table = persian ? PERSIAN : ARABIC_INDIC;
        const eastern = ascii.replace(/\d/g, (d) => table[Number(d)]!);
        expect(normalizeDigits(eastern)).toBe(ascii);
      }),
    );
  });

  it('is idempotent and leaves no eastern digit or mark behind', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(...ARABIC_INDIC, ...PERSIAN, ...MARKS, 'a', 'ب', ' ', '5') }),
        (s) => {
          const once = normalizeDigits(s);
          expect(normalizeDigits(once)).toBe(once);
          expect(once).not.toMatch(
            /[\u0660-\u0669\u06F0-\u06F9\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/,
          );
        },
      ),
    );
  });
});

describe('stripInvisibleMarks', () => {
  it('removes marks but not digits', () => {
    expect(stripInvisibleMarks('\u200F١٢')).toBe('١٢');
  });
});

describe('compactNumber', () => {
  it('removes spaces, dashes, dots and parentheses', () => {
    expect(compactNumber('(٠٥٥) ١٢٣-٤٥.٦٧')).toBe('0551234567');
  });
});
