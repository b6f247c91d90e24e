import type { DecisionWording } from '../config/associationConfig';
import type { Locale } from '../i18n/locale';
import type { DeclarationRecord } from './declarationSchema';
import { type DeclarationTextId, getDeclarationText } from './declarationTexts';
import { digestSubmission } from './digestSubmission';
import { sha256Hex } from './sha256Hex';
import type { SignatureBox, SignatureStroke } from './signature';

/** Options of {@link createDeclarationRecord}. */
export interface CreateDeclarationOptions {
  /** The normalised data being signed for (a schema's output). */
  data: unknown;
  textId: DeclarationTextId;
  locale: Locale;
  signerName: string;
  method: 'drawn' | 'typed';
  /** The drawn strokes; required for `drawn`. */
  strokes?: SignatureStroke[];
  box?: SignatureBox;
  /** @default 14 */
  decisionDays?: number;
  /** How the period is worded (the association's configuration). @default 'within' */
  decisionWording?: DecisionWording;
  /** @default now */
  signedAt?: Date;
}

/**
 * Builds a declaration record that binds the exact declaration text shown and the digest of the data.
 * Validate it with `declarationSchema` before sending; `verifyDeclaration` checks it later.
 * @example await createDeclarationRecord({ data, textId: 'support-request', locale: 'ar', signerName, method: 'typed' })
 */
export async function createDeclarationRecord(options: CreateDeclarationOptions): Promise<DeclarationRecord> {
  const { id, version, text } = getDeclarationText(options.textId, options.locale, {
    decisionDays: options.decisionDays,
    decisionWording: options.decisionWording,
  });
  const [textSha256, submissionDigest] = await Promise.all([sha256Hex(text), digestSubmission(options.data)]);
  return {
    textId: id,
    textVersion: version,
    text,
    textSha256,
    locale: options.locale,
    signerName: options.signerName,
    method: options.method,
    ...(options.method === 'drawn' ? { strokes: options.strokes ?? [], box: options.box } : {}),
    signedAt: (options.signedAt ?? new Date()).toISOString(),
    submissionDigest,
  };
}
