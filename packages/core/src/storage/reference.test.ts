import { describe, expect, it } from 'vitest';
import { createReference, isReference, normalizeReference, REFERENCE_ALPHABET } from './reference';

describe('references', () => {
  it('are random, readable and valid: no 0, O, 1 or I, in two groups of five', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const reference = createReference();
      expect(reference).toMatch(/^MRD-[2-9A-HJ-NP-Y]{5}-[2-9A-HJ-NP-Y]{5}$/);
      expect(isReference(reference)).toBe(true);
      seen.add(reference);
    }
    expect(seen.size).toBe(2000);
    expect(REFERENCE_ALPHABET).not.toMatch(/[01OI]/);
    expect(REFERENCE_ALPHABET).toHaveLength(31);
    expect(createReference('ABC')).toMatch(/^ABC-/);
  });

  it('catch any mistyped character and two swapped neighbours of the body with the check character', () => {
    for (let n = 0; n < 200; n++) {
      const reference = createReference();
      const chars = reference.slice(4).replace('-', '');
      const rebuild = (c: string) => `MRD-${c.slice(0, 5)}-${c.slice(5)}`;
      for (let i = 0; i < chars.length; i++) {
        // One neighbour in the alphabet instead (the way a wrong key or a misheard letter goes).
        const index = REFERENCE_ALPHABET.indexOf(chars[i]!);
        const wrong = REFERENCE_ALPHABET[(index + 1) % REFERENCE_ALPHABET.length]!;
        expect(isReference(rebuild(chars.slice(0, i) + wrong + chars.slice(i + 1)))).toBe(false);
        if (i + 1 < 9 && chars[i] !== chars[i + 1]) {
          const swapped = chars.slice(0, i) + chars[i + 1] + chars[i] + chars.slice(i + 2);
          expect(isReference(rebuild(swapped))).toBe(false);
        }
      }
    }
  });

  it('are read back as typed: any case, spaces, no dashes, Arabic-Indic digits', () => {
    const reference = createReference();
    const typed = reference.toLowerCase().replace(/-/g, ' ');
    expect(normalizeReference(typed)).toBe(reference);
    expect(normalizeReference(reference.replace(/-/g, ''))).toBe(reference);
    const arabic = reference.replace(/\d/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
    expect(normalizeReference(arabic)).toBe(reference);
    expect(normalizeReference('MRD-AAAAA-AAAAA')).toBeNull();
  });

  it('keep the sequential references handed out before', () => {
    expect(isReference('MRD-2026-000123')).toBe(true);
    expect(normalizeReference('mrd 2026 000123')).toBe('MRD-2026-000123');
    expect(isReference('MRD-2026-12')).toBe(false);
  });
});
