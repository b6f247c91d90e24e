import type { DraftStore, Envelope } from '@mord/core';
import { del, get, keys, set } from 'idb-keyval';
import { deviceKey, seal, unseal } from './deviceKey';
import { openKeyval } from './openKeyval';

/** Options of {@link createIndexedDbDraftStore}. */
export interface IndexedDbDraftStoreOptions {
  /** Keeps the drafts of one site or embed apart from others on the same origin. @default 'mord' */
  namespace?: string;
  /** @default 'mord-drafts' */
  dbName?: string;
  /** Drafts older than this are dropped when read. @default 7 days */
  ttlMs?: number;
  /**
   * The AES-GCM `CryptoKey` drafts are encrypted with (a fresh IV each time), e.g. one from a staff member's
   * session at a shared branch device. @default this browser's non-extractable key (`deviceKey`)
   */
  encryptionKey?: CryptoKey;
  /** Where this browser's key lives when no `encryptionKey` is given. @default 'mord-keys' */
  keyDbName?: string;
  /** @default () => new Date() */
  now?: () => Date;
}

/** Seven days, the default life of a draft. */
export const DEFAULT_DRAFT_TTL_MS = 7 * 24 * 60 * 60 * 1000;

interface StoredDraft {
  savedAt: string;
  envelope?: Envelope;
  iv?: Uint8Array;
  ciphertext?: ArrayBuffer;
}

/**
 * Drafts in IndexedDB: namespaced per site or embed, versioned envelopes, a time-to-live, encrypted at rest
 * (by default with this browser's non-extractable key, kept in its own database). Where IndexedDB is unavailable every call fails with `storage_unavailable`, which the forms
 * show as "the draft could not be saved on this device" while the form keeps working.
 * @example createIndexedDbDraftStore({ namespace: 'partner-site', ttlMs: 3 * 24 * 3600 * 1000 })
 */
export function createIndexedDbDraftStore(options: IndexedDbDraftStoreOptions = {}): DraftStore {
  const store = openKeyval(options.dbName ?? 'mord-drafts', 'drafts');
  const prefix = `${options.namespace ?? 'mord'}:`;
  const ttl = options.ttlMs ?? DEFAULT_DRAFT_TTL_MS;
  const now = options.now ?? (() => new Date());
  // What she typed is never stored in clear: the given key, or this browser's own (not extractable).
  const keyFor = async () => options.encryptionKey ?? (await deviceKey(options.keyDbName));

  async function sealDraft(envelope: Envelope): Promise<StoredDraft> {
    return { savedAt: envelope.savedAt, ...(await seal(await keyFor(), envelope)) };
  }

  async function open(stored: StoredDraft): Promise<Envelope | null> {
    // A draft an earlier version kept in clear is still read (and sealed at its next save).
    if (stored.envelope) return stored.envelope;
    if (!stored.iv || !stored.ciphertext) return null;
    // Another key (another staff session) cannot open it: not readable here.
    return unseal<Envelope>(await keyFor(), { iv: stored.iv, ciphertext: stored.ciphertext });
  }

  return {
    name: 'indexeddb',
    capabilities: { keys: true, clear: true, expiry: true },
    async getItem(name) {
      const stored = await get<StoredDraft>(prefix + name, store());
      if (!stored) return null;
      if (now().getTime() - Date.parse(stored.savedAt) > ttl) {
        await del(prefix + name, store());
        return null;
      }
      return open(stored);
    },
    async setItem(name, envelope) {
      await set(prefix + name, await sealDraft(envelope), store());
    },
    async removeItem(name) {
      await del(prefix + name, store());
    },
    async getKeys(sub = '') {
      return (await keys<string>(store()))
        .filter((k) => typeof k === 'string' && k.startsWith(prefix + sub))
        .map((k) => k.slice(prefix.length));
    },
    async clear(sub = '') {
      for (const k of await keys<string>(store()))
        if (typeof k === 'string' && k.startsWith(prefix + sub)) await del(k, store());
    },
  };
}
