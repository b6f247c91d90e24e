import { StorageError } from '@mord/core';
import { createStore, type UseStore } from 'idb-keyval';

/**
 * Opens an idb-keyval store lazily, turning "no IndexedDB here" (private mode, sandboxed iframe, very old
 * browser) into a clear `storage_unavailable` error instead of a crash.
 */
export function openKeyval(dbName: string, storeName: string): () => UseStore {
  let store: UseStore | null = null;
  return () => {
    if (store) return store;
    if (typeof indexedDB === 'undefined' || indexedDB === null) {
      throw new StorageError('storage_unavailable', 'IndexedDB is not available in this browser context', {
        retryable: false,
      });
    }
    const opened = createStore(dbName, storeName);
    store = async (mode, callback) => {
      try {
        return await opened(mode, callback);
      } catch (cause) {
        throw new StorageError(
          'storage_unavailable',
          `IndexedDB refused the operation: ${(cause as Error)?.message ?? cause}`,
          {
            retryable: false,
            cause,
          },
        );
      }
    };
    return store;
  };
}
