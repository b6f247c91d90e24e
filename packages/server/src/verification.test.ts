import { exampleInquirySubmission } from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  completeChecklist,
  DATABASES,
  postJson,
  startTarget,
  stopTarget,
  submitExample,
  type Target,
} from './hostile/harness';

describe.each(DATABASES)('verification on the server ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  const move = (reference: string, json: unknown) =>
    asStaff(target!, 'relations_officer', `/requests/${reference}/transitions`, { method: 'POST', json });

  it('refuses the committee an unchecked request (409, the items named) and takes it once checked', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    expect((await move(reference, { to: 'verifying' })).status).toBe(200);
    const refused = await move(reference, { to: 'in_committee' });
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('invalid_transition');
    expect(body.error.issues.map((issue) => issue.path)).toContain('checklist.iban');
    await completeChecklist(target, reference);
    expect((await move(reference, { to: 'in_committee' })).status).toBe(200);
  });

  it('sends a request back with what is missing, refuses it without, and shows her the list', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    await move(reference, { to: 'verifying' });
    expect((await move(reference, { to: 'needs_information' })).status).toBe(400);
    expect((await move(reference, { to: 'needs_information', missing: 'family_card' })).status).toBe(400);
    expect((await move(reference, { to: 'needs_information', missing: ['x'.repeat(5000)] })).status).toBe(
      400,
    );
    const back = await move(reference, { to: 'needs_information', missing: ['family_card'] });
    expect(back.status).toBe(200);
    const record = (await back.json()) as { history: { to: string; missing?: string[] }[] };
    expect(record.history.at(-1)).toMatchObject({ to: 'needs_information', missing: ['family_card'] });
  });

  it('answers an inquiry in its history and her status, cleaned of control characters; never a support request', async () => {
    target = await startTarget(kind);
    const sent = await postJson(
      target,
      '/v1/forms/inquiry/submissions',
      exampleInquirySubmission({
        name: 'هند العتيبي',
        mobile: '0551234567',
        preferredContact: 'phone',
        topic: 'suggestion',
        message: 'أقترح فتح فرع في حي النسيم.',
        channel: 'website',
      }),
    );
    expect(sent.status).toBe(201);
    const { reference, accessToken } = (await sent.json()) as { reference: string; accessToken: string };
    expect((await move(reference, { to: 'closed', answer: 42 })).status).toBe(400);
    const closed = await move(reference, { to: 'closed', answer: 'شكرًا لاقتراحكِ\u202E، سندرسه.' });
    expect(closed.status).toBe(200);
    const status = (await (
      await fetch(`${target.url}/v1/requests/${reference}`, {
        headers: { authorization: `Bearer ${accessToken}` },
      })
    ).json()) as { history: { state: string; answer?: string }[] };
    expect(status.history.at(-1)).toEqual({
      state: 'closed',
      at: expect.any(String),
      answer: 'شكرًا لاقتراحكِ، سندرسه.',
    });
    const request = await submitExample(target);
    const refused = await move(request, { to: 'verifying', answer: 'مقبول' });
    expect(refused.status).toBe(400);
  });
});

describe.each(DATABASES)('the queue searched on the server ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('searches, filters and counts, and refuses a bad query with 400', async () => {
    target = await startTarget(kind);
    const reference = await submitExample(target);
    await submitExample(target, (input) => {
      input.applicant.firstName = 'نورة';
    });
    const found = (await (
      await asStaff(target, 'admin', `/requests?search=${encodeURIComponent('نوره')}`)
    ).json()) as {
      name: string;
    }[];
    expect(found.map((r) => r.name)).toEqual(['نورة عبد الله محمد القحطاني']);
    const byReference = (await (
      await asStaff(target, 'admin', `/requests?search=${reference.slice(-5)}`)
    ).json()) as {
      reference: string;
    }[];
    expect(byReference.map((r) => r.reference)).toEqual([reference]);
    const counts = await (await asStaff(target, 'admin', '/request-counts?form=support-request')).json();
    expect(counts).toEqual({ submitted: 2 });
    for (const query of [`search=${'x'.repeat(101)}`, 'search=%E2%80%AE', 'channel=fax'])
      expect((await asStaff(target, 'admin', `/requests?${query}`)).status, query).toBe(400);
    expect((await asStaff(target, 'admin', '/request-counts?channel=fax')).status).toBe(400);
  });

  it('counts inquiries by topic for a period, and refuses a bad range', async () => {
    target = await startTarget(kind);
    for (const topic of ['complaint', 'suggestion', 'complaint'])
      expect(
        (
          await postJson(
            target,
            '/v1/forms/inquiry/submissions',
            exampleInquirySubmission({ topic: topic as never }),
          )
        ).status,
      ).toBe(201);
    const counts = await (await asStaff(target, 'relations_officer', '/metrics/inquiries')).json();
    expect(counts).toEqual({ complaint: 2, suggestion: 1 });
    expect(await (await asStaff(target, 'admin', '/metrics/inquiries?to=2000-01-01')).json()).toEqual({});
    expect((await asStaff(target, 'admin', '/metrics/inquiries?from=2026-13-01')).status).toBe(400);
  });
});
