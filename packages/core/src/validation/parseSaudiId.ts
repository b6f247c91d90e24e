import { compactNumber } from './compactNumber';

/** Who a Saudi identity number belongs to: `1…` citizen (national ID), `2…` resident (Iqama). */
export type SaudiIdKind = 'citizen' | 'resident';

/** Why a string is not a Saudi national ID or Iqama number. */
export type SaudiIdErrorCode = 'format' | 'prefix' | 'checksum';

/** Result of {@link parseSaudiId}. */
export type SaudiIdResult =
  | { ok: true; value: string; kind: SaudiIdKind }
  | { ok: false; code: SaudiIdErrorCode };

/** Luhn (mod 10) over the whole string; for ten digits this doubles the 1st, 3rd, 5th, 7th and 9th digit. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const fromRight = digits.length - 1 - i;
    let v = digits.charCodeAt(i) - 48;
    if (fromRight % 2 === 1) {
      v *= 2;
      if (v > 9) v -= 9;
    }
    sum += v;
  }
  return sum % 10 === 0;
}

/**
 * Parses a Saudi national ID (starts with 1) or Iqama (starts with 2) number after normalising digits,
 * marks and spaces. A valid checksum does not prove that the number was issued.
 * @example parseSaudiId('١٠٠٠٠٠٠٠٠٨') // { ok: true, value: '1000000008', kind: 'citizen' }
 */
export function parseSaudiId(input: string): SaudiIdResult {
  const value = compactNumber(input);
  if (!/^\d{10}$/.test(value)) return { ok: false, code: 'format' };
  const first = value[0];
  if (first !== '1' && first !== '2') return { ok: false, code: 'prefix' };
  if (!luhnValid(value)) return { ok: false, code: 'checksum' };
  return { ok: true, value, kind: first === '1' ? 'citizen' : 'resident' };
}

/** Whether the input is a valid Saudi national ID or Iqama number (see {@link parseSaudiId}). */
export function isValidSaudiId(input: string): boolean {
  return parseSaudiId(input).ok;
}
