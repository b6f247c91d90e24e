/** An unguessable URL-safe token with `bytes` bytes of randomness (base64url, no padding). */
export function randomToken(bytes = 24): string {
  const buffer = new Uint8Array(bytes);
  globalThis.crypto.getRandomValues(buffer);
  let binary = '';
  for (const b of buffer) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A human-readable request reference such as `MRD-2026-000123`. */
export function formatReference(year: number, sequence: number, prefix = 'MRD'): string {
  return `${prefix}-${year}-${String(sequence).padStart(6, '0')}`;
}

/** Whether a string looks like a request reference. */
export function isReference(value: unknown): value is string {
  return typeof value === 'string' && /^[A-Z]{2,5}-\d{4}-\d{6,12}$/.test(value);
}
