// Starts the built `mord-server` command (as `npm start` runs it) on a free port in a throwaway data folder,
// with an admin key; for the benchmark scripts, which run after `pnpm build`.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;

/** Returns `{ url, adminKey, stop }`; `env` adds settings (MORD_RATE_LIMIT, …). */
export async function startBuiltServer(env = {}) {
  const work = mkdtempSync(join(tmpdir(), 'mord-bench-'));
  const entry = join(ROOT, 'packages/server/bin/mord-server.js');
  const fullEnv = { ...process.env, PORT: '0', MORD_DATA_DIR: join(work, 'data'), ...env };
  const adminKey = execFileSync(
    process.execPath,
    [entry, 'key', 'create', '--role', 'admin', '--name', 'bench'],
    {
      env: fullEnv,
      encoding: 'utf8',
    },
  )
    .trim()
    .split('\n')
    .at(-1);
  const child = spawn(process.execPath, [entry, 'start'], {
    env: fullEnv,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise((resolve) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]);
    });
  });
  return {
    url,
    adminKey,
    stop() {
      child.kill('SIGTERM');
      rmSync(work, { recursive: true, force: true });
    },
  };
}
