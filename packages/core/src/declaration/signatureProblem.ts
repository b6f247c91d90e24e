import type { DecisionWording } from '../config/associationConfig';
import type { Locale } from '../i18n/locale';
import { createDeclarationRecord } from './createDeclarationRecord';
import type { DeclarationRecord } from './declarationSchema';
import type { DeclarationTextId } from './declarationTexts';
import { drawnSignatureProblem, type SignatureBox, type SignatureStroke } from './signature';
import { type FourPartName, signerNameMatches } from './signerNameMatches';

/** What the signer has entered so far, before it becomes a record. */
export interface SignatureInput {
  acknowledged: boolean;
  signerName: string;
  method: 'drawn' | 'typed';
  drawn: { strokes: SignatureStroke[]; box: SignatureBox } | null;
}

/** Why a signature cannot be used yet (a catalog-independent code). */
export type SignatureProblem = 'acknowledge' | 'name' | 'name_mismatch' | 'missing' | 'too_small';

/**
 * Why a signature cannot be used yet; null when it is complete: acknowledged, a name of two characters or
 * more (hers, when the applicant's name is given — the rule the server applies), and for a drawn one,
 * substantial strokes (the rule of `declarationSchema`).
 * @example signatureProblem({ acknowledged: true, signerName: 'فاطمة القحطاني', method: 'typed', drawn: null }) // null
 */
export function signatureProblem(
  input: SignatureInput,
  applicantName?: FourPartName,
): SignatureProblem | null {
  if (!input.acknowledged) return 'acknowledge';
  if (input.signerName.trim().length < 2) return 'name';
  if (applicantName?.firstName && !signerNameMatches(input.signerName, applicantName)) return 'name_mismatch';
  if (input.method === 'typed') return null;
  return drawnSignatureProblem(input.drawn?.strokes, input.drawn?.box);
}

/** Options of {@link createSignatureRecord}. */
export interface SignatureRecordOptions {
  data: unknown;
  textId: DeclarationTextId;
  locale: Locale;
  decisionDays?: number;
  decisionWording?: DecisionWording;
}

/** Turns a complete signature into a declaration record bound to the data's digest. */
export function createSignatureRecord(
  input: SignatureInput,
  options: SignatureRecordOptions,
): Promise<DeclarationRecord> {
  return createDeclarationRecord({
    ...options,
    signerName: input.signerName,
    method: input.method,
    ...(input.method === 'drawn' && input.drawn
      ? { strokes: input.drawn.strokes, box: input.drawn.box }
      : {}),
  });
}
