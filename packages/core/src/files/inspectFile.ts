import { type AttachmentMediaType, detectMediaType } from '../storage/detectMediaType';

/** Why {@link inspectFile} refused a file. */
export type FileProblem = 'unknown_type' | 'malformed' | 'active_content';

/** Result of {@link inspectFile}. */
export type FileInspection =
  | { ok: true; mediaType: AttachmentMediaType }
  | { ok: false; problem: FileProblem; mediaType: AttachmentMediaType | null };

// Markup or script that a browser or viewer could run if the file were ever served as something else
// (a PDF or image that is also an HTML page: a polyglot). At least five characters each, so that the
// random bytes of compressed image data match them by chance about once in ten thousand 10 MB files.
const MARKUP = [
  '<script',
  '<html',
  '<body',
  '<iframe',
  '<object',
  '<embed',
  '<svg ',
  '<svg>',
  '<?php',
  '<!doctype',
  'javascript:',
];
// PDF features that run code or carry other files; a scanned document or certificate needs none of them.
const PDF_ACTIVE = ['/JavaScript', '/Launch', '/EmbeddedFile', '/RichMedia', '/XFA'];

function encode(words: readonly string[], lowercase: boolean): Uint8Array[] {
  return words.map((w) => Uint8Array.from(w, (c) => (lowercase ? c.toLowerCase() : c).charCodeAt(0)));
}
const MARKUP_BYTES = encode(MARKUP, true);
const PDF_ACTIVE_BYTES = encode(PDF_ACTIVE, false);

function lower(byte: number): number {
  return byte >= 0x41 && byte <= 0x5a ? byte + 0x20 : byte;
}

/** Whether any of the words occurs, comparing ASCII letters case-insensitively when asked; one pass. */
function contains(bytes: Uint8Array, words: Uint8Array[], caseless: boolean): boolean {
  const firsts = new Set(words.map((w) => w[0]!));
  for (let i = 0; i < bytes.length; i++) {
    const first = caseless ? lower(bytes[i]!) : bytes[i]!;
    if (!firsts.has(first)) continue;
    for (const word of words) {
      if (word[0] !== first || i + word.length > bytes.length) continue;
      let j = 1;
      while (j < word.length && (caseless ? lower(bytes[i + j]!) : bytes[i + j]!) === word[j]) j++;
      if (j === word.length) return true;
    }
  }
  return false;
}

function ascii(bytes: Uint8Array, from: number, to: number): string {
  let text = '';
  for (let i = Math.max(0, from); i < Math.min(bytes.length, to); i++) text += String.fromCharCode(bytes[i]!);
  return text;
}

function pdfWellFormed(bytes: Uint8Array): boolean {
  return (
    /^%PDF-[12]\.\d/.test(ascii(bytes, 0, 8)) &&
    ascii(bytes, bytes.length - 1024, bytes.length).includes('%%EOF')
  );
}

/** JPEG: the segments from SOI to the start of the image data must be well formed. */
function jpegWellFormed(bytes: Uint8Array): boolean {
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return false;
    const marker = bytes[i + 1]!;
    if (marker === 0xff) {
      i += 1;
      continue;
    }
    if (marker === 0xd9) return false;
    const length = (bytes[i + 2]! << 8) | bytes[i + 3]!;
    if (length < 2) return false;
    if (marker === 0xda) return i + 2 + length < bytes.length;
    i += 2 + length;
  }
  return false;
}

/** PNG: chunk after chunk up to IEND, which must end the file (nothing appended after the image). */
function pngWellFormed(bytes: Uint8Array): boolean {
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = ((bytes[i]! << 24) | (bytes[i + 1]! << 16) | (bytes[i + 2]! << 8) | bytes[i + 3]!) >>> 0;
    const type = ascii(bytes, i + 4, i + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) return false;
    const end = i + 12 + length;
    if (end > bytes.length) return false;
    if (type === 'IEND') return end === bytes.length;
    i = end;
  }
  return false;
}

/**
 * Judges an uploaded file by its whole content, never by its name or declared type: the type from its
 * signature (PDF, JPEG, PNG), its structure (a PDF ends with `%%EOF`, a JPEG's header segments are well
 * formed, a PNG ends at its `IEND` chunk), and no markup, script or active PDF content anywhere — so a
 * polyglot such as `%PDF-` followed by an HTML page, or a JPEG header carrying a script, is refused.
 * One pass over the bytes.
 * @example inspectFile(bytes) // { ok: true, mediaType: 'application/pdf' }
 */
export function inspectFile(bytes: Uint8Array): FileInspection {
  const mediaType = detectMediaType(bytes);
  if (!mediaType) return { ok: false, problem: 'unknown_type', mediaType: null };
  const wellFormed =
    mediaType === 'application/pdf'
      ? pdfWellFormed(bytes)
      : mediaType === 'image/jpeg'
        ? jpegWellFormed(bytes)
        : pngWellFormed(bytes);
  if (!wellFormed) return { ok: false, problem: 'malformed', mediaType };
  if (contains(bytes, MARKUP_BYTES, true)) return { ok: false, problem: 'active_content', mediaType };
  if (mediaType === 'application/pdf' && contains(bytes, PDF_ACTIVE_BYTES, false))
    return { ok: false, problem: 'active_content', mediaType };
  return { ok: true, mediaType };
}
