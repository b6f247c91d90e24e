import type { DeclarationRecord } from './declarationSchema';
import { DECLARATION_TEXTS, type DeclarationTextId, getDeclarationText } from './declarationTexts';
import { digestSubmission } from './digestSubmission';
import { sha256Hex } from './sha256Hex';
import { type FourPartName, signerNameMatches } from './signerNameMatches';

/** What {@link inspectDeclaration} found. */
export interface DeclarationInspection {
  /** All checks passed. */
  valid: boolean;
  /** The stored text hashes to the stored `textSha256`. */
  textMatches: boolean;
  /** The data hashes to the stored `submissionDigest`: nothing changed after signing. */
  digestMatches: boolean;
  /** The text is one of the library's official texts for that id, version and locale. */
  officialText: boolean;
  /** The signer's name is the applicant's (`signerNameMatches`); true when the data names no applicant. */
  signerMatches: boolean;
}

function applicantOf(data: unknown): FourPartName | null {
  const applicant = (data as { applicant?: Partial<FourPartName> } | null)?.applicant;
  return applicant && typeof applicant.firstName === 'string' && typeof applicant.familyName === 'string'
    ? (applicant as FourPartName)
    : null;
}

/** Options of {@link inspectDeclaration}. */
export interface InspectDeclarationOptions {
  /** Decision days the official text was rendered with. @default 14 */
  decisionDays?: number;
}

/**
 * Checks a declaration record against the data in detail: text hash, data digest, official wording, and
 * the signer's name against the applicant's four-part name.
 */
export async function inspectDeclaration(
  record: Pick<
    DeclarationRecord,
    'text' | 'textSha256' | 'submissionDigest' | 'textId' | 'textVersion' | 'locale' | 'signerName'
  >,
  data: unknown,
  options: InspectDeclarationOptions = {},
): Promise<DeclarationInspection> {
  let digest: string | null = null;
  try {
    digest = await digestSubmission(data);
  } catch {
    digest = null;
  }
  const textMatches = (await sha256Hex(record.text)) === record.textSha256;
  const digestMatches = digest === record.submissionDigest;
  const known = Object.hasOwn(DECLARATION_TEXTS, record.textId);
  const officialText =
    known &&
    DECLARATION_TEXTS[record.textId as DeclarationTextId].version === record.textVersion &&
    // Either wording of the period is an official text: the association may change it between requests.
    (['within', 'at_least'] as const).some(
      (decisionWording) =>
        getDeclarationText(record.textId as DeclarationTextId, record.locale, { ...options, decisionWording })
          .text === record.text,
    );
  const applicant = applicantOf(data);
  const signerMatches =
    !applicant || (typeof record.signerName === 'string' && signerNameMatches(record.signerName, applicant));
  return {
    valid: textMatches && digestMatches && officialText && signerMatches,
    textMatches,
    digestMatches,
    officialText,
    signerMatches,
  };
}

/**
 * Recomputes a declaration's hashes and compares: true only when the text is the official one, its hash
 * matches, and the data is exactly what was signed.
 * @example await verifyDeclaration(record, storedData) // false after any change to the data
 */
export async function verifyDeclaration(
  record: Parameters<typeof inspectDeclaration>[0],
  data: unknown,
  options?: InspectDeclarationOptions,
): Promise<boolean> {
  return (await inspectDeclaration(record, data, options)).valid;
}
