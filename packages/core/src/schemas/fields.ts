import * as z from 'zod/mini';
import { EARLIEST_ENTERED_DATE, resolveEnteredDate } from '../dates/hijri';
import { compactNumber } from '../validation/compactNumber';
import { normalizeDigits } from '../validation/normalizeDigits';
import { normalizeAddressNumber, normalizePostalCode } from '../validation/normalizePostalCode';
import { normalizeSaudiIban } from '../validation/normalizeSaudiIban';
import { normalizeSaudiMobile } from '../validation/normalizeSaudiMobile';
import { normalizeShortAddress } from '../validation/normalizeShortAddress';
import { normalizeMultilineText, normalizeText } from '../validation/normalizeText';
import { parseAmount } from '../validation/parseAmount';
import { parseSaudiId } from '../validation/parseSaudiId';
import type { ValidationCode } from '../validation/validationMessages';

type Ctx = { value: unknown; issues: z.core.$ZodRawIssue[] };

/** Adds an issue with one of our validation codes to a refinement or transform context. */
export function addIssue(
  ctx: Ctx,
  code: ValidationCode,
  extra: { path?: PropertyKey[]; params?: Record<string, string | number> } = {},
): void {
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    ...(extra.path ? { path: extra.path } : {}),
    params: { mord: code, ...extra.params },
  });
}

