import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { ServerStore } from './store/ServerStore';

/**
 * The secret that derives access codes and signs upload grants, kept **outside the database**: a copy of
 * the database alone yields no working access code. `MORD_SECRET` when set (several server instances share
 * it); otherwise a key file created `0600` in a `0700` folder (`MORD_KEY_FILE`, default `<data folder>/mord.key`).
 * A secret an older version kept in the database is moved to the key file and deleted from the database,
 * so the codes already given out keep working.
 */
export async function loadSecret(
  store: ServerStore,
  options: { secret?: string; keyFile: string },
): Promise<string> {
  const legacy = await store.takeLegacySecret();
  if (options.secret) return options.secret;
  await mkdir(dirname(options.keyFile), { recursive: true, mode: 0o700 });
  try {
    const existing = (await readFile(options.keyFile, 'utf8')).trim();
    await chmod(options.keyFile, 0o600);
    if (existing) return existing;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const secret = legacy ?? randomBytes(32).toString('base64url');
  try {
    // `wx`: when another process created it meanwhile, its secret wins.
    await writeFile(options.keyFile, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(options.keyFile, 'utf8')).trim();
  }
}
