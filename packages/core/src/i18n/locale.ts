/** A locale the library ships catalogs for: Arabic first, English second. */
export type Locale = 'ar' | 'en';

/** Text direction of a locale. */
export type Direction = 'rtl' | 'ltr';

/** Every locale with a catalog, default first. */
export const LOCALES: readonly Locale[] = ['ar', 'en'];

/** The locale used when none is given. @default 'ar' */
export const DEFAULT_LOCALE: Locale = 'ar';

/** A piece of text in every shipped locale. */
export type LocalizedText = Record<Locale, string>;

/** Narrows any string (e.g. an attribute or `Accept-Language` tag) to a shipped locale, falling back to Arabic. */
export function resolveLocale(input: string | null | undefined): Locale {
  const primary = (input ?? '')
    .trim()
    .toLowerCase()
    .split(/[-_,;\s]/)[0];
  return primary === 'en' ? 'en' : DEFAULT_LOCALE;
}

/** The writing direction of a locale, so `dir` always follows `lang`. */
export function getDirection(locale: Locale): Direction {
  return locale === 'ar' ? 'rtl' : 'ltr';
}
