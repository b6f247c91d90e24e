import type { core } from 'zod/mini';
import * as z from 'zod/mini';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { createErrorMap, type ErrorMapOptions } from './createErrorMap';
import { describeIssue } from './issueCode';
import type { ValidationCode } from './validationMessages';

/** One problem with submitted data: where (`household.0.idNumber`), a stable code, and a message in the caller's locale. */
export interface ValidationIssue {
  path: string;
  code: ValidationCode;
  message: string;
}

/** Result of {@link validate}. */
export type ValidationResult<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };

/** Options of {@link validate}. */
export interface ValidateOptions extends ErrorMapOptions {
  /** @default 'ar' */
  locale?: Locale;
}

/**
 * Validates data against one of our schemas and returns the normalised data, or issues with stable codes
 * and messages in the requested locale. Never throws for bad input.
 * @example validate(supportRequestSchema, input, { locale: 'en' })
 */
export function validate<S extends core.$ZodType>(
  schema: S,
  data: unknown,
  options: ValidateOptions = {},
): ValidationResult<core.output<S>> {
  const locale = options.locale ?? DEFAULT_LOCALE;
  // reportInput keeps `input` on final issues, which describeIssue needs to tell "missing" from "wrong".
  const parsed = z.safeParse(schema, data, { error: createErrorMap(locale, options), reportInput: true });
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    issues: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      code: describeIssue(issue).code,
      message: issue.message,
    })),
  };
}
