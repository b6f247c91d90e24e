/**
 * Lowercase hex SHA-256 of a UTF-8 string or of bytes, with WebCrypto (browsers and Node 20).
 * @example await sha256Hex('abc') // 'ba7816bf…'
 */
export async function sha256Hex(input: string | Uint8Array): Promise<string> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
