import { NATIONALITIES } from '@mord/core';

const optionsByLocale = new Map<'ar' | 'en', readonly { id: string; label: string }[]>();

/** Nationality options labelled in the locale (`NATIONALITIES`: adjectives, and «جنسية أخرى»). */
export function nationalityOptions(locale: 'ar' | 'en') {
  // The same list object for a locale, so the memoised select skips the wizard's re-renders (autosave status…).
  let options = optionsByLocale.get(locale);
  if (!options) {
    options = NATIONALITIES.map((option) => ({ id: option.id, label: option.label[locale] }));
    optionsByLocale.set(locale, options);
  }
  return options;
}
