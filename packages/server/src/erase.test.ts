import { FILE_SAMPLES } from '@mord/adapter-testkit';
import { exampleSupportRequestSubmission } from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  DATABASES,
  expectRefusal,
  grant,
  moveAlong,
  postJson,
  runCli,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
  TO_DELIVERY,
  upload,
} from './hostile/harness';
import { verifyAuditChain } from './store/auditChain';

/** A request with a document, a note and a linked survey answer with a comment. */
async function fullRequest(target: Target) {
  const meta = (await (await upload(target, FILE_SAMPLES.pdf, { grant: await grant(target) })).json()) as {
    id: string;
  };
  const payload = await exampleSupportRequestSubmission({
    mutate: (input) => {
      input.attachments = [{ ...meta, kind: 'id_copy', name: 'الهوية.pdf' }] as never;
    },
  });
  const receipt = (await (await postJson(target, SUBMISSIONS, payload)).json()) as {
    reference: string;
    accessToken: string;
  };
  // A note with personal data on the first move, then on to delivery and the survey.
  const noted = await asStaff(target, 'relations_officer', `/requests/${receipt.reference}/transitions`, {
    method: 'POST',
    json: { to: 'verifying', note: 'اتصلتُ بها على 0551234567' },
  });
  expect(noted.status).toBe(200);
  await moveAlong(target, receipt.reference, TO_DELIVERY.slice(1));
  const token = (await (
    await asStaff(target, 'relations_officer', `/requests/${receipt.reference}/survey-invitations`, {
      method: 'POST',
    })
  ).json()) as { token: string };
  await postJson(target, `/v1/surveys/${token.token}/responses`, {
    answers: { csat: 5, ces: 6, nps: 9 },
    comment: 'شكرًا لكم، أنا فاطمة من حي النسيم',
    anonymous: false,
  });
  return { ...receipt, attachment: meta.id };
}

describe.each(DATABASES)('erasing a request ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('removes her data, documents, signature, code, notes and comment; keeps a stub and an intact audit chain', async () => {
    target = await startTarget(kind);
    const request = await fullRequest(target);
    const response = await asStaff(target, 'admin', `/requests/${request.reference}`, { method: 'DELETE' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ reference: request.reference, erased: true });
    const record = (await (
      await asStaff(target, 'admin', `/requests/${request.reference}`)
    ).json()) as Record<string, unknown>;
    expect(record.erasedAt).toEqual(expect.any(String));
    expect(record.data).toEqual({
      request: { supportTypes: ['training', 'entrepreneurship'] },
      address: { region: 'riyadh' },
    });
    expect(record.declaration).toBeNull();
    expect(record.name).toBe('');
    expect(JSON.stringify(record)).not.toMatch(/فاطمة|0551234567|1000000008/);
    expect(record.status).toBe('service_delivered');
    const status = await fetch(`${target.url}/v1/requests/${request.reference}`, {
      headers: { authorization: `Bearer ${request.accessToken}` },
    });
    expect(status.status).toBe(404);
    await expectRefusal(
      await asStaff(target, 'admin', `/requests/${request.reference}/attachments/${request.attachment}`),
      404,
      'not_found',
    );
    expect(await target.server.blobs.get(request.attachment)).toBeNull();
    const responses = await target.server.store.repository.listResponses({});
    expect(responses).toHaveLength(1);
    expect(responses[0]).not.toHaveProperty('reference');
    expect(responses[0]).not.toHaveProperty('comment');
    const audit = await target.server.store.audit(request.reference);
    expect(audit.at(-2)?.action).toBe('erase');
    expect(verifyAuditChain(await target.server.store.auditChain()).ok).toBe(true);
  });

  it('lets only an administrator erase, and answers 404 for an unknown reference', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    for (const role of ['relations_officer', 'social_researcher', 'committee'] as const) {
      await expectRefusal(
        await asStaff(target, role, `/requests/${reference}`, { method: 'DELETE' }),
        403,
        'forbidden',
      );
    }
    await expectRefusal(
      await asStaff(target, 'admin', '/requests/MRD-2026-999999', { method: 'DELETE' }),
      404,
      'not_found',
    );
    const record = (await (await asStaff(target, 'admin', `/requests/${reference}`)).json()) as {
      erasedAt?: string;
    };
    expect(record.erasedAt).toBeUndefined();
  });

  it('erases from the command line (mord-server erase), audited as the operator', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    expect((await runCli(target, kind, ['erase', 'MRD-2026-999999'])).code).toBe(1);
    const result = await runCli(target, kind, ['erase', reference]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Erased the personal data, documents and signature of ${reference}`);
    const audit = await target.server.store.audit(reference);
    expect(audit.at(-1)).toMatchObject({ action: 'erase', actorId: 'operator', actorRole: 'admin' });
  });

  it('erases requests that ended before the retention period, and leaves open ones', async () => {
    target = await startTarget(kind, { retentionDays: 0.00002 });
    const ended = await submitExample(target);
    const open = await submitExample(target, (input) => {
      input.address.district = 'حي الملقا';
    });
    await moveAlong(target, ended, [
      ['relations_officer', 'verifying'],
      ['relations_officer', 'in_committee'],
      ['committee', 'rejected'],
    ]);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await target.server.eraseEndedRequests()).toBe(1);
    const records = await Promise.all(
      [ended, open].map(
        async (reference) =>
          (await (await asStaff(target!, 'admin', `/requests/${reference}`)).json()) as { erasedAt?: string },
      ),
    );
    expect(records[0]!.erasedAt).toEqual(expect.any(String));
    expect(records[1]!.erasedAt).toBeUndefined();
  });
});
