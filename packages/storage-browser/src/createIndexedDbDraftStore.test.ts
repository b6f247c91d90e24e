import 'fake-indexeddb/auto';
import { testDraftStore } from '@mord/adapter-testkit';
import { createEnvelope } from '@mord/core';
import { describe, expect, it } from 'vitest';
import { createIndexedDbDraftStore } from './createIndexedDbDraftStore';

let n = 0;
const fresh = (options = {}) => createIndexedDbDraftStore({ dbName: `drafts-test-${++n}`, ...options });

testDraftStore({ name: 'createIndexedDbDraftStore (fake-indexeddb)', create: () => fresh() });

describe('createIndexedDbDraftStore', () => {
  it('keeps namespaces apart on one database', async () => {
    const dbName = `shared-${++n}`;
    const partner = createIndexedDbDraftStore({ dbName, namespace: 'partner' });
    const site = createIndexedDbDraftStore({ dbName, namespace: 'site' });
    await partner.setItem('support-request', createEnvelope('partner draft'));
    await site.setItem('support-request', createEnvelope('site draft'));
    expect((await partner.getItem('support-request'))?.payload).toBe('partner draft');
    expect((await site.getItem('support-request'))?.payload).toBe('site draft');
    await partner.clear!();
    expect(await partner.getItem('support-request')).toBeNull();
    expect((await site.getItem('support-request'))?.payload).toBe('site draft');
  });

  it('drops drafts older than the time-to-live', async () => {
    let now = new Date('2026-11-01T00:00:00Z');
    const store = fresh({ ttlMs: 24 * 3600 * 1000, now: () => now });
    await store.setItem('k', createEnvelope({ step: 3 }, 1, now));
    now = new Date('2026-11-01T23:00:00Z');
    expect(await store.getItem('k')).not.toBeNull();
    now = new Date('2026-11-02T01:00:00Z');
    expect(await store.getItem('k')).toBeNull();
    expect(await store.getKeys!()).toEqual([]);
  });

  it('encrypts drafts at rest with an AES-GCM key, readable only with that key', async () => {
    const dbName = `secret-${++n}`;
    const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const other = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
      'encrypt',
      'decrypt',
    ]);
    const store = createIndexedDbDraftStore({ dbName, encryptionKey: key });
    await store.setItem('k', createEnvelope({ name: 'فاطمة', id: '1000000008' }));
    expect((await store.getItem('k'))?.payload).toEqual({ name: 'فاطمة', id: '1000000008' });
    const raw = await new Promise<unknown>((resolve) => {
      const open = indexedDB.open(dbName);
      open.onsuccess = () => {
        const get = open.result.transaction('drafts').objectStore('drafts').get('mord:k');
        get.onsuccess = () => resolve(get.result);
      };
    });
    expect(JSON.stringify(raw)).not.toContain('1000000008');
    expect(await createIndexedDbDraftStore({ dbName, encryptionKey: other }).getItem('k')).toBeNull();
  });

  it('fails with a clear storage_unavailable error where IndexedDB is missing', async () => {
    const saved = globalThis.indexedDB;
    // @ts-expect-error simulating a sandboxed iframe without IndexedDB
    delete globalThis.indexedDB;
    try {
      const store = createIndexedDbDraftStore({ dbName: 'none' });
      await expect(Promise.resolve().then(() => store.getItem('k'))).rejects.toMatchObject({
        code: 'storage_unavailable',
      });
    } finally {
      globalThis.indexedDB = saved;
    }
  });
});

describe('drafts at rest', () => {
  it('are encrypted with this browser’s non-extractable key by default, and still read back', async () => {
    const dbName = `drafts-rest-${++n}`;
    const keyDbName = `drafts-keys-${n}`;
    const store = createIndexedDbDraftStore({ dbName, keyDbName });
    await store.setItem(
      'support-request',
      createEnvelope({ applicant: { firstName: 'فاطمة' }, mobile: '0551234567' }),
    );
    expect((await store.getItem('support-request'))?.payload).toEqual({
      applicant: { firstName: 'فاطمة' },
      mobile: '0551234567',
    });
    const { createStore, entries, get } = await import('idb-keyval');
    const all = (await entries(createStore(dbName, 'drafts'))) as [string, Record<string, unknown>][];
    expect(all).toHaveLength(1);
    const stored = all[0]![1];
    expect(stored).not.toHaveProperty('envelope');
    const bytes = new TextDecoder().decode(stored.ciphertext as ArrayBuffer);
    expect(bytes).not.toContain('فاطمة');
    expect(bytes).not.toContain('0551234567');
    const key = await get<CryptoKey>('device', createStore(keyDbName, 'keys'));
    expect(key?.extractable).toBe(false);
  });
});
