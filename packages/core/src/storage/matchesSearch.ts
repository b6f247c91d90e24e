import { displayName } from '../forms/formDefinitions';
import type { FormId } from '../forms/formIds';
import { arabicNameKey } from '../validation/arabicNameKey';
import { normalizeDigits } from '../validation/normalizeDigits';
import { normalizeSaudiMobile } from '../validation/normalizeSaudiMobile';
import { normalizeReference } from './reference';

/** Longest search a staff member may type into the queue. */
export const MAX_SEARCH_LENGTH = 100;

/**
 * What the queue searches in a request, computed once when it is stored (a database keeps these as
 * columns): its display name, her ID or Iqama number, her mobile (`+9665…`), and her name folded for search.
 */
export interface SearchFields {
  name: string;
  idNumber: string | null;
  mobile: string | null;
  nameKey: string;
}

/** The search fields of a request from its data. */
export function searchFields(request: { form: FormId; data: unknown }): SearchFields {
  const data = (request.data ?? {}) as {
    applicant?: { idNumber?: string };
    contact?: { mobile?: string };
    idNumber?: string;
    mobile?: string;
  };
  const name = displayName(request.form, request.data);
  return {
    name,
    idNumber: data.applicant?.idNumber ?? data.idNumber ?? null,
    mobile: data.contact?.mobile ?? data.mobile ?? null,
    nameKey: arabicNameKey(name),
  };
}

/**
 * A typed search, read once: the reference fragment it could be (upper case, no spaces), the ID number
 * (five or more digits), the mobile it could be, and the folded name part (two characters or more).
 * A request matches when its reference contains the fragment, or its ID or mobile equals, or its folded
 * name contains the part — what a database does with the same terms.
 */
export interface SearchTerms {
  reference: string;
  idNumber: string | null;
  mobile: string | null;
  nameKey: string | null;
}

/** Reads a typed search into {@link SearchTerms}; null for an empty search. */
export function searchTerms(search: string): SearchTerms | null {
  const query = normalizeDigits(search).trim();
  if (!query) return null;
  const digits = query.replace(/[\s-]/g, '');
  const nameKey = arabicNameKey(query);
  return {
    reference: normalizeReference(query) ?? query.toUpperCase().replace(/\s+/g, ''),
    idNumber: /^\d{5,}$/.test(digits) ? digits : null,
    mobile: normalizeSaudiMobile(query) ?? null,
    nameKey: nameKey.length >= 2 ? nameKey : null,
  };
}

/** Whether a request's reference and search fields answer the terms. */
export function matchesSearchTerms(
  request: { reference: string } & Pick<SearchFields, 'idNumber' | 'mobile' | 'nameKey'>,
  terms: SearchTerms,
): boolean {
  return (
    request.reference.toUpperCase().includes(terms.reference) ||
    (terms.idNumber !== null && request.idNumber === terms.idNumber) ||
    (terms.mobile !== null && request.mobile === terms.mobile) ||
    (terms.nameKey !== null && request.nameKey.includes(terms.nameKey))
  );
}

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
  const terms = searchTerms(search);
  return (
    terms === null || matchesSearchTerms({ reference: request.reference, ...searchFields(request) }, terms)
  );
}
