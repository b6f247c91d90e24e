import { normalizeDigits } from './normalizeDigits';

/**
 * Parses an amount of money typed in any of the ways people write it: Arabic-Indic digits, the Arabic
 * thousands separator `٬` and decimal separator `٫`, Latin `,` thousands separators, a `ر.س`/`SAR` suffix.
 * Returns null when the text is not a non-negative amount with at most two decimals.
 * @example parseAmount('٣٬٥٠٠٫٥٠') // 3500.5
 */
export function parseAmount(input: string | number): number | null {
  if (typeof input === 'number') return Number.isFinite(input) && input >= 0 ? input : null;
  const text = normalizeDigits(input)
    .replace(/ر\.?\s?س\.?|SAR|ريال/gi, '')
    .replace(/[\s\u00A0\u066C,]/g, '')
    .replace(/\u066B/g, '.');
  if (!/^\d+(\.\d{1,2})?$/.test(text)) return null;
  return Number(text);
}
