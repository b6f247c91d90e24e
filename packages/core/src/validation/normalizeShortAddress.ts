import { normalizeDigits } from './normalizeDigits';

/**
 * Returns a national-address short address in its canonical form (`ABCD1234`: four Latin letters and
 * four digits), or null.
 * @example normalizeShortAddress('rrra 2929') // 'RRRA2929'
 */
export function normalizeShortAddress(input: string): string | null {
  const value = normalizeDigits(input).trim();
  const match = /^([A-Za-z]{4})[\s-]?(\d{4})$/.exec(value);
  return match ? `${match[1]!.toUpperCase()}${match[2]}` : null;
}
