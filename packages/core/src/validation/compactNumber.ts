import { normalizeDigits } from './normalizeDigits';

/** Normalises digits and removes the separators people type inside identifiers: spaces, dashes, dots, parentheses. */
export function compactNumber(input: string): string {
  return normalizeDigits(input).replace(/[\s\-.()\u00A0_/]/g, '');
}
