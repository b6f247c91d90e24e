import { describe, expect, it } from 'vitest';
import { VERIFICATION_CHECKLIST } from '../config/associationConfig';
import { exampleSupportRequestSubmission } from '../examples/exampleSubmission';
import { createMemoryAdapter } from './createMemoryAdapter';

async function payload(signedAt?: Date) {
  return {
    ...(await exampleSupportRequestSubmission(signedAt ? { signedAt } : {})),
    channel: 'website' as const,
    locale: 'ar' as const,
  };
}

describe('createMemoryAdapter', () => {
  it('gives random references and flags overdue requests by its clock', async () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const adapter = createMemoryAdapter({
      now: () => now,
      staffKeys: { k: { id: 'o', name: 'O', role: 'relations_officer' } },
      surveyUrl: 'https://example.org/survey/',
    });
    const receipt = await adapter.submit('support-request', await payload(new Date('2026-03-01T07:55:00Z')), {
      idempotencyKey: 'key-00000001',
    });
    expect(receipt.reference).toMatch(/^MRD-[2-9A-HJ-NP-Y]{5}-[2-9A-HJ-NP-Y]{5}$/);
    expect(receipt.decisionDueAt).toBe('2026-03-15T08:00:00.000Z');
    const officer = adapter.staff({ key: 'k' });
    await officer.transition(receipt.reference, { to: 'verifying' });
    await officer.updateChecklist(
      receipt.reference,
      Object.fromEntries(VERIFICATION_CHECKLIST.map((item) => [item, true])),
    );
    await officer.transition(receipt.reference, { to: 'in_committee' });
    now = new Date('2026-03-16T08:00:01Z');
    expect(await officer.listRequests({ overdue: true })).toHaveLength(1);
    const status = await adapter.getStatus(receipt.reference, receipt.accessToken);
    expect(status).toMatchObject({ overdue: true, decisionDueAt: '2026-03-15T08:00:00.000Z' });
    const second = await adapter.submit(
      'inquiry',
      {
        data: {
          name: 'نورة',
          mobile: '0501234567',
          preferredContact: 'sms',
          topic: 'other',
          message: 'سؤال عن مواعيد الدوام',
          channel: 'website',
          consents: { processing: true },
        },
        channel: 'website',
        locale: 'ar',
      },
      { idempotencyKey: 'key-00000002' },
    );
    expect(second.reference).not.toBe(receipt.reference);
  });

  it('records who took a request from the staff key, never from the body, and audits the checklist', async () => {
    const adapter = createMemoryAdapter({
      staffKeys: {
        k: { id: 'staff-7', name: 'منيرة', role: 'relations_officer', branch: 'riyadh-north' },
        c: { id: 'c1', name: 'C', role: 'committee' },
      },
    });
    const officer = adapter.staff({ key: 'k' });
    const body = { ...(await payload()), channel: 'branch_representative' as const };
    const receipt = await officer.submit(
      'support-request',
      { ...body, assisted: { checklist: { identity: true } } },
      { idempotencyKey: 'key-assisted-1' },
    );
    const record = await officer.getRequest(receipt.reference);
    expect(record).toMatchObject({
      channel: 'branch_representative',
      assisted: {
        staffId: 'staff-7',
        staffName: 'منيرة',
        staffRole: 'relations_officer',
        branch: 'riyadh-north',
        checklist: { identity: true },
      },
      checklist: { identity: true },
    });
    expect(record?.history[0]).toMatchObject({
      to: 'submitted',
      actor: { id: 'staff-7', role: 'relations_officer' },
    });
    // The same claim in a public body, or a staff-only channel, is refused.
    await expect(
      adapter.submit(
        'support-request',
        { ...body, assisted: { staffId: 'staff-7', staffName: 'منيرة', checklist: {} } } as never,
        { idempotencyKey: 'key-public-1' },
      ),
    ).rejects.toMatchObject({ code: 'staff_only' });
    await expect(
      adapter.submit('support-request', body, { idempotencyKey: 'key-public-2' }),
    ).rejects.toMatchObject({ code: 'staff_only' });
    // Only the configured checklist items, and only roles that take requests.
    await expect(
      officer.submit(
        'support-request',
        { ...body, assisted: { checklist: { identity: true, everything: true } } } as never,
        { idempotencyKey: 'key-assisted-2' },
      ),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      adapter.staff({ key: 'c' }).submit('support-request', body, { idempotencyKey: 'key-assisted-3' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('requires a usable idempotency key', async () => {
    const adapter = createMemoryAdapter();
    await expect(
      adapter.submit('support-request', await payload(), { idempotencyKey: 'x' }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
