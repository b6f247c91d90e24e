import { randomBytes } from 'node:crypto';
import { chmod, mkdir, open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { assertBlobId, type BlobStore, isBlobId } from '@mord/core';

/**
 * A {@link BlobStore} in a folder (by default `attachments/` in the data folder): the folder is created
 * 0700 and each file 0600, written to a temporary name, flushed to disk and renamed, so a crash leaves
 * either the whole file or none. Ids are checked before they become paths.
 * @example const blobs = await createFileBlobStore('./data/attachments')
 */
export async function createFileBlobStore(dir: string): Promise<BlobStore> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700);
  return {
    name: 'file',
    capabilities: { list: true },
    async put(id, bytes) {
      assertBlobId(id);
      const temporary = join(dir, `.tmp-${randomBytes(8).toString('hex')}`);
      const file = await open(temporary, 'wx', 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, join(dir, id));
    },
    async get(id) {
      assertBlobId(id);
      try {
        return new Uint8Array(await readFile(join(dir, id)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async delete(id) {
      assertBlobId(id);
      await rm(join(dir, id), { force: true });
    },
    async list() {
      return (await readdir(dir)).filter(isBlobId);
    },
  };
}
