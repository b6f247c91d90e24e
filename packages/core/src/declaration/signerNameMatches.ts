import { arabicNameKey } from '../validation/arabicNameKey';

/** The four parts of an applicant's name. */
export interface FourPartName {
  firstName: string;
  fatherName: string;
  grandfatherName: string;
  familyName: string;
}

/**
 * Whether the name typed by the signer is the applicant's name: the full four-part name, or first +
 * father + family, or first + family, compared by `arabicNameKey` (spelling variants and diacritics ignored).
 */
export function signerNameMatches(signerName: string, name: FourPartName): boolean {
  const key = arabicNameKey(signerName).replace(/\s/g, '');
  const { firstName, fatherName, grandfatherName, familyName } = name;
  return [
    [firstName, fatherName, grandfatherName, familyName],
    [firstName, fatherName, familyName],
    [firstName, familyName],
  ].some((parts) => arabicNameKey(parts.join(' ')).replace(/\s/g, '') === key);
}
