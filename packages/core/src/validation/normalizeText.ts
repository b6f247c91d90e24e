import { stripInvisibleMarks } from './normalizeDigits';

const TATWEEL = /\u0640/g;
// C0 and C1 control characters other than tab and line breaks: never meant to be typed, and some stores
// or terminals treat them specially. Tabs and line breaks are whitespace and handled below.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/**
 * Light clean-up for storing and showing typed text: NFKC (folds Arabic presentation forms), no bidi
 * or zero-width marks, no control characters, no tatweel, whitespace collapsed and trimmed. Diacritics and spelling are kept.
 * @example normalizeText('  ﻣﺤﻤـــد  ') // 'محمد'
 */
export function normalizeText(input: string): string {
  return stripInvisibleMarks(input.normalize('NFKC'))
    .replace(CONTROLS, '')
    .replace(TATWEEL, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Like {@link normalizeText} but keeps line breaks, for multi-line descriptions. */
export function normalizeMultilineText(input: string): string {
  return stripInvisibleMarks(input.normalize('NFKC'))
    .replace(CONTROLS, '')
    .replace(TATWEEL, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[^\S\n]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
