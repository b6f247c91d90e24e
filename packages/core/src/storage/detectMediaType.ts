import type { ATTACHMENT_MEDIA_TYPES } from '../options/requestOptions';

/** An accepted attachment media type. */
export type AttachmentMediaType = (typeof ATTACHMENT_MEDIA_TYPES)[number];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/**
 * The media type of a file judged by its first bytes (PDF, JPEG, PNG), or null for anything else:
 * the declared type of an upload is never trusted.
 */
export function detectMediaType(bytes: Uint8Array): AttachmentMediaType | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  return null;
}
