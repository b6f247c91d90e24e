import { DEFAULT_LOCALE, type Locale } from '../i18n/locale';

/**
 * A link from a message, opening its page in her language: `lang=<locale>` in the query, before any `#`
 * route. Arabic is every page's default, so an Arabic link stays as it was — shorter in a text message,
 * where Arabic counts 70 characters a part.
 * @example linkInLanguage('https://mord.example/#/status/MRD-…/abc', 'en') // 'https://mord.example/?lang=en#/status/MRD-…/abc'
 */
export function linkInLanguage(link: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE) return link;
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    return link;
  }
  url.searchParams.set('lang', locale);
  return url.href;
}
