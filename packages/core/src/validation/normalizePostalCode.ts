import { compactNumber } from './compactNumber';

/**
 * Returns a Saudi national-address postal code as five ASCII digits, or null.
 * The additional number (`75311-8538`) is a separate field and is not accepted here.
 */
export function normalizePostalCode(input: string): string | null {
  const value = compactNumber(input);
  return /^\d{5}$/.test(value) ? value : null;
}

/** Returns a four-digit building or additional number of the national address, or null. */
export function normalizeAddressNumber(input: string): string | null {
  const value = compactNumber(input);
  return /^\d{4}$/.test(value) ? value : null;
}
