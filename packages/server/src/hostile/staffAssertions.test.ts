import { createInquirySubmission } from '@mord/adapter-testkit';
import { exampleSupportRequestSubmission } from '@mord/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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

describe.each(DATABASES)('hostile: staff assertions never come from a public body ($kind)', ({ kind }) => {
  let target: Target;
  beforeAll(async () => {
    target = await startTarget(kind);
  });
  afterAll(() => stopTarget(target));

  const submissions = SUBMISSIONS;

  it('refuses a public request that claims a staff member took it and ticked the checklist', async () => {
    const body = {
      ...(await exampleSupportRequestSubmission()),
      channel: 'website',
      assisted: { staffId: 'staff-1', staffName: 'منيرة', checklist: { identity: true, iban: true } },
    };
    await expectRefusal(await postJson(target, submissions, body), 403, 'staff_only', ['منيرة', 'staff-1']);
    await expectHealthy(target);
  });

  it('refuses a public request with a channel only staff fill (branch representative)', async () => {
    const body = { ...(await exampleSupportRequestSubmission()), channel: 'branch_representative' };
    await expectRefusal(await postJson(target, submissions, body), 403, 'staff_only');
    await expectHealthy(target);
  });

  it('refuses a public inquiry claiming a phone call', async () => {
    const body = { ...createInquirySubmission(), channel: 'phone' };
    await expectRefusal(await postJson(target, '/v1/forms/inquiry/submissions', body), 403, 'staff_only');
    await expectHealthy(target);
  });

  it('takes an assisted request through the staff route: who, role and branch from the key; checklist audited', async () => {
    const body = {
      ...(await exampleSupportRequestSubmission()),
      channel: 'interview',
      assisted: { checklist: { identity: true, income: false } },
    };
    const response = await asStaff(target, 'relations_officer', '/forms/support-request/submissions', {
      method: 'POST',
      json: body,
    });
    expect(response.status).toBe(201);
    const { reference } = (await response.json()) as { reference: string };
    const record = (await (await asStaff(target, 'admin', `/requests/${reference}`)).json()) as {
      assisted: Record<string, unknown>;
      checklist: Record<string, boolean>;
      history: { actor: { role: string } }[];
    };
    expect(record.assisted).toMatchObject({
      staffName: 'relations_officer name',
      staffRole: 'relations_officer',
      branch: 'riyadh-north',
      checklist: { identity: true, income: false },
    });
    expect(record.checklist).toEqual({ identity: true, income: false });
    expect(record.history[0]!.actor.role).toBe('relations_officer');
    const audit = await target.server.store.audit(reference);
    expect(audit.map((entry) => entry.action)).toEqual(['intake', 'checklist', 'read']);
    expect(audit[1]!.note).toBe('checklist: identity=yes, income=no');
    await expectHealthy(target);
  });

  it('refuses a staff-route body that names the staff member itself', async () => {
    const body = {
      ...(await exampleSupportRequestSubmission()),
      assisted: { staffId: 'someone-else', staffName: 'X', checklist: {} },
    };
    const response = await asStaff(target, 'relations_officer', '/forms/support-request/submissions', {
      method: 'POST',
      json: body,
    });
    const refusal = await expectRefusal(response, 400, 'validation_failed', ['someone-else']);
    expect(refusal.error.issues?.[0]).toMatchObject({ path: 'assisted', code: 'unknown_fields' });
    await expectHealthy(target);
  });

  it('refuses checklist items that are not configured, and values that are not booleans', async () => {
    for (const checklist of [{ everything: true }, { identity: 'yes' }, []]) {
      const body = { ...(await exampleSupportRequestSubmission()), assisted: { checklist } };
      const response = await asStaff(target, 'relations_officer', '/forms/support-request/submissions', {
        method: 'POST',
        json: body,
      });
      await expectRefusal(response, 400, 'validation_failed', ['everything']);
    }
    await expectHealthy(target);
  });

  it('refuses assisted intake to roles that do not take requests (committee, researcher)', async () => {
    for (const role of ['committee', 'social_researcher'] as const) {
      const response = await asStaff(target, role, '/forms/support-request/submissions', {
        method: 'POST',
        json: await exampleSupportRequestSubmission(),
      });
      await expectRefusal(response, 403, 'forbidden');
    }
    await expectHealthy(target);
  });

  it('refuses the staff route without a key, and with a key sent as a body field', async () => {
    const body = { ...(await exampleSupportRequestSubmission()), key: target.keys.admin };
    await expectRefusal(
      await postJson(target, '/v1/staff/forms/support-request/submissions', body),
      401,
      'forbidden',
    );
    await expectHealthy(target);
  });

  it('refuses checklist changes from a role that may not tick it, and unknown items, with nothing saved', async () => {
    const reference = await submitExample(target);
    await expectRefusal(
      await asStaff(target, 'committee', `/requests/${reference}/checklist`, {
        method: 'PUT',
        json: { checklist: { identity: true } },
      }),
      403,
      'forbidden',
    );
    await expectRefusal(
      await asStaff(target, 'relations_officer', `/requests/${reference}/checklist`, {
        method: 'PUT',
        json: { checklist: { identity: true, '<script>': true } },
      }),
      400,
      'validation_failed',
      ['<script>'],
    );
    await expectRefusal(
      await asStaff(target, 'relations_officer', `/requests/${reference}/checklist`, {
        method: 'PUT',
        json: [1],
      }),
      400,
      'validation_failed',
    );
    const record = (await (await asStaff(target, 'admin', `/requests/${reference}`)).json()) as {
      checklist: Record<string, boolean>;
    };
    expect(record.checklist).toEqual({});
    await expectHealthy(target);
  });
});
