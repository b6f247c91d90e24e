import { exampleSupportRequestSubmission } from '@mord/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  asStaff,
  DATABASES,
  expectRefusal,
  postJson,
  SUBMISSIONS,
  startTarget,
  stopTarget,
  type Target,
} from './hostile/harness';

type Record = {
  decisionDueAt: string;
  submittedAt: string;
  verification: { valid: boolean; signerMatches: boolean };
  declaration: { signedAt: string; receivedAt: string };
};

describe.each(DATABASES)('declarations as evidence ($kind)', ({ kind }) => {
  let target: Target | undefined;
  afterEach(async () => {
    await stopTarget(target);
    target = undefined;
  });

  it('records its own receipt time as the signing time and keeps the device’s as claimed', async () => {
    target = await startTarget(kind);
    const claimed = new Date(Date.now() - 3 * 24 * 60 * 60 * 1000);
    const response = await postJson(
      target,
      SUBMISSIONS,
      await exampleSupportRequestSubmission({ signedAt: claimed }),
    );
    const { reference, submittedAt } = (await response.json()) as { reference: string; submittedAt: string };
    const record = (await (await asStaff(target, 'admin', `/requests/${reference}`)).json()) as Record;
    expect(record.declaration.receivedAt).toBe(submittedAt);
    expect(record.declaration.signedAt).toBe(claimed.toISOString());
    expect(record.verification.valid).toBe(true);
  });

  it.each(['ar', 'en'] as const)('refuses a declaration dated in the future (%s)', async (locale) => {
    target = await startTarget(kind);
    const body = await exampleSupportRequestSubmission({
      locale,
      signedAt: new Date('2099-01-01T00:00:00Z'),
    });
    const refusal = await expectRefusal(
      await postJson(target, SUBMISSIONS, body, { 'accept-language': locale }),
      400,
      'validation_failed',
    );
    expect(refusal.error.issues).toEqual([
      expect.objectContaining({
        path: 'declaration.signedAt',
        code: 'declaration.future',
        message:
          locale === 'ar'
            ? 'تاريخ التوقيع في المستقبل. تحققي من ساعة الجهاز ثم وقّعي مرة أخرى.'
            : "The signature's date is in the future. Check the device's clock and sign again.",
      }),
    ]);
  });

  it.each(['ar', 'en'] as const)('refuses a declaration signed under another name (%s)', async (locale) => {
    target = await startTarget(kind);
    const payload = await exampleSupportRequestSubmission({ locale });
    const body = {
      ...payload,
      declaration: { ...(payload.declaration as object), signerName: 'نورة سعد العتيبي' },
    };
    const refusal = await expectRefusal(
      await postJson(target, SUBMISSIONS, body, { 'accept-language': locale }),
      400,
      'validation_failed',
      ['نورة'],
    );
    expect(refusal.error.issues).toEqual([
      expect.objectContaining({ path: 'declaration.signerName', code: 'declaration.signer_mismatch' }),
    ]);
  });

  it('keeps each request’s committee period: a later setting moves no promised date and old declarations still verify', async () => {
    target = await startTarget(kind, { decisionDays: 14 });
    const old = (await (
      await postJson(target, SUBMISSIONS, await exampleSupportRequestSubmission())
    ).json()) as {
      reference: string;
      submittedAt: string;
      decisionDueAt: string;
    };
    expect(Date.parse(old.decisionDueAt) - Date.parse(old.submittedAt)).toBe(14 * 86_400_000);
    await target.server.close();
    const later = await startTarget(kind, {
      dataDir: target.dir,
      databaseSchema: target.schema,
      decisionDays: 21,
    });
    try {
      const record = (await (await asStaff(later, 'admin', `/requests/${old.reference}`)).json()) as Record;
      expect(record.decisionDueAt).toBe(old.decisionDueAt);
      expect(record.verification.valid).toBe(true);
      const fresh = (await (
        await postJson(later, SUBMISSIONS, await exampleSupportRequestSubmission({ decisionDays: 21 }))
      ).json()) as { submittedAt: string; decisionDueAt: string };
      expect(Date.parse(fresh.decisionDueAt) - Date.parse(fresh.submittedAt)).toBe(21 * 86_400_000);
    } finally {
      await stopTarget(later);
    }
  });
});
