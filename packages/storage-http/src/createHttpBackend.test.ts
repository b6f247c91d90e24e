import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testSubmissionBackend } from '@mord/adapter-testkit';
import { STAFF_ROLES } from '@mord/core';
import { createStaffKey, type RunningServer, startServer } from '@mord/server';
import { describe, expect, it } from 'vitest';
import { createHttpBackend } from './createHttpBackend';

const ROLES = STAFF_ROLES;
const servers = new WeakMap<object, { server: RunningServer; dir: string }>();

const PG_URL = process.env.MORD_TEST_DATABASE_URL;

async function startTestServer(database: 'sqlite' | 'postgres' = 'sqlite') {
  const dir = mkdtempSync(join(tmpdir(), 'mord-http-'));
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    rateLimit: 100_000,
    corsOrigins: [],
    ...(database === 'postgres'
      ? { databaseUrl: PG_URL!, databaseSchema: `h_${Math.random().toString(36).slice(2, 10)}` }
      : {}),
  });
  const staffKeys = Object.fromEntries(
    await Promise.all(ROLES.map(async (role) => [role, await createStaffKey(server.store, role, role)])),
  );
  return { server, dir, staffKeys };
}

for (const database of ['sqlite', ...(PG_URL ? ['postgres' as const] : [])] as const) {
  testSubmissionBackend({
    name: `createHttpBackend against @mord/server (${database}) on loopback`,
    async create() {
      const { server, dir, staffKeys } = await startTestServer(database);
      const subject = {
        backend: createHttpBackend({ baseUrl: server.url, attempts: 2, backoffMs: 20 }),
        staffKeys,
      };
      servers.set(subject, { server, dir });
      return subject;
    },
    async dispose(subject) {
      const running = servers.get(subject);
      await running?.server.close();
      if (running) rmSync(running.dir, { recursive: true, force: true });
    },
  });
}

describe('createHttpBackend', () => {
  it('retries an idempotent submission after a lost answer and records it once', async () => {
    const { server, dir, staffKeys } = await startTestServer();
    let calls = 0;
    const lossy: typeof fetch = async (input, init) => {
      calls += 1;
      const response = await fetch(input, init);
      // The first answer is lost on the way back: the server did record the request.
      if (calls === 1) throw new TypeError('network connection lost');
      return response;
    };
    const backend = createHttpBackend({ baseUrl: server.url, fetch: lossy, backoffMs: 10 });
    const { exampleSupportRequestSubmission } = await import('@mord/core');
    const receipt = await backend.submit('support-request', await exampleSupportRequestSubmission(), {
      idempotencyKey: 'lossy-key-0001',
    });
    expect(calls).toBe(2);
    const officer = await backend.staff({ key: staffKeys.relations_officer! });
    expect((await officer.listRequests()).map((r) => r.reference)).toEqual([receipt.reference]);
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reports an unreachable server as a retryable unavailable error', async () => {
    const backend = createHttpBackend({
      baseUrl: 'http://127.0.0.1:9',
      attempts: 2,
      backoffMs: 5,
      timeoutMs: 500,
    });
    await expect(backend.getStatus('MRD-2026-000001', 'x')).rejects.toMatchObject({
      code: 'unavailable',
      retryable: true,
    });
  });

  it('retries 408, 425, 429 and 5xx answers, and never a permanent refusal (413, 400, 403)', async () => {
    const answers: number[] = [];
    let script: number[] = [];
    // A loopback server that answers each request with the next status of the script (then 201).
    const proxy = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        const status = script.shift() ?? 201;
        answers.push(status);
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(
          status === 201
            ? JSON.stringify({ reference: 'MRD-2026-000001', accessToken: 't', status: 'submitted' })
            : JSON.stringify({ error: { code: 'whatever', message: 'no' } }),
        );
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    const backend = createHttpBackend({ baseUrl: url, attempts: 5, backoffMs: 1 });
    const payload = { data: {}, channel: 'website', locale: 'ar' } as const;
    try {
      script = [408, 425, 429, 503];
      await expect(
        backend.submit('inquiry', payload, { idempotencyKey: 'retry-key-0001' }),
      ).resolves.toMatchObject({
        reference: 'MRD-2026-000001',
      });
      expect(answers).toEqual([408, 425, 429, 503, 201]);
      for (const [status, code] of [
        [413, 'payload_too_large'],
        [400, 'validation_failed'],
        [403, 'forbidden'],
      ] as const) {
        answers.length = 0;
        script = [status];
        await expect(
          backend.submit('inquiry', payload, { idempotencyKey: `refused-key-${status}` }),
        ).rejects.toMatchObject({ code, retryable: false });
        expect(answers).toEqual([status]);
      }
    } finally {
      proxy.close();
    }
  });

  it('refuses a wrong staff key', async () => {
    const { server, dir } = await startTestServer();
    const backend = createHttpBackend({ baseUrl: server.url });
    await expect(backend.staff({ key: 'mrdk_wrong' })).rejects.toMatchObject({ code: 'forbidden' });
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
