import { compactNumber } from './compactNumber';

/**
 * Normalises a Saudi mobile number to E.164 (`+9665XXXXXXXX`), or returns null when it is not one.
 * Accepts `05…`, a 9-digit `5…`, `966…`, `+966…`, `00966…`, Arabic-Indic digits, spaces, dashes and bidi marks.
 * Any `5` followed by eight digits is accepted, since allocated ranges change over time.
 * @example normalizeSaudiMobile('٠٥٥١٢٣٤٥٦٧') // '+966551234567'
 */
export function normalizeSaudiMobile(input: string): string | null {
  let digits = compactNumber(input);
  if (digits.startsWith('+')) {
    digits = digits.slice(1);
    if (!digits.startsWith('966')) return null;
  }
  if (!/^\d+$/.test(digits)) return null;
  if (digits.startsWith('00966')) digits = digits.slice(5);
  else if (digits.startsWith('966') && digits.length === 12) digits = digits.slice(3);
  else if (digits.startsWith('0') && digits.length === 10) digits = digits.slice(1);
  return /^5\d{8}$/.test(digits) ? `+966${digits}` : null;
}

/** Whether the input is a Saudi mobile number in any accepted form. */
export function isValidSaudiMobile(input: string): boolean {
  return normalizeSaudiMobile(input) !== null;
}
