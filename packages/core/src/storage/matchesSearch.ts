import { displayName } from '../forms/formDefinitions';
import type { FormId } from '../forms/formIds';
import { arabicNameKey } from '../validation/arabicNameKey';
import { normalizeDigits } from '../validation/normalizeDigits';
import { normalizeSaudiMobile } from '../validation/normalizeSaudiMobile';
import { normalizeReference } from './reference';

/** Longest search a staff member may type into the queue. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * Whether a request answers a staff search: its reference (any case, spaces, Arabic-Indic digits), her
 * ID or Iqama number, her mobile in any common form, or part of her name (Arabic spelling variants
 * folded: ة/ه, أ/إ/آ/ا, ى/ي, diacritics).
 * @example matchesSearch({ reference, form: 'support-request', data }, '٠٥٥ ١٢٣ ٤٥٦٧')
 */
export function matchesSearch(
  request: { reference: string; form: FormId; data: unknown },
  search: string,
): boolean {
  const query = normalizeDigits(search).trim();
  if (!query) return true;
  const reference = normalizeReference(query) ?? query.toUpperCase().replace(/\s+/g, '');
  if (request.reference.toUpperCase().includes(reference)) return true;
  const data = (request.data ?? {}) as {
    applicant?: { idNumber?: string };
    contact?: { mobile?: string };
    idNumber?: string;
    mobile?: string;
  };
  const digits = query.replace(/[\s-]/g, '');
  const idNumber = data.applicant?.idNumber ?? data.idNumber;
  if (idNumber && /^\d{5,}$/.test(digits) && idNumber === digits) return true;
  const mobile = normalizeSaudiMobile(query);
  const theirs = data.contact?.mobile ?? data.mobile;
  if (mobile && theirs && mobile === theirs) return true;
  const name = arabicNameKey(displayName(request.form, request.data));
  const wanted = arabicNameKey(query);
  return wanted.length >= 2 && name.includes(wanted);
}
