import type { AssociationConfig } from '../config/associationConfig';
import { createDeclarationRecord } from '../declaration/createDeclarationRecord';
import type { Locale } from '../i18n/locale';
import { createSupportRequestSchema, supportRequestSchema } from '../schemas/supportRequestSchema';
import type { SubmissionPayload } from '../storage/contracts';
import { validate } from '../validation/validate';
import { exampleSupportRequest } from './exampleSupportRequest';

/** Options of {@link exampleSupportRequestSubmission}. */
export interface ExampleSubmissionOptions {
  /** @default 'ar' */
  locale?: Locale;
  /** Changes the example request before it is normalised and signed. */
  mutate?: (request: ReturnType<typeof exampleSupportRequest>) => void;
  /** Decision days the declaration text is rendered with. @default 14 */
  decisionDays?: number;
  /** When the device says it was signed. @default now */
  signedAt?: Date;
  /** The association's configuration the request is checked against. @default DEFAULT_ASSOCIATION_CONFIG */
  config?: AssociationConfig;
}

/**
 * A valid, signed support-request submission: the example request normalised by the schema, with a
 * typed-signature declaration that binds its digest. For demos and adapter tests.
 */
export async function exampleSupportRequestSubmission(
  options: ExampleSubmissionOptions = {},
): Promise<SubmissionPayload & { data: unknown }> {
  const locale = options.locale ?? 'ar';
  const input = exampleSupportRequest();
  options.mutate?.(input);
  const result = validate(
    options.config ? createSupportRequestSchema(options.config) : supportRequestSchema,
    input,
    { locale },
  );
  if (!result.success) throw new Error(`The example request is not valid: ${JSON.stringify(result.issues)}`);
  const declaration = await createDeclarationRecord({
    data: result.data,
    textId: 'support-request',
    locale,
    // She signs with her own four-part name (a mutated example signs with the mutated name).
    signerName: [
      result.data.applicant.firstName,
      result.data.applicant.fatherName,
      result.data.applicant.grandfatherName,
      result.data.applicant.familyName,
    ].join(' '),
    method: 'typed',
    decisionDays: options.decisionDays ?? options.config?.decision.days,
    decisionWording: options.config?.decision.wording,
    ...(options.signedAt ? { signedAt: options.signedAt } : {}),
  });
  return { data: result.data, declaration, channel: 'website', locale };
}