/** A refinement that reports one of our validation codes. */
export function check<T>(predicate: (value: T) => boolean, code: ValidationCode) {
  return z.refine<T>(predicate, { params: { mord: code } });
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Makes a field optional the way forms need it: `undefined`, `null` and blank strings all mean "not given"
 * and come out as `undefined`.
 */
export function optionalField<T extends z.core.SomeType>(
  schema: T,
): z.ZodMiniOptional<z.ZodMiniType<z.output<T> | undefined, z.input<T> | '' | null | undefined>> {
  const inner = z.pipe(
    z.transform((value: unknown) => (isBlank(value) ? undefined : value)),
    z.optional(schema),
  );
  return z.optional(
    inner as unknown as z.ZodMiniType<z.output<T> | undefined, z.input<T> | '' | null | undefined>,
  );
}

/** Required single-line text: cleaned with `normalizeText`, 1…max characters. */
export function text(max = 200, min = 1) {
  return z.pipe(z.string(), z.transform(normalizeText)).check(z.minLength(min), z.maxLength(max));
}

/** Required multi-line text (descriptions, comments), cleaned line by line. */
export function longText(max = 2000, min = 1) {
  return z.pipe(z.string(), z.transform(normalizeMultilineText)).check(z.minLength(min), z.maxLength(max));
}

/** One part of a four-part name: letters (any script), spaces, hyphen and apostrophe; no digits. */
export const namePartSchema = text(60).check(
  check((v: string) => /^[\p{L}\p{M}' ’-]+$/u.test(v), 'name_letters'),
);

/** A full name written in one field (household members, inquiries). */
export const fullNameSchema = text(160, 2).check(
  check((v: string) => /^[\p{L}\p{M}' ’.-]+$/u.test(v), 'name_letters'),
);

/** A Saudi national ID or Iqama number; outputs ten ASCII digits. */
export const saudiIdSchema = z.pipe(
  z.string(),
  z.transform((value: string, ctx) => {
    const result = parseSaudiId(value);
    if (result.ok) return result.value;
    addIssue(ctx, isBlank(value) ? 'required' : `saudi_id.${result.code}`);
    return z.NEVER;
  }),
);

/** An identity number that is not Saudi (passport, border number): 4–20 letters and digits, compacted; null otherwise. */
export function normalizeOtherIdNumber(input: string): string | null {
  const value = compactNumber(input).toUpperCase();
  return /^[0-9A-Z]{4,20}$/.test(value) ? value : null;
}

/**
 * A string field checked by a normaliser: blank is `required`, a null from the normaliser is `code`,
 * otherwise the normalised value is the output.
 */
export function normalizedString(normalize: (value: string) => string | null, code: ValidationCode) {
  return z.pipe(
    z.string(),
    z.transform((value: string, ctx) => {
      const normalized = isBlank(value) ? null : normalize(value);
      if (normalized !== null) return normalized;
      addIssue(ctx, isBlank(value) ? 'required' : code);
      return z.NEVER;
    }),
  );
}

/** A Saudi mobile number in any common form; outputs E.164 `+9665XXXXXXXX`. */
export const mobileSchema = normalizedString(normalizeSaudiMobile, 'mobile');

/** A Saudi IBAN; outputs the compact upper-case form. */
export const ibanSchema = normalizedString(normalizeSaudiIban, 'iban');

/** A national-address postal code (five digits). */
export const postalCodeSchema = normalizedString(normalizePostalCode, 'postal_code');

/** A national-address building or additional number (four digits). */
export const addressNumberSchema = normalizedString(normalizeAddressNumber, 'address_number');

/** A national-address short address (`ABCD1234`). */
export const shortAddressSchema = normalizedString(normalizeShortAddress, 'short_address');

/** An e-mail address, trimmed. */
export const emailSchema = z
  .pipe(
    z.string(),
    z.transform((v: string) => normalizeDigits(v).trim()),
  )
  .check(
    z.maxLength(254),
    check((v: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(v), 'email'),
  );

/** Options of {@link amountSchema}. */
export interface AmountOptions {
  /** @default 0 */
  min?: number;
  /** @default 10_000_000 */
  max?: number;
}

/** An amount in riyals typed in any common way (see `parseAmount`); outputs a number. */
export function amountSchema({ min = 0, max = 10_000_000 }: AmountOptions = {}) {
  return z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((value: string | number, ctx) => {
      if (isBlank(value)) {
        addIssue(ctx, 'required');
        return z.NEVER;
      }
      const amount = parseAmount(value);
      if (amount === null || Math.round(amount * 100) !== amount * 100) {
        addIssue(ctx, 'amount');
        return z.NEVER;
      }
      if (amount < min) addIssue(ctx, 'number_too_small', { params: { min } });
      else if (amount > max) addIssue(ctx, 'number_too_big', { params: { max } });
      return amount;
    }),
  );
}

/** A whole number typed with any digits; outputs a number within the range. */
export function integerSchema(min: number, max: number) {
  return z.pipe(
    z.union([z.string(), z.number()]),
    z.transform((value: string | number, ctx) => {
      if (isBlank(value)) {
        addIssue(ctx, 'required');
        return z.NEVER;
      }
      const text = typeof value === 'number' ? String(value) : compactNumber(value);
      if (!/^-?\d+$/.test(text)) {
        addIssue(ctx, /^-?\d*\.\d+$/.test(text) ? 'not_whole_number' : 'not_a_number');
        return z.NEVER;
      }
      const n = Number(text);
      if (n < min) addIssue(ctx, 'number_too_small', { params: { min } });
      else if (n > max) addIssue(ctx, 'number_too_big', { params: { max } });
      return n;
    }),
  );
}

/** The calendars a date can be entered in. */
export const CALENDARS = ['islamic-umalqura', 'gregory'] as const;

/** A date as the person entered it, plus its ISO Gregorian equivalent. */
export interface EnteredDate {
  calendar: (typeof CALENDARS)[number];
  year: number;
  month: number;
  day: number;
  /** The same day in the Gregorian calendar, `YYYY-MM-DD`. */
  iso: string;
}

/** Options of {@link dateSchema}. */
export interface DateSchemaOptions {
  /** Reject dates after today. @default false */
  past?: boolean;
  /** Reject dates before this ISO day. @default '1900-01-01' */
  earliest?: string;
  /** Today, for tests. @default the current date */
  today?: () => string;
}

/**
 * A date entered in the Umm al-Qura (Hijri) or Gregorian calendar, parts typed with any digits.
 * A Hijri day that does not exist is an error on `day`, never clamped. Outputs {@link EnteredDate}.
 */
export function dateSchema(options: DateSchemaOptions = {}) {
  const earliest = options.earliest ?? EARLIEST_ENTERED_DATE;
  return z.pipe(
    z.strictObject({
      calendar: z.enum(CALENDARS),
      year: integerSchema(1, 9999),
      month: integerSchema(1, 12),
      day: integerSchema(1, 31),
      // Accepted so that already-normalised data validates again unchanged; always recomputed.
      iso: z.optional(z.string()),
    }),
    z.transform((parts, ctx): EnteredDate => {
      const resolved = resolveEnteredDate(parts, earliest);
      if ('error' in resolved) {
        if (resolved.error === 'out_of_range') addIssue(ctx, 'date.too_old', { path: ['year'] });
        else if (resolved.error === 'month_length')
          addIssue(ctx, 'date.hijri_month_length', { path: ['day'], params: { days: resolved.days } });
        else addIssue(ctx, 'date.invalid', { path: ['day'] });
        return z.NEVER;
      }
      const { iso } = resolved;
      const today = options.today?.() ?? new Date().toISOString().slice(0, 10);
      if (options.past && iso > today) addIssue(ctx, 'date.future', { path: ['year'] });
      return { calendar: parts.calendar, year: parts.year, month: parts.month, day: parts.day, iso };
    }),
  );
}
