import { normalizeText } from './normalizeText';

// Harakat, Quranic marks and superscript alef: U+0610–061A, U+064B–065F, U+0670, U+06D6–06ED.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const FOLDS: Record<string, string> = {
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ى: 'ي',
  ة: 'ه',
  ؤ: 'و',
  ئ: 'ي',
  ی: 'ي',
  ک: 'ك',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

/**
 * The search and de-duplication key of a name: diacritics removed, alef/ya/ta-marbuta/hamza seats
 * folded, `عبد ال…` joined, Latin lower-cased. Never show it; keep the user's spelling for display.
 * @example arabicNameKey('عبدُ الرَّحْمن') === arabicNameKey('عبدالرحمن') // true
 */
export function arabicNameKey(name: string): string {
  return (
    normalizeText(name)
      .replace(DIACRITICS, '')
      .replace(FOLDABLE, (ch) => FOLDS[ch] ?? ch)
      // "عبد الله" and "عبدالله" are the same name written two ways.
      .replace(/(^|\s)عبد\s+/g, '$1عبد')
      .toLowerCase()
  );
}
