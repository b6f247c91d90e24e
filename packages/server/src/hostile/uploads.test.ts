import { statSync } from 'node:fs';
import { join } from 'node:path';
import { FILE_SAMPLES, jpegScriptPolyglot, pngWithTrailer } from '@mord/adapter-testkit';
import { exampleSupportRequestSubmission } from '@mord/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asStaff,
  DATABASES,
  expectHealthy,
  expectRefusal,
  grant,
  postJson,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  type Target,
  upload,
} from './harness';

type Meta = { id: string; sha256: string; size: number; mediaType: string };

async function submitCiting(target: Target, attachments: unknown[]) {
  const payload = await exampleSupportRequestSubmission({
    mutate: (input) => {
      input.attachments = attachments as never;
    },
  });
  return postJson(target, SUBMISSIONS, payload);
}

const cite = (meta: Meta) => ({ ...meta, kind: 'id_copy', name: 'الهوية.pdf' });

describe.each(DATABASES)('hostile: uploads are part of a submission ($kind)', ({ kind }) => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(kind);
  });
  afterAll(() => stopTarget(target));

  it('refuses an upload without a grant, and with a forged or edited grant, with 403', async () => {
    await expectRefusal(await upload(target, FILE_SAMPLES.pdf), 403, 'forbidden');
    await expectRefusal(
      await upload(target, FILE_SAMPLES.pdf, { grant: 'support-request.9999999999.AAAAAAAAAAAAAAAA.x' }),
      403,
      'forbidden',
    );
    const real = await grant(target);
    const [form, , id, signature] = real.split('.');
    await expectRefusal(
      await upload(target, FILE_SAMPLES.pdf, { grant: `${form}.99999999999.${id}.${signature}` }),
      403,
      'forbidden',
    );
    await expectHealthy(target);
  });

  it('refuses a grant for a form that takes no files, and an unknown form', async () => {
    await expectRefusal(await postJson(target, '/v1/forms/inquiry/upload-grants', ''), 404, 'not_found');
    await expectRefusal(await postJson(target, '/v1/forms/nope/upload-grants', ''), 404, 'not_found');
    await expectHealthy(target);
  });

  it('refuses a declared type outside the list (so browsers must ask CORS first) with 415', async () => {
    const g = await grant(target);
    for (const type of ['text/plain', 'multipart/form-data', 'application/octet-stream', 'text/html']) {
      await expectRefusal(
        await upload(target, FILE_SAMPLES.pdf, { grant: g, type }),
        415,
        'unsupported_media_type',
      );
    }
    const preflight = await fetch(`${target.url}/v1/attachments`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-upload-grant',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    await expectHealthy(target);
  });

  it('refuses polyglots and active content judged beyond the first bytes', async () => {
    const g = await grant(target);
    for (const [bytes, type] of [
      [FILE_SAMPLES.pdfHtmlPolyglot, 'application/pdf'],
      [FILE_SAMPLES.pdfWithJavaScript, 'application/pdf'],
      [jpegScriptPolyglot(), 'image/jpeg'],
      [pngWithTrailer(), 'image/png'],
      [FILE_SAMPLES.exe, 'application/pdf'],
      [FILE_SAMPLES.pdf, 'image/png'],
    ] as const) {
      await expectRefusal(await upload(target, bytes, { grant: g, type }), 415, 'unsupported_media_type');
    }
    await expectHealthy(target);
  });

  it('keeps a sanitised name as metadata only, and serves the file to staff as a download', async () => {
    const g = await grant(target);
    const name = encodeURIComponent('../../\u202Eetc/passwd.pdf');
    const response = await upload(target, FILE_SAMPLES.pdf, { grant: g, name });
    expect(response.status).toBe(201);
    const meta = (await response.json()) as Meta;
    const submitted = await submitCiting(target, [cite(meta)]);
    expect(submitted.status).toBe(201);
    const { reference } = (await submitted.json()) as { reference: string };
    const file = await asStaff(target, 'relations_officer', `/requests/${reference}/attachments/${meta.id}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('cache-control')).toBe('no-store');
    const disposition = file.headers.get('content-disposition')!;
    expect(disposition.startsWith('attachment;')).toBe(true);
    expect(decodeURIComponent(/filename\*=UTF-8''(.+)$/.exec(disposition)![1]!)).toBe('etc_passwd.pdf');
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(FILE_SAMPLES.pdf);
    await expectHealthy(target);
  });

  it('stores the bytes in a 0700 folder as 0600 files, outside the database', async () => {
    const response = await upload(target, FILE_SAMPLES.png, {
      grant: await grant(target),
      type: 'image/png',
    });
    const meta = (await response.json()) as Meta;
    const dir = join(target.dir, 'attachments');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, meta.id)).mode & 0o777).toBe(0o600);
    await expectHealthy(target);
  });

  it('refuses documents to callers without a key, unknown ids, and ids of another request', async () => {
    const g = await grant(target);
    const first = (await (await upload(target, FILE_SAMPLES.pdf, { grant: g })).json()) as Meta;
    const second = (await (
      await upload(target, FILE_SAMPLES.png, { grant: g, type: 'image/png' })
    ).json()) as Meta;
    const a = (await (await submitCiting(target, [cite(first)])).json()) as { reference: string };
    await submitCiting(target, [cite(second)]);
    await expectRefusal(
      await fetch(`${target.url}/v1/staff/requests/${a.reference}/attachments/${first.id}`),
      401,
      'forbidden',
    );
    await expectRefusal(
      await asStaff(target, 'admin', `/requests/${a.reference}/attachments/att_nothing`),
      404,
      'not_found',
    );
    await expectRefusal(
      await asStaff(target, 'admin', `/requests/${a.reference}/attachments/${second.id}`),
      404,
      'not_found',
    );
    await expectRefusal(
      await asStaff(target, 'admin', `/requests/${a.reference}/attachments/..%2F..%2Fmord.sqlite`),
      404,
      'not_found',
    );
    await expectHealthy(target);
  });

  it('refuses a submission citing an attachment that does not exist, or whose size, type or digest differ', async () => {
    const meta = (await (
      await upload(target, FILE_SAMPLES.pdf, { grant: await grant(target) })
    ).json()) as Meta;
    for (const [changed, code] of [
      [{ ...meta, id: 'att_invented000' }, 'attachment.unknown'],
      [{ ...meta, size: meta.size + 1 }, 'attachment.mismatch'],
      [{ ...meta, mediaType: 'image/png' }, 'attachment.mismatch'],
      [{ ...meta, sha256: 'b'.repeat(64) }, 'attachment.mismatch'],
    ] as const) {
      const refusal = await expectRefusal(
        await submitCiting(target, [cite(changed as Meta)]),
        400,
        'validation_failed',
      );
      expect(refusal.error.issues).toEqual([expect.objectContaining({ path: 'data.attachments.0', code })]);
    }
    await expectHealthy(target);
  });

  it('links a file to one request only: a second request citing it is refused', async () => {
    const meta = (await (
      await upload(target, FILE_SAMPLES.pdf, { grant: await grant(target) })
    ).json()) as Meta;
    expect((await submitCiting(target, [cite(meta)])).status).toBe(201);
    const refusal = await expectRefusal(await submitCiting(target, [cite(meta)]), 400, 'validation_failed');
    expect(refusal.error.issues?.[0]?.code).toBe('attachment.unknown');
    await expectHealthy(target);
  });

  it('stops a grant after 20 files with 429', async () => {
    const g = await grant(target);
    for (let i = 0; i < 20; i++)
      expect((await upload(target, FILE_SAMPLES.pdf, { grant: g })).status).toBe(201);
    await expectRefusal(await upload(target, FILE_SAMPLES.pdf, { grant: g }), 429, 'rate_limited');
    await expectHealthy(target);
  });

  it('refuses a file over the size limit with a 413 the client receives', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(FILE_SAMPLES.pdf);
    await expectRefusal(await upload(target, big, { grant: await grant(target) }), 413, 'payload_too_large');
    await expectHealthy(target);
  });
});

describe.each(DATABASES)('hostile: upload quotas and retention ($kind)', ({ kind }) => {
  it('throttles one client past its hourly bytes with 429, not others', async () => {
    const target = await startTarget(kind, { uploadQuota: 2 * 1024 });
    try {
      const g = await grant(target);
      const pdf = new Uint8Array(1500);
      pdf.set(new TextEncoder().encode('%PDF-1.7\n'));
      pdf.set(new TextEncoder().encode('\n%%EOF\n'), 1493);
      const same = { 'x-forwarded-for': '203.0.113.9' };
      expect((await upload(target, pdf, { grant: g, headers: same })).status).toBe(201);
      await expectRefusal(await upload(target, pdf, { grant: g, headers: same }), 429, 'rate_limited');
      expect(
        (await upload(target, pdf, { grant: g, headers: { 'x-forwarded-for': '203.0.113.10' } })).status,
      ).toBe(201);
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });

  it('pauses all uploads with 503 when unlinked files reach the global quota', async () => {
    const target = await startTarget(kind, { unlinkedQuota: 100 });
    try {
      const g = await grant(target);
      expect((await upload(target, FILE_SAMPLES.pdf, { grant: g })).status).toBe(201);
      expect((await upload(target, FILE_SAMPLES.pdf, { grant: g })).status).toBe(201);
      const response = await upload(target, FILE_SAMPLES.png, { grant: g, type: 'image/png' });
      await expectRefusal(response, 503, 'unavailable');
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });

  it('deletes uploads no request cited after the retention period, keeping linked ones', async () => {
    const target = await startTarget(kind, { unlinkedHours: 0.0002 });
    try {
      const g = await grant(target);
      const kept = (await (await upload(target, FILE_SAMPLES.pdf, { grant: g })).json()) as Meta;
      const dropped = (await (
        await upload(target, FILE_SAMPLES.png, { grant: g, type: 'image/png' })
      ).json()) as Meta;
      expect((await submitCiting(target, [cite(kept)])).status).toBe(201);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(await target.server.purgeUnlinkedAttachments()).toBe(1);
      expect(await target.server.blobs.get(dropped.id)).toBeNull();
      expect(await target.server.store.repository.getAttachment(dropped.id)).toBeNull();
      expect(await target.server.blobs.get(kept.id)).toEqual(FILE_SAMPLES.pdf);
      await expectHealthy(target);
    } finally {
      await stopTarget(target);
    }
  });

  it('moves bytes an older version kept in the database to the blob store, linked to their request', async () => {
    const target = await startTarget(kind);
    try {
      const meta = (await (
        await upload(target, FILE_SAMPLES.pdf, { grant: await grant(target) })
      ).json()) as Meta;
      const { reference } = (await (await submitCiting(target, [cite(meta)])).json()) as {
        reference: string;
      };
      // Make it look like a file stored before grants and the blob store: bytes in the row, no link.
      await target.server.blobs.delete(meta.id);
      await legacyRow(target, kind, meta.id);
      await target.server.close();
      const restarted = await startTarget(kind, { dataDir: target.dir, databaseSchema: target.schema });
      try {
        expect(await restarted.server.blobs.get(meta.id)).toEqual(FILE_SAMPLES.pdf);
        expect((await restarted.server.store.repository.getAttachment(meta.id))?.reference).toBe(reference);
        expect(await restarted.server.purgeUnlinkedAttachments()).toBe(0);
      } finally {
        await stopTarget(restarted);
      }
    } catch (error) {
      await stopTarget(target).catch(() => undefined);
      throw error;
    }
  });
});

async function legacyRow(target: Target, kind: 'sqlite' | 'postgres', id: string) {
  const bytes = Buffer.from(FILE_SAMPLES.pdf);
  if (kind === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(target.dir, 'mord.sqlite'));
    db.prepare(
      'update attachments set bytes = ?, reference = null, form = null, grant_id = null where id = ?',
    ).run(bytes, id);
    db.close();
    return;
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: process.env.MORD_TEST_DATABASE_URL });
  await client.connect();
  await client.query(`set search_path to ${target.schema}`);
  await client.query(
    'update attachments set bytes = $1, reference = null, form = null, grant_id = null where id = $2',
    [bytes, id],
  );
  await client.end();
}
