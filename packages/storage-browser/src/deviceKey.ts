import { get, set } from 'idb-keyval';
import { openKeyval } from './openKeyval';

const keys = new Map<string, Promise<CryptoKey>>();

/**
 * This browser's key for data at rest: an AES-GCM key created once, **non-extractable** (no script can
 * read its bytes, only ask the browser to use it), kept in its own IndexedDB database apart from the data it
 * protects. Clearing the site's data removes both.
 */
export function deviceKey(dbName = 'mord-keys'): Promise<CryptoKey> {
  let key = keys.get(dbName);
  if (!key) {
    const store = openKeyval(dbName, 'keys');
    key = (async () => {
      const existing = await get<CryptoKey>('device', store());
      if (existing) return existing;
      const created = await globalThis.crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
        'encrypt',
        'decrypt',
      ]);
      await set('device', created, store());
      // Another tab may have created one meanwhile: whichever was stored is the one to use.
      return (await get<CryptoKey>('device', store())) ?? created;
    })();
    key.catch(() => keys.delete(dbName));
    keys.set(dbName, key);
  }
  return key;
}

/** What {@link seal} stores: a fresh IV and the ciphertext. */
export interface Sealed {
  iv: Uint8Array;
  ciphertext: ArrayBuffer;
}

/** Encrypts a JSON value with a key (AES-GCM, a fresh IV each time). */
export async function seal(key: CryptoKey, value: unknown): Promise<Sealed> {
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const plain = new TextEncoder().encode(JSON.stringify(value));
  return { iv, ciphertext: await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain) };
}

/** Decrypts what {@link seal} stored, or null when this key cannot (another browser profile's data). */
export async function unseal<T>(key: CryptoKey, sealed: Sealed): Promise<T | null> {
  try {
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: sealed.iv as Uint8Array<ArrayBuffer> },
      key,
      sealed.ciphertext,
    );
    return JSON.parse(new TextDecoder().decode(plain)) as T;
  } catch {
    return null;
  }
}
