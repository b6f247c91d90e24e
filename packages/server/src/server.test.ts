import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FILE_SAMPLES } from '@mord/adapter-testkit';
import {
  exampleSupportRequestSubmission,
  STAFF_ROLES,
  type StaffRole,
  VERIFICATION_CHECKLIST,
} from '@mord/core';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from './cli/main';
import { createStaffKey, type RunningServer, startServer } from './startServer';
import { signWebhook } from './webhook';

const PG_URL = process.env.MORD_TEST_DATABASE_URL;
const DATABASES: { kind: 'sqlite' | 'postgres' }[] = [
  { kind: 'sqlite' },
  ...(PG_URL ? [{ kind: 'postgres' as const }] : []),
];

let dir: string;
let schema: string;
let server: RunningServer;
let keys: Record<StaffRole, string>;
let database: 'sqlite' | 'postgres';

async function start(overrides = {}) {
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir: dir,
    rateLimit: 10_000,
    corsOrigins: ['https://partner.example'],
    ...(database === 'postgres' ? { databaseUrl: PG_URL!, databaseSchema: schema } : {}),
    ...overrides,
  });
  keys = Object.fromEntries(
    await Promise.all(STAFF_ROLES.map(async (r) => [r, await createStaffKey(server.store, r, r)])),
  ) as Record<StaffRole, string>;
}

// Without MORD_TEST_DATABASE_URL (the test command always sets it) the PostgreSQL run shows as skipped.
it.skipIf(!PG_URL)('runs every server test against PostgreSQL as well as SQLite', () => {
  expect(DATABASES.map((d) => d.kind)).toEqual(['sqlite', 'postgres']);
});

