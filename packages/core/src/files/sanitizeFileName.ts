// Bidi controls, zero-width marks and BOM, C0/C1 controls, and characters that separate paths or are
// refused by common file systems.
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the purpose
const REMOVED = /[\u0000-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const REPLACED = /[/\\:*?"<>|]/g;
const MAX_LENGTH = 120;

/**
 * A file name safe to keep as metadata and to offer in a download: NFC, without bidi or control
 * characters (so `‮fdp.exe` cannot pose as `exe.pdf`), without path separators or `..`, without leading
 * dots, at most 120 characters with the extension kept; `file` when nothing is left.
 * @example sanitizeFileName('../../etc/passwd') // 'etc_passwd'
 */
export function sanitizeFileName(input: unknown): string {
  let name = typeof input === 'string' ? input.normalize('NFC') : '';
  name = name.replace(REMOVED, '').replace(REPLACED, '_').replace(/\s+/g, ' ');
  name = name
    .replace(/\.{2,}/g, '.')
    .replace(/^[\s._]+/, '')
    .replace(/[\s.]+$/, '');
  const chars = Array.from(name);
  if (chars.length > MAX_LENGTH) {
    const dot = name.lastIndexOf('.');
    const extension = dot > 0 && name.length - dot <= 10 ? Array.from(name.slice(dot)) : [];
    name = [...chars.slice(0, MAX_LENGTH - extension.length), ...extension].join('');
  }
  return name || 'file';
}
