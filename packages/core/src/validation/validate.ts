import type { core } from 'zod/mini';
import * as z from 'zod/mini';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { checkInputLimits, INPUT_LIMITS, type InputLimits } from '../limits/inputLimits';
import { createErrorMap, type ErrorMapOptions, validationMessage } from './createErrorMap';
import { describeIssue } from './issueCode';
import type { StaffValidationCode, ValidationCode } from './validationMessages';

/** One problem with submitted data: where (`household.0.idNumber`), a stable code, and a message in the caller's locale. */
export interface ValidationIssue {
  path: string;
  code: ValidationCode | StaffValidationCode;
  message: string;
}

/** Result of {@link validate}. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };

/** Options of {@link validate}. */
export interface ValidateOptions extends ErrorMapOptions {
  /** @default 'ar' */
  locale?: Locale;
  /** Bounds checked before the schema runs; `false` when the caller checked the whole input already. @default INPUT_LIMITS */
  limits?: InputLimits | false;
}

/** The most issues one validation reports: enough to fix a form, never a flood. */
export const MAX_ISSUES = 50;

function refusal(code: ValidationCode, locale: Locale): { success: false; issues: ValidationIssue[] } {
  return { success: false, issues: [{ path: '', code, message: validationMessage(code, locale) }] };
}

/**
 * Validates data against one of our schemas and returns the normalised data, or issues with stable codes
 * and messages in the requested locale (at most {@link MAX_ISSUES}). The input's size and text are
 * bounded first ({@link checkInputLimits}). Never throws for bad input.
 * @example validate(supportRequestSchema, input, { locale: 'en' })
 */
export function validate<S extends core.$ZodType>(
  schema: S,
  data: unknown,
  options: ValidateOptions = {},
): ValidationResult<core.output<S>> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  const problem = options.limits === false ? null : checkInputLimits(data, options.limits ?? INPUT_LIMITS);
  if (problem) return refusal(problem === 'bad_text' ? 'input.bad_text' : 'input.too_large', locale);
  let parsed: ReturnType<typeof z.safeParse<S>>;
  try {
    // reportInput keeps `input` on final issues, which describeIssue needs to tell "missing" from "wrong".
    parsed = z.safeParse(schema, data, { error: createErrorMap(locale, options), reportInput: true });
  } catch {
    // A rule that throws on some input is still an answer about the input, never a crash of the caller.
    return refusal('invalid', locale);
  }
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    issues: parsed.error.issues.slice(0, MAX_ISSUES).map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: describeIssue(issue).code,
      message: issue.message,
    })),
  };
}
