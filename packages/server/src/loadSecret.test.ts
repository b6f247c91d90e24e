import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deriveToken, exampleSupportRequestSubmission } from '@mord/core';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer } from './startServer';

const PG_URL = process.env.MORD_TEST_DATABASE_URL;
const dirs: string[] = [];
const fresh = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mord-secret-'));
  dirs.push(dir);
  return join(dir, 'data');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function submitAndCheck(url: string) {
  const response = await fetch(`${url}/v1/forms/support-request/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'secret-test-key-1' },
    body: JSON.stringify(await exampleSupportRequestSubmission()),
  });
  return (await response.json()) as { reference: string; accessToken: string };
}

const status = (url: string, reference: string, token: string) =>
  fetch(`${url}/v1/requests/${reference}`, { headers: { authorization: `Bearer ${token}` } }).then(
    (r) => r.status,
  );

describe('the token secret lives outside the database', () => {
  it('keeps it in a 0600 key file in a 0700 data folder; the SQLite files are 0600', async () => {
    const dataDir = fresh();
    const server = await startServer({ port: 0, dataDir, rateLimit: 1000 });
    try {
      await submitAndCheck(server.url);
      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dataDir, 'mord.key')).mode & 0o777).toBe(0o600);
      for (const file of ['mord.sqlite', 'mord.sqlite-wal', 'mord.sqlite-shm']) {
        if (existsSync(join(dataDir, file))) expect(statSync(join(dataDir, file)).mode & 0o777).toBe(0o600);
      }
      const db = new Database(join(dataDir, 'mord.sqlite'), { readonly: true });
      expect(db.prepare('select count(*) as n from meta').get()).toEqual({ n: 0 });
      db.close();
    } finally {
      await server.close();
    }
  });

  it('a copy of the database alone cannot derive an access code: the secret is not in it', async () => {
    const dataDir = fresh();
    const server = await startServer({ port: 0, dataDir, rateLimit: 1000 });
    const receipt = await submitAndCheck(server.url);
    await server.close();
    const secret = readFileSync(join(dataDir, 'mord.key'), 'utf8').trim();
    expect(receipt.accessToken).toBe(await deriveToken(secret, `access:${receipt.reference}`));
    const bytes = Buffer.concat(
      ['mord.sqlite', 'mord.sqlite-wal']
        .filter((file) => existsSync(join(dataDir, file)))
        .map((file) => readFileSync(join(dataDir, file))),
    );
    expect(bytes.includes(secret)).toBe(false);
    expect(bytes.includes(receipt.accessToken)).toBe(false);
  });

  it.each([{ kind: 'sqlite' as const }, ...(PG_URL ? [{ kind: 'postgres' as const }] : [])])(
    'moves a secret an older version kept in the $kind database to the key file, so old codes keep working',
    async ({ kind }) => {
      const dataDir = fresh();
      const schema = `s_${Math.random().toString(36).slice(2, 10)}`;
      const options = {
        port: 0,
        dataDir,
        rateLimit: 1000,
        ...(kind === 'postgres' ? { databaseUrl: PG_URL!, databaseSchema: schema } : {}),
      };
      const first = await startServer({ ...options, secret: 'legacy-secret-0123456789' });
      const receipt = await submitAndCheck(first.url);
      await first.close();
      // As an older version left it: the secret in the meta table, no key file.
      if (kind === 'sqlite') {
        const db = new Database(join(dataDir, 'mord.sqlite'));
        db.prepare("insert into meta (key, value) values ('token_secret', 'legacy-secret-0123456789')").run();
        db.close();
      } else {
        const client = new pg.Client({ connectionString: PG_URL });
        await client.connect();
        await client.query(
          `insert into ${schema}.meta (key, value) values ('token_secret', 'legacy-secret-0123456789')`,
        );
        await client.end();
      }
      expect(receipt.accessToken).toBe(
        await deriveToken('legacy-secret-0123456789', `access:${receipt.reference}`),
      );
      const upgraded = await startServer(options);
      try {
        expect(await status(upgraded.url, receipt.reference, receipt.accessToken)).toBe(200);
        expect(readFileSync(join(dataDir, 'mord.key'), 'utf8').trim()).toBe('legacy-secret-0123456789');
        expect(await upgraded.store.takeLegacySecret()).toBeNull();
      } finally {
        await upgraded.close();
      }
    },
  );

  it('uses MORD_SECRET when set, and writes no key file', async () => {
    const dataDir = fresh();
    const server = await startServer({
      port: 0,
      dataDir,
      rateLimit: 1000,
      secret: 'from-the-environment-0123',
    });
    try {
      const receipt = await submitAndCheck(server.url);
      expect(receipt.accessToken).toBe(
        await deriveToken('from-the-environment-0123', `access:${receipt.reference}`),
      );
      expect(existsSync(join(dataDir, 'mord.key'))).toBe(false);
    } finally {
      await server.close();
    }
  });
});
