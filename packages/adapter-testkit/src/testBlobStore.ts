import { type BlobStore, isStorageError } from '@mord/core';
import { describe, expect, it } from 'vitest';
import { FILE_SAMPLES } from './fixtures';
import { refusal } from './refusal';

/** Options of {@link testBlobStore}. */
export interface BlobStoreSuiteOptions {
  /** Shown in the suite title. */
  name: string;
  /** Makes a fresh, empty store; called once per test. */
  create: () => BlobStore | Promise<BlobStore>;
  /** Releases a store after its test. */
  dispose?: (store: BlobStore) => void | Promise<void>;
}

/** Whether two byte arrays hold the same bytes (a loop: deep equality is far too slow for megabytes). */
function sameBytes(a: Uint8Array | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.byteLength; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The blob-store conformance suite: run it in a vitest file against any {@link BlobStore} (a folder, an
 * S3-compatible bucket). Each test gets a fresh store; `list`, when not declared, shows up as skipped.
 * @example testBlobStore({ name: 'memory', create: () => createMemoryBlobStore() })
 */
export function testBlobStore(options: BlobStoreSuiteOptions): void {
  const withStore =
    (test: (store: BlobStore) => Promise<void>, needsList = false) =>
    async (context: { skip: (note?: string) => void }) => {
      const store = await options.create();
      try {
        if (needsList && !store.capabilities?.list) context.skip(`${options.name} does not declare 'list'`);
        await test(store);
      } finally {
        await options.dispose?.(store);
      }
    };

  describe(`BlobStore conformance: ${options.name}`, () => {
    it(
      'returns null for an id never stored',
      withStore(async (store) => {
        expect(await store.get('att_missing')).toBeNull();
      }),
    );

    it(
      'returns every byte it was given, zeros and high bytes included',
      withStore(async (store) => {
        const bytes = Uint8Array.from({ length: 70_000 }, (_, i) => (i * 31) % 256);
        await store.put('att_bytes', bytes);
        expect(sameBytes(await store.get('att_bytes'), bytes)).toBe(true);
        await store.put('att_png', FILE_SAMPLES.png);
        expect(sameBytes(await store.get('att_png'), FILE_SAMPLES.png)).toBe(true);
      }),
    );

    it(
      'keeps its own copy: changing the caller’s array later changes nothing stored',
      withStore(async (store) => {
        const bytes = Uint8Array.from([1, 2, 3]);
        await store.put('att_copy', bytes);
        bytes[0] = 9;
        expect(await store.get('att_copy')).toEqual(Uint8Array.from([1, 2, 3]));
      }),
    );

    it(
      'replaces what an id held',
      withStore(async (store) => {
        await store.put('att_same', Uint8Array.from([1]));
        await store.put('att_same', Uint8Array.from([2, 2]));
        expect(await store.get('att_same')).toEqual(Uint8Array.from([2, 2]));
      }),
    );

    it(
      'deletes, and deleting what is not there is no error',
      withStore(async (store) => {
        await store.put('att_gone', FILE_SAMPLES.pdf);
        await store.delete('att_gone');
        expect(await store.get('att_gone')).toBeNull();
        await store.delete('att_gone');
        await store.delete('att_never');
      }),
    );

    it(
      'keeps 5 MB intact and stores 16 files written at once',
      withStore(async (store) => {
        const big = new Uint8Array(5 * 1024 * 1024);
        big[0] = 1;
        big[big.length - 1] = 2;
        await store.put('att_big', big);
        expect(sameBytes(await store.get('att_big'), big)).toBe(true);
        const ids = Array.from({ length: 16 }, (_, i) => `att_c${i}`);
        await Promise.all(ids.map((id, i) => store.put(id, Uint8Array.from([i]))));
        for (const [i, id] of ids.entries()) expect(await store.get(id)).toEqual(Uint8Array.from([i]));
      }),
    );

    it(
      'refuses ids that could reach outside the store, with validation_failed',
      withStore(async (store) => {
        for (const id of ['../escape', 'a/b', 'a\\b', '', '.', '..', 'x'.repeat(101), 'a.b', 'نص']) {
          for (const work of [
            () => store.put(id, FILE_SAMPLES.pdf),
            () => store.get(id),
            () => store.delete(id),
          ]) {
            const error = await refusal(work);
            expect(isStorageError(error) && error.code).toBe('validation_failed');
          }
        }
      }),
    );

    it(
      'lists the ids it holds',
      withStore(async (store) => {
        await store.put('att_a', FILE_SAMPLES.pdf);
        await store.put('att_b', FILE_SAMPLES.png);
        await store.delete('att_a');
        expect(await store.list!()).toEqual(['att_b']);
      }, true),
    );
  });
}
