import type { MaybePromise } from '../storage/contracts';
import { StorageError } from '../storage/StorageError';

/** Optional features a blob store declares; the testkit skips (visibly) what is not declared. */
export interface BlobStoreCapabilities {
  /** `list` is implemented. */
  list?: boolean;
}

/**
 * Where uploaded files' bytes live, apart from the database (a folder, an S3-compatible bucket): a small
 * structural interface with its own conformance suite (`testBlobStore` in `@mord/adapter-testkit`).
 * Ids are {@link isBlobId} strings chosen by the backend, never by the uploader.
 */
export interface BlobStore {
  readonly name?: string;
  readonly capabilities?: BlobStoreCapabilities;
  /** Stores bytes under an id, replacing what was there; resolves once they are durable. */
  put(id: string, bytes: Uint8Array): MaybePromise<void>;
  /** The bytes, or null when nothing is stored under the id. */
  get(id: string): MaybePromise<Uint8Array | null>;
  /** Removes the bytes; removing what is not there is not an error. */
  delete(id: string): MaybePromise<void>;
  /** Every stored id. */
  list?(): MaybePromise<string[]>;
}

/** Whether a string may name a blob: 1–100 ASCII letters, digits, `_` and `-` (no dots, no separators). */
export function isBlobId(id: unknown): id is string {
  return typeof id === 'string' && /^[A-Za-z0-9_-]{1,100}$/.test(id);
}

/** Throws `validation_failed` unless {@link isBlobId}: stores call it first, so no id can reach a path. */
export function assertBlobId(id: unknown): asserts id is string {
  if (!isBlobId(id)) throw new StorageError('validation_failed', 'Invalid blob id');
}

/** A {@link BlobStore} in memory, for tests, demos and the memory adapter. */
export function createMemoryBlobStore(): BlobStore {
  const blobs = new Map<string, Uint8Array>();
  return {
    name: 'memory',
    capabilities: { list: true },
    put(id, bytes) {
      assertBlobId(id);
      blobs.set(id, bytes.slice());
    },
    get(id) {
      assertBlobId(id);
      return blobs.get(id)?.slice() ?? null;
    },
    delete(id) {
      assertBlobId(id);
      blobs.delete(id);
    },
    list: () => [...blobs.keys()],
  };
}
