import { normalizeDigits } from '../validation/normalizeDigits';

/**
 * The characters of a reference: digits and capitals without 0/O, 1/I (and Z, so that there are 31 — a
 * prime — and the check character catches every single wrong character), readable aloud unambiguously.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXY';

const BODY_LENGTH = 9;
const NEW_FORMAT = /^([A-Z]{2,5})-([2-9A-HJ-NP-Y]{5})-([2-9A-HJ-NP-Y]{5})$/;
// References handed out before they were random (MRD-2026-000123) stay valid.
const SEQUENTIAL_FORMAT = /^[A-Z]{2,5}-\d{4}-\d{6,12}$/;

/**
 * The check character of a reference body: a weighted sum modulo 31 (the alphabet's size, a prime), so any
 * single wrong character and any swap of two neighbouring characters of the body changes it.
 */
function checkCharacter(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum += (i + 1) * REFERENCE_ALPHABET.indexOf(body[i]!);
  return REFERENCE_ALPHABET[sum % 31]!;
}

/**
 * A new request reference such as `MRD-7K4Q9-HTXW2`: nine random characters (about 2.6 × 10¹³ possibilities:
 * it reveals neither how many requests there are nor in which order they came) and a check character, in two
 * groups of five that are easy to read aloud on the phone.
 * @example createReference() // 'MRD-7K4Q9-HTXW2'
 */
export function createReference(prefix = 'MRD'): string {
  const bytes = new Uint8Array(BODY_LENGTH);
  globalThis.crypto.getRandomValues(bytes);
  const body = Array.from(bytes, (b) => REFERENCE_ALPHABET[b % REFERENCE_ALPHABET.length]).join('');
  const full = body + checkCharacter(body);
  return `${prefix}-${full.slice(0, 5)}-${full.slice(5)}`;
}

/** Whether a string is a reference: a new one whose check character matches, or an older sequential one. */
export function isReference(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  if (SEQUENTIAL_FORMAT.test(value)) return true;
  const match = NEW_FORMAT.exec(value);
  if (!match) return false;
  const chars = match[2]! + match[3]!;
  return checkCharacter(chars.slice(0, BODY_LENGTH)) === chars[BODY_LENGTH];
}

/**
 * A reference as someone typed it — any case, spaces or missing dashes, Arabic-Indic digits — in its
 * canonical form, or null when it is not one (a mistyped character fails the check).
 * @example normalizeReference('mrd 7k4q9 htxw2') // 'MRD-7K4Q9-HTXW2'
 */
export function normalizeReference(input: string): string | null {
  const compact = normalizeDigits(input)
    .toUpperCase()
    .replace(/[\s\u2010-\u2015_-]+/g, '');
  const prefixed = /^([A-Z]{2,5}?)([2-9A-HJ-NP-Y]{10})$/.exec(compact);
  const candidate = prefixed
    ? `${prefixed[1]}-${prefixed[2]!.slice(0, 5)}-${prefixed[2]!.slice(5)}`
    : (/^([A-Z]{2,5})(\d{4})(\d{6,12})$/.exec(compact)?.slice(1).join('-') ?? '');
  return isReference(candidate) ? candidate : null;
}
