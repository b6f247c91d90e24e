import { stripInvisibleMarks } from './normalizeDigits';

const TATWEEL = /\u0640/g;

/**
 * Light clean-up for storing and showing typed text: NFKC (folds Arabic presentation forms), no bidi
 * or zero-width marks, no tatweel, whitespace collapsed and trimmed. Diacritics and spelling are kept.
 * @example normalizeText('  ﻣﺤﻤـــد  ') // 'محمد'
 */
export function normalizeText(input: string): string {
  return stripInvisibleMarks(input.normalize('NFKC')).replace(TATWEEL, '').replace(/\s+/g, ' ').trim();
}

/** Like {@link normalizeText} but keeps line breaks, for multi-line descriptions. */
export function normalizeMultilineText(input: string): string {
  return stripInvisibleMarks(input.normalize('NFKC'))
    .replace(TATWEEL, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
