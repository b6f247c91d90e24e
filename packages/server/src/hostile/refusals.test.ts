import { request } from 'node:http';
import { exampleSupportRequestSubmission } from '@mord/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  asClient,
  asStaff,
  DATABASES,
  expectHealthy,
  expectRefusal,
  postJson,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './harness';

const submissions = SUBMISSIONS;

/** Sends a body in chunks (no Content-Length) over a raw socket; resolves with the status and body. */
function sendChunked(
  url: string,
  chunks: number,
  chunkSize: number,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      `${url}${submissions}`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'chunked-key-1', ...asClient() },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          body += d;
        });
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(chunkSize, 0x20);
    let sent = 0;
    const write = () => {
      while (sent < chunks) {
        sent += 1;
        if (!req.write(chunk)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

describe.each(DATABASES)('hostile: clean refusals ($kind)', ({ kind }) => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(kind);
  });
  afterAll(() => stopTarget(target));

  it('delivers 413 to every client sending an oversized body, 20 times in a row (no network errors)', async () => {
    const big = new Uint8Array(3 * 1024 * 1024).fill(0x20);
    for (let i = 0; i < 20; i++) {
      await expectRefusal(await postJson(target, submissions, big), 413, 'payload_too_large');
    }
    await expectHealthy(target);
  });

  it('delivers 413 for a chunked body that grows past the limit', async () => {
    const { status, body } = await sendChunked(target.url, 64, 64 * 1024);
    expect(status).toBe(413);
    expect(JSON.parse(body).error.code).toBe('payload_too_large');
    await expectHealthy(target);
  });

  it('refuses a body that is not application/json with 415, also without a content type', async () => {
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'application/json; charset=latin1',
      '',
    ]) {
      const response = await postJson(target, submissions, '{}', { 'content-type': type });
      await expectRefusal(response, 415, 'unsupported_media_type');
    }
    await expectHealthy(target);
  });

  it('refuses bytes that are not UTF-8 with 400, never echoing them', async () => {
    const bytes = Uint8Array.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x22, 0x7d]);
    await expectRefusal(await postJson(target, submissions, bytes), 400, 'bad_request');
    await expectHealthy(target);
  });

  it('refuses malformed JSON, and JSON that is not an object, with 400', async () => {
    await expectRefusal(await postJson(target, submissions, '{"data": <script>'), 400, 'bad_request', [
      '<script>',
    ]);
    for (const body of ['null', '[]', '"text"', '42']) {
      await expectRefusal(await postJson(target, submissions, body), 400, 'validation_failed');
    }
    await expectHealthy(target);
  });

  it('refuses NUL in free text the same way on every database: 400, nothing stored', async () => {
    const payload = await exampleSupportRequestSubmission();
    const data = payload.data as { request: { description: string } };
    const body = { ...payload, data: { ...data, request: { ...data.request, description: 'نص\u0000مخفي' } } };
    const refusal = await expectRefusal(await postJson(target, submissions, body), 400, 'validation_failed');
    expect(refusal.error.issues?.[0]?.code).toBe('input.bad_text');
    await expectHealthy(target);
  });

  it('refuses an unpaired surrogate in a key or value with 400', async () => {
    await expectRefusal(
      await postJson(target, submissions, '{"data":{"\\ud800":1},"channel":"website","locale":"ar"}'),
      400,
      'validation_failed',
    );
    await expectRefusal(
      await postJson(target, submissions, '{"data":"\\udc00","channel":"website","locale":"ar"}'),
      400,
      'validation_failed',
    );
    await expectHealthy(target);
  });

  it('strips control and bidi characters from free text, storing the words', async () => {
    const payload = await exampleSupportRequestSubmission({
      mutate: (input) => {
        input.request.description = 'أحتاج\u0007 إلى سلة\u202E غذائية\u0085 شهرية لأطفالي.';
      },
    });
    const response = await postJson(target, submissions, payload);
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const record = (await (await asStaff(target, 'admin', `/requests/${reference}`)).json()) as {
      data: { request: { description: string } };
    };
    expect(record.data.request.description).toBe('أحتاج إلى سلة غذائية شهرية لأطفالي.');
    await expectHealthy(target);
  });

  it('normalises staff notes like form text and caps them; refuses a note that is not text', async () => {
    const reference = await submitExample(target);
    const note = `\u202Eملاحظة\u200B ${'أ'.repeat(3000)}`;
    const moved = await asStaff(target, 'relations_officer', `/requests/${reference}/transitions`, {
      method: 'POST',
      json: { to: 'verifying', note },
    });
    expect(moved.status).toBe(200);
    const record = (await moved.json()) as { history: { note?: string }[] };
    const saved = record.history.at(-1)!.note!;
    expect(saved.startsWith('ملاحظة أ')).toBe(true);
    expect(saved.length).toBe(2000);
    await expectRefusal(
      await asStaff(target, 'relations_officer', `/requests/${reference}/transitions`, {
        method: 'POST',
        json: { to: 'in_committee', note: { html: '<b>' } },
      }),
      400,
      'validation_failed',
    );
    await expectHealthy(target);
  });

  it('refuses a staff note with NUL with 400 on every database', async () => {
    const reference = await submitExample(target);
    const response = await asStaff(target, 'relations_officer', `/requests/${reference}/transitions`, {
      method: 'POST',
      json: { to: 'verifying', note: 'a\u0000b' },
    });
    expect(response.status).toBe(400);
    await expectHealthy(target);
  });

  it('refuses a staff body over the staff limit with 413', async () => {
    const response = await asStaff(target, 'relations_officer', '/requests/MRD-2026-000001/transitions', {
      method: 'POST',
      json: { to: 'verifying', note: 'x'.repeat(200_000) },
    });
    await expectRefusal(response, 413, 'payload_too_large');
    await expectHealthy(target);
  });

  it('refuses malformed percent-encoding in X-File-Name with 400', async () => {
    const response = await fetch(`${target.url}/v1/attachments`, {
      method: 'POST',
      headers: {
        'content-type': 'application/pdf',
        'x-upload-grant': 'x',
        'x-file-name': '%E0%A4%A',
        ...asClient(),
      },
      body: new TextEncoder().encode('%PDF-1.7\n%%EOF'),
    });
    await expectRefusal(response, 400, 'bad_request');
    await expectHealthy(target);
  });

  it('answers a malformed percent-encoded reference with 404, not 500', async () => {
    for (const path of ['/v1/requests/%E0%A4%A', '/v1/surveys/%ZZ', '/v1/requests/%00']) {
      const response = await fetch(`${target.url}${path}`, {
        headers: { authorization: 'Bearer x'.padEnd(30, 'y'), ...asClient() },
      });
      expect(response.status).toBe(404);
    }
    await expectHealthy(target);
  });

  it.each([
    ['limit=-1'],
    ['limit=1.5'],
    ['limit=1e309'],
    ['limit=99999999999999999999'],
    ['limit=abc'],
    ['offset=-3'],
    ['offset=0x10'],
    ['overdue=maybe'],
    ['status=<script>'],
    ['form=../../etc'],
  ])('refuses the queue query %s with 400', async (query) => {
    const response = await asStaff(target, 'admin', `/requests?${query}`);
    await expectRefusal(response, 400, 'bad_request', ['<script>', '../../etc']);
    await expectHealthy(target);
  });

  it('refuses report dates that do not exist or are not dates', async () => {
    for (const query of ['from=2026-02-30', 'to=tomorrow', 'from=2026-12-01&to=2026-01-01']) {
      await expectRefusal(
        await asStaff(target, 'admin', `/metrics/satisfaction?${query}`),
        400,
        'bad_request',
      );
    }
    await expectHealthy(target);
  });

  it('refuses idempotency keys that are too short, too long or not visible ASCII', async () => {
    const body = await exampleSupportRequestSubmission();
    for (const key of ['short', 'k'.repeat(201), 'مفتاح-عربي-طويل']) {
      const response = await postJson(target, submissions, body, {
        'idempotency-key': encodeURIComponent(key) === key ? key : 'k\u00e9'.repeat(5),
      });
      await expectRefusal(response, 400, 'validation_failed');
    }
    await expectHealthy(target);
  });

  it('answers a huge or odd Accept-Language without failing', async () => {
    const body = await exampleSupportRequestSubmission();
    const response = await postJson(target, submissions, body, {
      'accept-language': `${'x-'.repeat(3000)}en`,
    });
    expect(response.status).toBe(201);
    await expectHealthy(target);
  });

  it('answers garbage and oversized Authorization headers with 401', async () => {
    for (const authorization of ['Bearer', 'Basic abc', `Bearer ${'k'.repeat(5000)}`, 'Bearer a b']) {
      const response = await fetch(`${target.url}/v1/staff/me`, {
        headers: { authorization, ...asClient() },
      });
      await expectRefusal(response, 401, 'forbidden');
    }
    await expectHealthy(target);
  });

  it('answers an unknown form with 404 and never repeats its name', async () => {
    const response = await postJson(target, '/v1/forms/<svg onload=1>/submissions', {});
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('<svg');
    await expectHealthy(target);
  });

  it('never repeats what was sent in an error message', async () => {
    const payload = await exampleSupportRequestSubmission();
    const body = { ...payload, '<img src=x onerror=alert(1)>': 1, channel: 'javascript:alert(1)' };
    await expectRefusal(await postJson(target, submissions, body), 400, 'validation_failed', [
      '<img',
      'javascript:',
    ]);
    await expectHealthy(target);
  });

  it('answers a method the path does not have with 405 and Allow, for public and staff routes', async () => {
    const cases: [string, string, string][] = [
      ['DELETE', '/v1/config', 'GET, HEAD, OPTIONS'],
      ['PUT', submissions, 'OPTIONS, POST'],
      ['PATCH', '/v1/requests/MRD-2026-0001', 'GET, HEAD, OPTIONS'],
      ['GET', '/v1/surveys/abc/responses', 'OPTIONS, POST'],
    ];
    for (const [method, path, allow] of cases) {
      const response = await fetch(`${target.url}${path}`, { method, headers: asClient() });
      expect(response.headers.get('allow'), `${method} ${path}`).toBe(allow);
      await expectRefusal(response, 405, 'method_not_allowed');
    }
    const staffKeys = await asStaff(target, 'admin', '/keys', { method: 'PATCH' });
    expect(staffKeys.headers.get('allow')).toBe('GET, HEAD, OPTIONS, POST');
    await expectRefusal(staffKeys, 405, 'method_not_allowed');
    const erase = await asStaff(target, 'admin', '/requests/MRD-2026-0001', { method: 'POST' });
    expect(erase.headers.get('allow')).toBe('DELETE, GET, HEAD, OPTIONS');
    await expectRefusal(
      await fetch(`${target.url}/v1/nothing-here`, { headers: asClient() }),
      404,
      'not_found',
    );
    await expectHealthy(target);
  });

  it('refuses a checklist body with other keys, no items or unknown items with 400, changing nothing', async () => {
    const reference = await submitExample(target);
    for (const json of [
      { checklist: { identity: true }, note: 'x' },
      { checklist: {} },
      { checklist: { identity: 'yes' } },
      { checklist: { unknown: true } },
      { checklist: [true] },
      {},
    ]) {
      const response = await asStaff(target, 'relations_officer', `/requests/${reference}/checklist`, {
        method: 'PUT',
        json,
      });
      await expectRefusal(response, 400, 'validation_failed');
    }
    const record = (await (await asStaff(target, 'admin', `/requests/${reference}`)).json()) as {
      checklist?: Record<string, boolean>;
    };
    expect(Object.values(record.checklist ?? {}).filter(Boolean)).toEqual([]);
  });

  it.each([['fr'], [''], [42], [null], [['ar']], [{ toString: 'ar' }]])(
    'refuses a body locale %j with 400, also without Accept-Language',
    async (locale) => {
      const body = { ...(await exampleSupportRequestSubmission()), locale };
      const response = await fetch(`${target.url}${submissions}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'idempotency-key': `locale-${Math.random()}`,
          ...asClient(),
        },
        body: JSON.stringify(body),
      });
      await expectRefusal(response, 400, 'validation_failed');
    },
  );
});
