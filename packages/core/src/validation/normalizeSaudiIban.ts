import { normalizeDigits } from './normalizeDigits';

/** ISO 7064 MOD 97-10 over an IBAN already rearranged (country and check digits moved to the end). */
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    // Letters become two digits: A=10 … Z=35.
    const chunk = code >= 65 ? String(code - 55) : ch;
    for (const digit of chunk) remainder = (remainder * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return remainder;
}

/**
 * Returns the compact upper-case form of a Saudi IBAN (`SA` + 22 characters) when its ISO 13616
 * check digits are valid, or null. Check digits outside 02–98 are refused: MOD 97-10 never produces
 * them. A valid checksum does not prove the account exists or whose it is.
 * @example normalizeSaudiIban('sa03 8000 0000 6080 1016 7519') // 'SA0380000000608010167519'
 */
export function normalizeSaudiIban(input: string): string | null {
  const compact = normalizeDigits(input).replace(/[\s-]/g, '').toUpperCase();
  if (!/^SA\d{4}[0-9A-Z]{18}$/.test(compact)) return null;
  const checkDigits = Number(compact.slice(2, 4));
  if (checkDigits < 2 || checkDigits > 98) return null;
  return mod97(compact.slice(4) + compact.slice(0, 4)) === 1 ? compact : null;
}

/** Whether the input is a valid Saudi IBAN. */
export function isValidSaudiIban(input: string): boolean {
  return normalizeSaudiIban(input) !== null;
}
