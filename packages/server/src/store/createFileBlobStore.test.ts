import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testBlobStore } from '@mord/adapter-testkit';
import { describe, expect, it } from 'vitest';
import { createFileBlobStore } from './createFileBlobStore';

const folders = new WeakMap<object, string>();

testBlobStore({
  name: 'createFileBlobStore (a folder)',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'mord-blobs-'));
    const store = await createFileBlobStore(join(dir, 'attachments'));
    folders.set(store, dir);
    return store;
  },
  dispose(store) {
    rmSync(folders.get(store)!, { recursive: true, force: true });
  },
});

describe('createFileBlobStore', () => {
  it('creates its folder 0700 and each file 0600, leaving no temporary file behind', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mord-blobs-'));
    try {
      const folder = join(dir, 'attachments');
      const store = await createFileBlobStore(folder);
      await store.put('att_one', Uint8Array.from([1, 2, 3]));
      expect(statSync(folder).mode & 0o777).toBe(0o700);
      expect(statSync(join(folder, 'att_one')).mode & 0o777).toBe(0o600);
      expect(await store.list!()).toEqual(['att_one']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
