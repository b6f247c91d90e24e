function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * A secret derived from a server secret and a label (HMAC-SHA-256, base64url, 32 characters): the same
 * label always gives the same token, so a backend can hand out an access token again on an idempotent
 * replay while storing only its hash.
 */
export async function deriveToken(secret: string, label: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await globalThis.crypto.subtle.importKey(
    'raw',
    encoder.encode(secret),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = await globalThis.crypto.subtle.sign('HMAC', key, encoder.encode(label));
  return base64url(new Uint8Array(signature)).slice(0, 32);
}
