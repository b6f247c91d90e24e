import type { core } from 'zod/mini';
import type { NumberingSystem } from '../dates/formatDate';
import { defaultNumberingSystem } from '../dates/formatDate';
import { formatMessage, type MessageParams } from '../i18n/formatMessage';
import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';
import { describeIssue } from './issueCode';
import {
  type StaffValidationCode,
  staffValidationMessages,
  type ValidationCode,
  validationMessages,
} from './validationMessages';

/** Options of {@link createErrorMap} and {@link validationMessage}. */
export interface ErrorMapOptions {
  /** @default 'arab' for Arabic, 'latn' for English */
  numberingSystem?: NumberingSystem;
}

/** The message of a validation code in a locale, with numbers in the locale's digits. */
export function validationMessage(
  code: ValidationCode,
  locale: Locale = DEFAULT_LOCALE,
  params?: MessageParams,
  options: ErrorMapOptions = {},
): string {
  return localized(
    validationMessages[locale][code] ?? validationMessages[locale].invalid,
    locale,
    params,
    options,
  );
}

/**
 * The message of any issue code — the forms' and the staff operations' (`staffValidationMessages`) — for
 * the server and the staff workspace.
 */
export function issueMessage(
  code: ValidationCode | StaffValidationCode,
  locale: Locale = DEFAULT_LOCALE,
  params?: MessageParams,
  options: ErrorMapOptions = {},
): string {
  const template =
    (validationMessages[locale] as Readonly<Record<string, string>>)[code] ??
    (staffValidationMessages[locale] as Readonly<Record<string, string>>)[code] ??
    validationMessages[locale].invalid;
  return localized(template, locale, params, options);
}

function localized(
  template: string,
  locale: Locale,
  params: MessageParams | undefined,
  options: ErrorMapOptions,
) {
  const numbering = options.numberingSystem ?? defaultNumberingSystem(locale);
  const number = new Intl.NumberFormat(`${locale}-u-nu-${numbering}`, { useGrouping: false });
  return formatMessage(template, params, {
    locale,
    formatNumber: (value) => number.format(value),
    latinDigits: numbering === 'latn',
  });
}

/**
 * A zod error map that writes every message in the given locale. Pass it per parse
 * (`schema.safeParse(data, { error: createErrorMap('en') })`) or to `zodResolver(schema, { error })`;
 * it is never installed globally, so two forms in different locales can share a page.
 * @example supportRequestSchema.safeParse(input, { error: createErrorMap('ar') })
 */
export function createErrorMap(
  locale: Locale = DEFAULT_LOCALE,
  options: ErrorMapOptions = {},
): core.$ZodErrorMap {
  return (issue) => {
    const { code, params } = describeIssue(issue);
    return validationMessage(code, locale, params, options);
  };
}
