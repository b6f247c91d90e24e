import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exampleSupportRequestSubmission } from '@mord/core';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpReceiver } from './notify/smtpReceiver';

let dir: string;
let entry: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mord-crash-'));
  // Inside the package, so Node resolves better-sqlite3 from its node_modules.
  mkdirSync(join(import.meta.dirname, '../.tmp'), { recursive: true });
  entry = join(mkdtempSync(join(import.meta.dirname, '../.tmp/crash-')), 'server.mjs');
  // A real server process to kill: the CLI bundled from source, native modules left external.
  await build({
    entryPoints: [join(import.meta.dirname, 'cli.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@mord/source'],
    external: ['better-sqlite3'],
    outfile: entry,
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'error',
  });
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(entry, '..'), { recursive: true, force: true });
});

function startChild(
  env: Record<string, string> = {},
  data = 'data',
): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [entry, 'start'], {
    env: { ...process.env, PORT: '0', MORD_DATA_DIR: join(dir, data), MORD_RATE_LIMIT: '100000', ...env },
    cwd: join(import.meta.dirname, '..'),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on('data', (chunk) => {
      out += chunk;
    });
    child.once('exit', (code) => reject(new Error(`server exited (${code}): ${out}`)));
  });
}

describe('@mord/server crash safety', () => {
  it('keeps every submission that got a 201 when the process is killed during a burst', async () => {
    const first = await startChild();
    const acknowledged: { reference: string; accessToken: string }[] = [];
    const bodies = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        exampleSupportRequestSubmission({
          mutate: (d) => {
            d.address.district = `حي ${i}`;
          },
        }),
      ),
    );
    let sent = 0;
    let killed = false;
    const worker = async () => {
      while (sent < 400) {
        const i = sent++;
        try {
          const response = await fetch(`${first.url}/v1/forms/support-request/submissions`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'idempotency-key': `crash-${i}` },
            body: JSON.stringify(bodies[i % bodies.length]),
          });
          if (response.status === 201)
            acknowledged.push((await response.json()) as { reference: string; accessToken: string });
        } catch {
          // Connections die with the process: those submissions were never acknowledged.
        }
        if (!killed && acknowledged.length >= 60) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, worker));
    expect(killed).toBe(true);
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);

    const second = await startChild();
    const missing: string[] = [];
    for (const receipt of acknowledged) {
      const response = await fetch(`${second.url}/v1/requests/${receipt.reference}`, {
        headers: { authorization: `Bearer ${receipt.accessToken}` },
      });
      if (response.status !== 200) missing.push(receipt.reference);
    }
    second.child.kill('SIGTERM');
    expect(missing).toEqual([]);
  }, 60_000);

  it('sends every message of an acknowledged request when the process is killed mid-delivery and restarted', async () => {
    // A slow mail server, so the kill lands while messages are going out.
    const receiver = await smtpReceiver({ delayMs: 40 });
    const env = {
      MORD_SMTP_URL: receiver.url,
      MORD_MAIL_FROM: 'Mord <noreply@mord.example>',
      MORD_PUBLIC_URL: 'https://mord.example',
      MORD_NOTIFY_INTERVAL_MS: '20',
      MORD_NOTIFY_LEASE_MS: '1000',
    };
    const first = await startChild(env, 'data-notify');
    const references: string[] = [];
    for (let i = 0; i < 30; i++) {
      const body = await exampleSupportRequestSubmission({
        mutate: (d) => {
          d.contact.preferredContact = 'email';
          d.contact.email = `hind${i}@example.org`;
        },
      });
      const response = await fetch(`${first.url}/v1/forms/support-request/submissions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `crash-notify-${i}` },
        body: JSON.stringify(body),
      });
      expect(response.status).toBe(201);
      references.push(((await response.json()) as { reference: string }).reference);
    }
    while (receiver.received.length < 8) await new Promise((r) => setTimeout(r, 10));
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const beforeRestart = receiver.received.length;
    expect(beforeRestart).toBeLessThan(30);

    const second = await startChild(env, 'data-notify');
    for (let i = 0; i < 600 && new Set(receiver.received.map((m) => m.messageId)).size < 30; i++)
      await new Promise((r) => setTimeout(r, 25));
    second.child.kill('SIGTERM');
    await receiver.close();
    // None lost: one e-mail per request, each to her, each with its event's id as Message-ID.
    const ids = new Set(receiver.received.map((m) => m.messageId));
    expect([...ids].sort()).toEqual(references.map((ref) => `<received.${ref}.0@mord.example>`).sort());
    // At most the one being sent at the kill goes twice — with the same Message-ID, which a provider drops.
    expect(receiver.received.length - ids.size).toBeLessThanOrEqual(1);
  }, 60_000);
});