const submit = (body: unknown, headers: Record<string, string> = {}, form = 'support-request') =>
  fetch(`${server.url}/v1/forms/${form}/submissions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `key-${Math.random()}`, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const staff = (role: StaffRole, path: string, init: RequestInit = {}) =>
  fetch(`${server.url}/v1/staff${path}`, {
    ...init,
    headers: { authorization: `Bearer ${keys[role]}`, 'content-type': 'application/json', ...init.headers },
  });

describe.each(DATABASES)('@mord/server on $kind', ({ kind }) => {
  beforeEach(async () => {
    database = kind;
    schema = `t_${Math.random().toString(36).slice(2, 10)}`;
    dir = mkdtempSync(join(tmpdir(), 'mord-server-'));
    await start();
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers health checks with security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(await response.json()).toEqual({ status: 'ok' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
  });

  it('requires an idempotency key, JSON, a known form and a body under the limit', async () => {
    const payload = await exampleSupportRequestSubmission();
    const noKey = await fetch(`${server.url}/v1/forms/support-request/submissions`, {
      method: 'POST',
      body: JSON.stringify(payload),
    });
    expect(noKey.status).toBe(400);
    expect(((await noKey.json()) as { error: { code: string } }).error.code).toBe('validation_failed');
    expect((await submit('{not json')).status).toBe(400);
    expect((await submit(payload, {}, 'donation')).status).toBe(404);
    const huge = await submit(
      { ...payload, data: { padding: 'ن'.repeat(1_100_000) } },
      { connection: 'close' },
    );
    expect(huge.status).toBe(413);
  });

  it('returns 201 with the same receipt for a repeated key, and 409 for another body', async () => {
    const payload = await exampleSupportRequestSubmission();
    const first = await submit(payload, { 'idempotency-key': 'same-key-0001' });
    const again = await submit(payload, { 'idempotency-key': 'same-key-0001' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(await again.json()).toEqual(await first.json());
    const other = await exampleSupportRequestSubmission({
      mutate: (d) => {
        d.address.city = 'جدة';
      },
    });
    expect((await submit(other, { 'idempotency-key': 'same-key-0001' })).status).toBe(409);
  });

  it('answers invalid data with issues in the Accept-Language', async () => {
    const payload = await exampleSupportRequestSubmission();
    (payload.data as { contact: { mobile: string } }).contact.mobile = '0521';
    const ar = (await (await submit(payload, { 'accept-language': 'ar-SA' })).json()) as {
      error: { issues: { message: string }[] };
    };
    const en = (await (await submit(payload, { 'accept-language': 'en-GB,en;q=0.9' })).json()) as typeof ar;
    expect(ar.error.issues[0]!.message).toBe('أدخلي رقم جوال سعوديًا من ١٠ أرقام يبدأ بـ ٠٥، مثل ٠٥٥١٢٣٤٥٦٧.');
    expect(en.error.issues[0]!.message).toBe(
      'Enter a Saudi mobile number of 10 digits starting with 05, such as 0551234567.',
    );
  });

  it('refuses 31 household members (schema limit) and 10,000 (body limit) with clear errors, storing nothing', async () => {
    const payload = await exampleSupportRequestSubmission();
    const data = payload.data as { household: unknown[] };
    const member = data.household[0];
    data.household = Array.from({ length: 31 }, () => member);
    const response = await submit(payload, { 'accept-language': 'en' });
    expect(response.status).toBe(400);
    expect(
      ((await response.json()) as { error: { issues: { path: string; message: string }[] } }).error.issues[0],
    ).toMatchObject({
      path: 'data.household',
      message: 'Add at most 30.',
    });
    data.household = Array.from({ length: 10_000 }, () => member);
    const tooBig = await submit(payload, { 'accept-language': 'en', connection: 'close' });
    expect(tooBig.status).toBe(413);
    expect(((await tooBig.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
    expect(await server.store.repository.listRequests({})).toEqual([]);
  });

  it('shows the status only with the right token; otherwise 404 like an unknown reference', async () => {
    const receipt = (await (await submit(await exampleSupportRequestSubmission())).json()) as {
      reference: string;
      accessToken: string;
    };
    const ok = await fetch(`${server.url}/v1/requests/${receipt.reference}`, {
      headers: { authorization: `Bearer ${receipt.accessToken}` },
    });
    expect(ok.status).toBe(200);
    expect(JSON.stringify(await ok.json())).not.toContain('فاطمة');
    for (const headers of [{ authorization: 'Bearer wrong' }, {}] as Record<string, string>[]) {
      expect((await fetch(`${server.url}/v1/requests/${receipt.reference}`, { headers })).status).toBe(404);
    }
    expect(
      (
        await fetch(`${server.url}/v1/requests/MRD-2026-999999`, {
          headers: { authorization: `Bearer ${receipt.accessToken}` },
        })
      ).status,
    ).toBe(404);
  });

  it('judges attachments by content: an executable named .pdf is refused with 415', async () => {
    const { grant } = (await (
      await fetch(`${server.url}/v1/forms/support-request/upload-grants`, { method: 'POST' })
    ).json()) as { grant: string };
    const put = (bytes: Uint8Array, type: string) =>
      fetch(`${server.url}/v1/attachments`, {
        method: 'POST',
        headers: {
          'content-type': type,
          'x-file-name': encodeURIComponent('هوية.pdf'),
          'x-upload-grant': grant,
        },
        body: bytes as Uint8Array<ArrayBuffer>,
      });
    const pdf = await put(FILE_SAMPLES.pdf, 'application/pdf');
    expect(pdf.status).toBe(201);
    expect(await pdf.json()).toMatchObject({
      mediaType: 'application/pdf',
      size: FILE_SAMPLES.pdf.byteLength,
    });
    expect((await put(FILE_SAMPLES.exe, 'application/pdf')).status).toBe(415);
    expect((await put(new Uint8Array(10 * 1024 * 1024 + 10), 'application/pdf')).status).toBe(413);
  });

  it('lets staff act only with a key, by role, along the workflow, appending to an append-only audit log', async () => {
    const receipt = (await (await submit(await exampleSupportRequestSubmission())).json()) as {
      reference: string;
    };
    const move = (role: StaffRole, to: string, note?: string) =>
      staff(role, `/requests/${receipt.reference}/transitions`, {
        method: 'POST',
        body: JSON.stringify({ to, note }),
      });
    expect((await fetch(`${server.url}/v1/staff/requests`)).status).toBe(401);
    expect((await move('committee', 'verifying')).status).toBe(403);
    expect((await move('relations_officer', 'accepted')).status).toBe(409);
    expect((await move('relations_officer', 'verifying', 'بدأ التحقق')).status).toBe(200);
    const record = (await (await staff('relations_officer', `/requests/${receipt.reference}`)).json()) as {
      verification: { valid: boolean };
      history: unknown[];
    };
    expect(record.verification.valid).toBe(true);
    expect(record.history).toHaveLength(2);
    expect(
      (await server.store.audit(receipt.reference)).map((a) => [a.action, a.from, a.to, a.actorRole, a.note]),
    ).toEqual([
      ['intake', null, 'submitted', 'applicant', null],
      ['transition', 'submitted', 'verifying', 'relations_officer', 'بدأ التحقق'],
      ['read', null, '', 'relations_officer', null],
    ]);
    if (kind === 'sqlite') {
      const db = new Database(join(dir, 'mord.sqlite'));
      expect(() => db.prepare('update audit_log set note = ?').run('edited')).toThrow(/append-only/);
      expect(() => db.prepare('delete from audit_log').run()).toThrow(/append-only/);
      db.close();
    } else {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      await client.query(`set search_path to ${schema}`);
      await expect(client.query("update audit_log set note = 'edited'")).rejects.toThrow(/append-only/);
      await expect(client.query('delete from audit_log')).rejects.toThrow(/append-only/);
      await client.end();
    }
  });

  it('creates survey invitations only after delivery; a link works once', async () => {
    const receipt = (await (await submit(await exampleSupportRequestSubmission())).json()) as {
      reference: string;
    };
    const invite = () =>
      staff('relations_officer', `/requests/${receipt.reference}/survey-invitations`, { method: 'POST' });
    expect((await invite()).status).toBe(409);
    for (const [role, to] of [
      ['relations_officer', 'verifying'],
      ['relations_officer', 'in_committee'],
      ['committee', 'accepted'],
      ['relations_officer', 'registered'],
      ['relations_officer', 'service_delivered'],
    ] as const) {
      if (to === 'in_committee')
        await staff('relations_officer', `/requests/${receipt.reference}/checklist`, {
          method: 'PUT',
          body: JSON.stringify({
            checklist: Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
          }),
        });
      expect(
        (
          await staff(role, `/requests/${receipt.reference}/transitions`, {
            method: 'POST',
            body: JSON.stringify({ to }),
          })
        ).status,
      ).toBe(200);
    }
    const { token } = (await (await invite()).json()) as { token: string };
    expect((await fetch(`${server.url}/v1/surveys/${token}`)).status).toBe(200);
    const answer = () =>
      fetch(`${server.url}/v1/surveys/${token}/responses`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ answers: { csat: 5, ces: 6, nps: 9 }, channel: 'phone', anonymous: false }),
      });
    expect((await answer()).status).toBe(201);
    expect((await answer()).status).toBe(409);
    expect((await fetch(`${server.url}/v1/surveys/${token}`)).status).toBe(409);
    expect(
      (
        await fetch(`${server.url}/v1/surveys/not-a-token/responses`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{}',
        })
      ).status,
    ).toBe(404);
    const metrics = (await (await staff('committee', '/metrics/satisfaction')).json()) as {
      n: number;
      csat: { score: number };
    };
    expect(metrics).toMatchObject({ n: 1, csat: { score: 100 } });
  });

  it('lists inquiries and volunteer applications apart, and lets an officer answer and close them', async () => {
    const { createInquirySubmission, createVolunteerSubmission } = await import('@mord/adapter-testkit');
    const inquiry = (await (await submit(createInquirySubmission(), {}, 'inquiry')).json()) as {
      reference: string;
    };
    await submit(createVolunteerSubmission(), {}, 'volunteer');
    const list = (await (await staff('relations_officer', '/requests?form=inquiry')).json()) as {
      reference: string;
    }[];
    expect(list.map((r) => r.reference)).toEqual([inquiry.reference]);
    const closed = await staff('relations_officer', `/requests/${inquiry.reference}/transitions`, {
      method: 'POST',
      body: JSON.stringify({ to: 'closed', note: 'أُجيبت هاتفيًا' }),
    });
    expect(closed.status).toBe(200);
    expect(((await closed.json()) as { status: string }).status).toBe('closed');
    expect(
      (await (await staff('relations_officer', '/requests?form=volunteer')).json()) as unknown[],
    ).toHaveLength(1);
  });

  it('exports the queue as UTF-8 CSV with a BOM and Arabic names', async () => {
    await submit(await exampleSupportRequestSubmission());
    const response = await staff('admin', '/export.csv');
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain('فاطمة عبد الله محمد القحطاني');
    // In the staff member's language: Arabic headers and labels by default, English when asked.
    expect(text).toContain('الرقم المرجعي,النموذج,الحالة');
    expect(text).toContain('طلب دعم,تم الاستلام');
    const english = await (await staff('admin', '/export.csv?locale=en')).text();
    expect(english).toContain('Reference,Form,Status');
    expect(english).toContain('Support request,Received');
  });

  it('allows only configured partner origins (CORS)', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/v1/forms/inquiry/submissions`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,idempotency-key',
        },
      });
    expect((await preflight('https://partner.example')).headers.get('access-control-allow-origin')).toBe(
      'https://partner.example',
    );
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });

  it('rate-limits public endpoints with 429 and Retry-After', async () => {
    await server.close();
    await start({ rateLimit: 3 });
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.url}/v1/requests/MRD-2026-000001`);
      statuses.push(response.status);
      retryAfter ??= response.headers.get('retry-after');
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it('keeps requests and tokens across a restart', async () => {
    const receipt = (await (await submit(await exampleSupportRequestSubmission())).json()) as {
      reference: string;
      accessToken: string;
    };
    await server.close();
    await start();
    const response = await fetch(`${server.url}/v1/requests/${receipt.reference}`, {
      headers: { authorization: `Bearer ${receipt.accessToken}` },
    });
    expect(response.status).toBe(200);
  });

  it('signs every state change with the webhook’s own secret, an event id and a timestamp, and retries with the same id', async () => {
    const received: { body: string; signature: string | undefined }[] = [];
    let fail = 1;
    const hook = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        received.push({ body, signature: req.headers['x-mord-signature'] as string | undefined });
        // The first delivery fails, so the first event is sent twice.
        res.statusCode = fail-- > 0 ? 503 : 200;
        res.end();
      });
    });
    await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
    await server.close();
    const webhookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/hook`;
    await expect(start({ webhookUrl })).rejects.toThrow(/MORD_WEBHOOK_SECRET/);
    await start({ webhookUrl, webhookSecret: 'hook-secret-0123456789' });
    const receipt = (await (await submit(await exampleSupportRequestSubmission())).json()) as {
      reference: string;
    };
    await staff('relations_officer', `/requests/${receipt.reference}/transitions`, {
      method: 'POST',
      body: JSON.stringify({ to: 'verifying' }),
    });
    await expect.poll(() => received.length, { timeout: 5000 }).toBe(3);
    const events = received.map((r) => JSON.parse(r.body));
    const [failed, retried] = events.filter((e) => e.to === 'submitted');
    expect(retried.id).toBe(failed.id);
    expect(Date.parse(retried.timestamp)).toBeGreaterThan(Date.parse(failed.timestamp));
    const last = received.find((r) => JSON.parse(r.body).to === 'verifying')!;
    expect(Object.keys(JSON.parse(last.body)).sort()).toEqual(
      ['at', 'form', 'from', 'id', 'reference', 'timestamp', 'to', 'type'].sort(),
    );
    expect(JSON.parse(last.body)).toMatchObject({
      type: 'request.transition',
      reference: receipt.reference,
      from: 'submitted',
      to: 'verifying',
    });
    for (const r of received) expect(r.signature).toBe(signWebhook('hook-secret-0123456789', r.body));
    expect(last.body).not.toContain('فاطمة');
    hook.close();
  });

  it('creates staff keys from the command line, printing the key alone on the last line', async () => {
    const lines: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
    const env = {
      MORD_DATA_DIR: dir,
      ...(database === 'postgres' ? { DATABASE_URL: PG_URL!, MORD_DATABASE_SCHEMA: schema } : {}),
    };
    Object.assign(process.env, env);
    try {
      expect(await main(['key', 'create', '--role', 'committee', '--name', 'لجنة البحث'])).toBe(0);
    } finally {
      for (const name of Object.keys(env)) delete process.env[name];
      log.mockRestore();
    }
    const key = lines.at(-1)!;
    expect(key).toMatch(/^mrdk_[\w-]{20,}$/);
    const me = await fetch(`${server.url}/v1/staff/me`, { headers: { authorization: `Bearer ${key}` } });
    expect(await me.json()).toMatchObject({ role: 'committee', name: 'لجنة البحث' });
  });
});
