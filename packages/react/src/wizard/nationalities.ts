/** Nationalities offered first (ISO 3166-1 alpha-2); names come from `Intl.DisplayNames` in the form's locale. */
export const NATIONALITY_CODES = [
  'SA',
  'YE',
  'EG',
  'SY',
  'SD',
  'JO',
  'PS',
  'LB',
  'IQ',
  'KW',
  'BH',
  'QA',
  'AE',
  'OM',
  'MA',
  'DZ',
  'TN',
  'LY',
  'MR',
  'SO',
  'ER',
  'ET',
  'TD',
  'NG',
  'PK',
  'IN',
  'BD',
  'AF',
  'ID',
  'PH',
  'LK',
  'NP',
  'TR',
  'IR',
] as const;

const optionsByLocale = new Map<'ar' | 'en', readonly { id: string; label: string }[]>();

/** Nationality options labelled in the locale. */
export function nationalityOptions(locale: 'ar' | 'en') {
  // The same list object for a locale, so the memoised select skips the wizard's re-renders (autosave status…).
  let options = optionsByLocale.get(locale);
  if (!options) {
    const names = new Intl.DisplayNames([locale], { type: 'region' });
    options = NATIONALITY_CODES.map((code) => ({ id: code, label: names.of(code) ?? code }));
    optionsByLocale.set(locale, options);
  }
  return options;
}
