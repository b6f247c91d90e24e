import { FORM_DEFINITIONS } from '../forms/formDefinitions';
import type { FormId } from '../forms/formIds';
import { normalizeDigits } from '../validation/normalizeDigits';

/**
 * Whether a request waits for her own signature: its form has a declaration and it was taken without
 * one (a staff member attested it from a call or a letter). It goes to the committee only once signed.
 */
export function awaitingSignature(request: {
  form: FormId;
  declaration?: unknown;
  erasedAt?: string;
}): boolean {
  return FORM_DEFINITIONS[request.form].declaration !== null && !request.declaration && !request.erasedAt;
}

// Crockford's base32: no I, L, O or U, so a code read aloud or typed from paper has no look-alikes.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * The verification code printed on a request's paper copy, `XXXX-XXXX` (40 bits of a secret-derived
 * token): staff type or scan it to record her signature on that copy. Given the derived token's hex.
 */
export function formatPrintCode(hex: string): string {
  let bits = BigInt(`0x${hex.slice(0, 10)}`);
  let code = '';
  for (let i = 0; i < 8; i++) {
    code = ALPHABET[Number(bits & 31n)] + code;
    bits >>= 5n;
  }
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/**
 * Reads a typed or scanned print code: Arabic-Indic digits, any case, spaces and dashes, and the letters
 * people confuse (O for 0, I and L for 1) are accepted. Null when it cannot be a code.
 * @example normalizePrintCode('abcd efgh') // 'ABCD-EFGH'
 */
export function normalizePrintCode(input: unknown): string | null {
  if (typeof input !== 'string' || input.length > 40) return null;
  const code = normalizeDigits(input)
    .toUpperCase()
    .replace(/[\s\-_]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== 8 || [...code].some((c) => !ALPHABET.includes(c))) return null;
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}
