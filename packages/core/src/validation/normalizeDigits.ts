// U+200B–200F zero-width and directional marks, U+202A–202E embeddings/overrides,
// U+2066–2069 isolates, U+061C Arabic letter mark, U+FEFF BOM: all common in numbers pasted from chat apps.
const INVISIBLE_MARKS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * Converts Arabic-Indic (٠–٩) and Persian (۰–۹) digits to ASCII and strips bidi and zero-width marks.
 * Other characters are kept as they are.
 * @example normalizeDigits('\u200F٠٥٥ ١٢٣') // '055 123'
 */
export function normalizeDigits(input: string): string {
  return input.replace(INVISIBLE_MARKS, '').replace(EASTERN_DIGITS, (digit) => {
    const code = digit.charCodeAt(0);
    // NFKC does not fold these, so the offset is applied by hand.
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Removes bidi and zero-width marks only. */
export function stripInvisibleMarks(input: string): string {
  return input.replace(INVISIBLE_MARKS, '');
}
